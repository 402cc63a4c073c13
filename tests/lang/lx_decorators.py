# Decorators: order of evaluation and application, arguments, classes.
log = []

def deco(name):
    log.append("make " + name)
    def apply(fn):
        log.append("apply " + name)
        def wrapper(*a, **k):
            log.append("call " + name)
            return fn(*a, **k)
        wrapper.__name__ = fn.__name__
        wrapper.__wrapped__ = fn
        return wrapper
    return apply

@deco("outer")
@deco("inner")
def target(x):
    log.append("target")
    return x * 2

print(log)
log.clear()
print(target(5), target.__name__)
print(log)

def plain(fn):
    fn.decorated = True
    return fn

@plain
def marked():
    pass
print(marked.decorated)

# decorator replacing the function by something else
@len
@str
def weird():
    pass
print(type(weird).__name__, weird > 10)

# arbitrary expressions as decorators (3.9+)
handlers = {}
registry = [lambda fn: handlers.setdefault("first", fn)]
@registry[0]
def first():
    return "first called"
print(first(), handlers["first"] is first)

class Reg:
    def __init__(self):
        self.items = []
    def add(self, fn):
        self.items.append(fn.__name__)
        return fn
reg = Reg()
@reg.add
def one(): pass
@reg.add
def two(): pass
print(reg.items)

# class decorators
def add_repr(cls):
    cls.__repr__ = lambda self: "<%s %r>" % (cls.__name__, vars(self))
    return cls

def count_instances(cls):
    cls.made = 0
    orig = cls.__init__
    def init(self, *a):
        cls.made += 1
        orig(self, *a)
    cls.__init__ = init
    return cls

@add_repr
@count_instances
class P:
    def __init__(self, v):
        self.v = v
print(P(1), P(2), P.made)

# decorator with state across calls
def memo(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache))

# methods decorated with builtins stacked with a custom decorator
def tag(fn):
    fn.tag = "t"
    return fn
class M:
    @staticmethod
    @tag
    def s():
        return "static"
    @classmethod
    @tag
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return "prop"
    @p.setter
    def p(self, v):
        print("setting", v)
m = M()
print(M.s(), m.s(), M.c(), m.c(), m.p, M.s.tag)
m.p = 3

# the decorator sees the function before the name is bound
name_seen = []
def peek(fn):
    name_seen.append("peek" in globals() and "later" in globals())
    return fn
@peek
def later():
    pass
print(name_seen)
