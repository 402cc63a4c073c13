# ExceptionGroup API: construction checks, split/subgroup with types and
# predicates, derive, nesting, and the class chosen by BaseExceptionGroup.
def leaves(eg):
    if eg is None:
        return None
    if isinstance(eg, BaseExceptionGroup):
        return [leaves(e) for e in eg.exceptions]
    return repr(eg)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), OSError(4)])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)

m, r = eg.split(ValueError)
print(leaves(m), leaves(r))
m, r = eg.split((TypeError, OSError))
print(leaves(m), leaves(r))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(leaves(m), leaves(r))
print(leaves(eg.subgroup(OSError)))
print(leaves(eg.subgroup(KeyError)))
print(eg.subgroup(BaseException) is eg)
m, r = eg.split(Exception)
print(m is eg, r)
# the predicate also sees the groups themselves
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

# construction errors
def attempt(*args):
    try:
        g = BaseExceptionGroup(*args)
        print(type(g).__name__, leaves(g))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

attempt("m", [ValueError()])
attempt("m", [KeyboardInterrupt()])
attempt("m", [])
attempt("m", "notalist")
attempt("m", [1])
attempt(1, [ValueError()])
attempt("m")
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)

# derive keeps the class for subclasses that override it
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)

class NoDerive(ExceptionGroup):
    pass
nd = NoDerive("nd", [ValueError(1), TypeError(2)])
m, r = nd.split(ValueError)
print(type(m).__name__, type(r).__name__)

# derive is called and metadata is copied
eg2 = ExceptionGroup("meta", [ValueError(1), TypeError(2)])
eg2.__cause__ = KeyError("c")
eg2.add_note("n")
m, _ = eg2.split(ValueError)
print(repr(m.__cause__), m.__notes__)
d = eg2.derive([OSError()])
print(type(d).__name__, d.message, leaves(d), d.__notes__ if hasattr(d, "__notes__") else "no notes")

# exceptions tuple is read-only and args carry message and list
print(eg2.args[0], leaves(ExceptionGroup(*eg2.args)))
try:
    eg2.exceptions = ()
except AttributeError as e:
    print(type(e).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__[1].__name__, ExceptionGroup.__mro__[2].__name__)
