class S(str):
    pass
s = S("hello")
print(s, len(s), s.upper(), s + "x", type(s).__name__)
class T(tuple):
    pass
t = T((1, 2))
print(t, len(t), t[0])
class B(bytes): pass
print(B(b"ab"))
class F(float):
    pass
f = F(1.5)
f.x = 3
print(f, f.x, f + 1)
class I(int): pass
i = I(5)
i.y = 2
print(i, i.y, i * 2)
class Lst(list): pass
l = Lst([1])
l.z = 1
print(l, l.z)
class Dct(dict): pass
d = Dct(a=1)
d.q = 2
print(d, d.q)
class Base:
    def __init__(self):
        self.a = 1
class Kid(Base):
    pass
objs = [Kid() for _ in range(50)]
for i, o in enumerate(objs):
    o.b = i
    if i % 2:
        o.c = -i
    if i % 3 == 0:
        del o.a
print(sum(o.b for o in objs), sum(getattr(o, "c", 0) for o in objs), sum(hasattr(o, "a") for o in objs))
print(objs[3].__dict__, objs[4].__dict__)
objs[5].__dict__["d"] = 7
objs[5].__dict__.update(e=8)
print(objs[5].d, objs[5].e, sorted(vars(objs[5])))
objs[6].__dict__ = {"fresh": True}
print(objs[6].fresh, hasattr(objs[6], "b"))
class X: pass
class Y: pass
x = X()
x.v = 1
x.__class__ = Y
print(type(x).__name__, x.v)
