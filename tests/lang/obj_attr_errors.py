# AttributeError messages (3.11 wording; no "Did you mean" in str(e)).
def show(fn):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, "|", e, "|", e.name, "|", type(e.obj).__name__)

class Point:
    def __init__(self):
        self.x = 1
        self.y = 2
p = Point()
show(lambda: p.z)
show(lambda: p.xx)
show(lambda: Point.z)
show(lambda: (5).foo)
show(lambda: "s".foo)
show(lambda: [].foo)
show(lambda: None.foo)
show(lambda: int.foo)
show(lambda: type.foo)
show(lambda: len.foo)
show(lambda: (lambda: 0).foo)

# AttributeError raised by user code has no name/obj
class U:
    def __getattr__(self, name):
        raise AttributeError("custom message")
u = U()
try:
    u.q
except AttributeError as e:
    print(e, e.name, e.obj is u)

# AttributeError with name/obj given explicitly
e = AttributeError("m", name="n", obj=p)
print(e, e.name, e.obj is p, e.args)

# builtin attribute read-only messages
def set_real(): (1).real = 2
def set_list_append(): [].append = 1
def set_func_globals(): (lambda: 0).__globals__ = {}
def del_type_name(): del Point.__name__
for fn in (set_real, set_list_append, set_func_globals):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del_type_name()
except TypeError as e:
    print(type(e).__name__, e)

# module attribute errors
import_like = type(show.__globals__)
try:
    object().missing
except AttributeError as e:
    print(type(e).__name__, e)
# setting attributes on object() instances
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
