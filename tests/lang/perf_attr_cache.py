# Attribute loads through the inline caches (src/vm/icache.c): every case
# warms a LOAD_ATTR / LOAD_METHOD site in a loop, then changes something
# the cached answer depends on, and checks the site sees the change.


def read_x(objs):
    return [o.x for o in objs]


# A data descriptor added to the class after the cache warmed wins over
# the instance attribute.
class P:
    def __init__(self, x):
        self.x = x


ps = [P(i) for i in range(40)]
print(sum(read_x(ps)))
P.x = property(lambda self: -1)
print(sum(read_x(ps)))
del P.x
print(sum(read_x(ps)))


# A descriptor class (a heap type) gaining __set__ later becomes a data
# descriptor: it must then win over the instance's own value.
class D:
    def __get__(self, obj, owner):
        return "from D"


class Q:
    x = D()


qs = [Q() for _ in range(30)]
for q in qs:
    q.__dict__["x"] = "own"
print(read_x(qs)[:2])
q2 = [Q() for _ in range(30)]
for q in q2:
    q.x = "own2"
print(read_x(q2)[:2])
D.__set__ = lambda self, obj, v: None
print(read_x(q2)[:2])
del D.__set__
print(read_x(q2)[:2])


# A class method replaced in the middle of a loop.
class M:
    def f(self):
        return 1


def call_f(objs):
    total = 0
    for i, o in enumerate(objs):
        if i == 25:
            M.f = lambda self: 100
        total += o.f()
    return total


print(call_f([M() for _ in range(50)]))


# A method stored on the instance shadows the class's.
class N:
    def g(self):
        return "class"


ns = [N() for _ in range(30)]
print([n.g() for n in ns][-1])
ns[-1].g = lambda: "instance"
print([n.g() for n in ns][-2:])
del ns[-1].g
print([n.g() for n in ns][-2:])


# __class__ assignment in the middle of a loop.
class A:
    kind = "A"

    def who(self):
        return "A.who"


class B:
    kind = "B"

    def who(self):
        return "B.who"


objs = [A() for _ in range(40)]
for o in objs:
    o.v = 1
out = []
for i, o in enumerate(objs):
    if i == 20:
        for p in objs:
            p.__class__ = B
    out.append(o.kind + o.who() + str(o.v))
print(out[19], out[20], len(out))


# Polymorphic site: many classes and shapes through one instruction.
class Base:
    def __init__(self, i):
        self.i = i

    def val(self):
        return self.i


class S1(Base):
    pass


class S2(Base):
    def val(self):
        return self.i * 2


class S3(Base):
    def __init__(self, i):
        self.extra = 0
        self.i = i


class S4(S2):
    pass


class S5(Base):
    def val(self):
        return -self.i


class S6(S3):
    val = lambda self: 1000


mix = [cls(i) for i in range(10) for cls in (S1, S2, S3, S4, S5, S6, Base)]
print(sum(o.val() for o in mix), sum(o.i for o in mix))


# __getattr__ is the fallback only: found attributes do not call it.
class G:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing:" + name


gs = [G() for _ in range(30)]
print([g.real for g in gs][-1], [g.other for g in gs][-1])
del gs[0].real
print(gs[0].real, gs[1].real)


# Deleting an attribute makes later loads fail (and come back).
class R:
    pass


rs = [R() for _ in range(30)]
for r in rs:
    r.a = 1
    r.b = 2
print(sum(r.b for r in rs))
del rs[5].a
print(sum(r.b for r in rs))
try:
    print(sum(r.a for r in rs))
except AttributeError as e:
    print(type(e).__name__, e)


# Instances in dict mode (after __dict__ was asked for) next to shape ones.
class U:
    def __init__(self, x):
        self.x = x


us = [U(i) for i in range(30)]
print(sum(read_x(us)))
for u in us[::3]:
    u.__dict__["x"] = 1000
print(sum(read_x(us)))
us[4].__dict__ = {"x": -5}
print(sum(read_x(us)))


# __slots__ members and properties.
class SL:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x
        self.y = 2 * x


class PR:
    def __init__(self, v):
        self._v = v

    @property
    def x(self):
        return self._v + 0.5


print(sum(read_x([SL(i) for i in range(30)])), sum(read_x([PR(i) for i in range(30)])))
try:
    SL(1).z = 3
except AttributeError as e:
    print(type(e).__name__, e)
sl = SL(3)
del sl.y
try:
    print(sl.y)
except AttributeError as e:
    print(type(e).__name__, e)


# A base class changed after a subclass's sites warmed.
class Root:
    tag = "root"


class Leaf(Root):
    pass


leaves = [Leaf() for _ in range(30)]
print([l.tag for l in leaves][-1])
Root.tag = "changed"
print([l.tag for l in leaves][-1])
Leaf.tag = property(lambda self: "prop")
print([l.tag for l in leaves][-1])


# Class-level default shadowed by an instance attribute later.
class C:
    count = 0

    def bump(self):
        self.count += 1
        return self.count


cs = [C() for _ in range(5)]
for _ in range(10):
    for c in cs:
        c.bump()
print([c.count for c in cs], C.count)


# Builtin methods through LOAD_METHOD, and a list subclass overriding one.
class L(list):
    def append(self, x):
        list.append(self, x * 10)


for seq in (list(), L()):
    for i in range(20):
        seq.append(i)
    print(type(seq).__name__, sum(seq))


# Attributes of class objects: constants, functions, class and static
# methods, properties seen from the class, inherited ones, and changes to
# the class or a base after the site warmed.
class K:
    LIMIT = 3

    def plain(x):
        return x + 1

    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)

    @staticmethod
    def sm(x):
        return x * 2

    @property
    def prop(self):
        return "instance"


class KSub(K):
    pass


def use_class(cls, n):
    out = []
    for i in range(n):
        out.append((cls.LIMIT, cls.plain(i), cls.cm(i)[0], cls.sm(i), type(cls.prop).__name__))
    return out[-1]


print(use_class(K, 30), use_class(KSub, 30))
K.LIMIT = 4
print(use_class(K, 3), use_class(KSub, 3))
KSub.LIMIT = 5
KSub.sm = staticmethod(lambda x: -x)
print(use_class(K, 3), use_class(KSub, 3))
del KSub.LIMIT
print(use_class(KSub, 3))
print([c.__name__ for c in (K, KSub, K)], K.__doc__, KSub.__mro__[1].__name__)


def make(i):
    class Tmp:
        v = i
    return Tmp


print([make(i).v for i in range(40)][-3:])


class Meta(type):
    @property
    def LIMIT(cls):
        return "meta"


class WithMeta(K, metaclass=Meta):
    pass


print(use_class(WithMeta, 3)[0], WithMeta.cm(1))
try:
    K.missing
except AttributeError as e:
    print(type(e).__name__, e)
