# Bound methods: __self__, __func__, equality, rebinding, methods as attributes.
class A:
    def m(self, x=0): return (type(self).__name__, x)
    def __eq__(self, o): return True
    __hash__ = object.__hash__

a = A()
bm = a.m
print(bm(), bm(5), bm.__self__ is a, bm.__func__ is A.m, type(bm).__name__, bm.__name__, bm.__qualname__)
print(bm == a.m, bm is a.m, bm == A().m, hash(bm) == hash(a.m))
print(A.m(a, 1), A.m(5, 2) if False else "", A.__dict__["m"] is A.m)

# calling an unbound function with any first argument works
print(A.m("not an A", 3))
# bound method of a different instance
b = A()
print(b.m.__self__ is b, a.m.__func__ is b.m.__func__)

# storing functions on instances: no binding
def free(*args): return args
a.f = free
print(a.f(1), A().m.__self__ is not a)
# storing functions on the class after creation: binding happens
A.g = free
print(a.g(1)[0] is a, a.g(1)[1:])

# bound methods of builtins
lst = [3, 1, 2]
sort = lst.sort
sort()
print(lst, type(sort).__name__, sort.__self__ is lst, sort.__name__)
print([].append == [].append, lst.append == lst.append)

# methods can be rebound by __get__
f = A.__dict__["m"]
print(f.__get__(b)(), f.__get__(b, A).__self__ is b)
# methods keep the instance alive and can be pickled-by-reference
method_list = [A().m for _ in range(2)]
print([m() for m in method_list])

# method attributes are read from the function
def documented(self):
    "doc of documented"
documented.tag = "T"
A.d = documented
print(a.d.__doc__, a.d.tag, a.d.__module__)
try:
    a.d.tag = "new"
except AttributeError as e:
    print(type(e).__name__, e)

# repr of bound methods (without addresses)
print(repr(bm).split(" of ")[0], repr(lst.sort).split(" of ")[0])

# __call__ of methods and types
print(type(bm).__call__(bm, 9))
# methods with *args/**kwargs and defaults
class K:
    def v(self, *args, sep="-", **kw): return sep.join(map(str, args)) + str(sorted(kw))
print(K().v(1, 2, sep="+", z=1), K.v(K(), 3))
try:
    K().v(1, sep="x", sep2="y", **{"sep": 1})
except TypeError as e:
    print(type(e).__name__, e)
