# Calls through the eval loop's fast paths: exact positional calls,
# defaults, keywords, bound methods, class instantiation with a Python
# __init__, and what must still fail the same way (wrong argument counts,
# __init__ returning a value, recursion), plus locals that must start
# unbound in every new frame.


def add(a, b):
    return a + b


def defaults(a, b=2, *, c=3):
    return (a, b, c)


def unbound_later(flag):
    if flag:
        x = 1
    return x


total = 0
for i in range(100):
    total += add(i, 1)
print(total, defaults(1), defaults(1, 5), defaults(1, c=9), defaults(b=7, a=0))
for flag in (True, False, True):
    try:
        print(unbound_later(flag))
    except UnboundLocalError as e:
        print(type(e).__name__, e)

for args in ((), (1,), (1, 2, 3)):
    try:
        add(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    add(1, b=2, a=3)
except TypeError as e:
    print(type(e).__name__, e)


# Every frame starts with fresh locals, also when the previous frame of
# the same function left values in its slots.
def fresh(n):
    if n > 0:
        y = n
        fresh(n - 1)
        return y
    try:
        return y
    except UnboundLocalError:
        return "unbound"


print([fresh(k) for k in range(4)])


class Vec:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


vs = [Vec(i, i + 1) for i in range(50)]
print(sum(v.dot(v) for v in vs), vs[3].scaled(2).y, Vec(5).y)
dot = vs[2].dot
print(sum(dot(v) for v in vs))
try:
    Vec()
except TypeError as e:
    print(type(e).__name__, e)
try:
    vs[0].dot()
except TypeError as e:
    print(type(e).__name__, e)


class BadInit:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        BadInit()
    except TypeError as e:
        print(type(e).__name__, e)


class WithNew:
    def __new__(cls, *args):
        return "not an instance"

    def __init__(self, x):
        raise RuntimeError("never")


print([WithNew(i) for i in range(3)])


class Counted:
    made = 0

    def __init__(self, v):
        Counted.made += 1
        self.v = v


cs = [Counted(i) for i in range(60)]
print(Counted.made, cs[-1].v)
Counted.__init__ = lambda self, v: setattr(self, "v", -v)
print(Counted(4).v, Counted.made)


class Meta(type):
    def __call__(cls, *args):
        return ("meta", args)


class ViaMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


print([ViaMeta(i) for i in range(2)])


class Sub(Vec):
    def __init__(self, x):
        super().__init__(x, -x)


print([Sub(i).y for i in range(5)])


# Recursion depth is still bounded.
def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(18))


# Closures and generators called in loops.
def make_adder(k):
    def inner(v):
        return v + k
    return inner


adders = [make_adder(k) for k in range(10)]
print(sum(a(1) for a in adders))


def gen(n):
    for i in range(n):
        yield i * i


print(sum(sum(gen(k)) for k in range(20)))

# Methods of builtin types called through LOAD_METHOD.
words = []
for i in range(30):
    words.append(str(i))
print(",".join(words[:5]), words.pop(), words.index("7"), "abc".upper())
try:
    words.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    words.index("nope")
except ValueError as e:
    print(type(e).__name__, e)


# Class calls run __init__ as a frame of the loop: keywords, defaults,
# *args, an __init__ that rebinds self, raises, or is a generator, and
# classes whose instances do not come from object.__new__.
class KW:
    def __init__(self, a, b=10, *rest, c=20, **extra):
        self.v = (a, b, rest, c, sorted(extra))


print(KW(1).v, KW(1, 2, 3, 4, c=5, z=6).v, KW(b=3, a=4).v)


class Rebind:
    def __init__(self, x):
        self.x = x
        self = None


print([Rebind(i).x for i in range(3)])


class Raises:
    def __init__(self, x):
        if x > 1:
            raise ValueError("too big: %d" % x)
        self.x = x


out = []
for i in range(4):
    try:
        out.append(Raises(i).x)
    except ValueError as e:
        out.append(str(e))
print(out)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


print(sum(Slotted(i, i).b for i in range(40)))


class FromList(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n


print([len(FromList(k)) for k in range(4)], FromList(3).n)


class WithDel:
    made = 0

    def __init__(self):
        WithDel.made += 1

    def __del__(self):
        pass


print(len([WithDel() for _ in range(30)]), WithDel.made)


def deep_init(n):
    class Node:
        def __init__(self, k):
            self.child = Node(k - 1) if k else None
    return Node(n)


try:
    deep_init(100000)
except RecursionError as e:
    print(type(e).__name__)
node = deep_init(50)
depth = 0
while node:
    depth += 1
    node = node.child
print(depth)
try:
    Vec(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Vec(1, z=2)
except TypeError as e:
    print(type(e).__name__, e)
