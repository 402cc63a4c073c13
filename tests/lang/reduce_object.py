# object.__reduce_ex__ / __reduce__ / __getstate__ and copy of user classes
import copy, copyreg

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"

p = P(1, [2, 3])
r = p.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1] == (P,), r[2], r[3], r[4])
r = p.__reduce_ex__(4)
print(len(r), r[2] is p.__dict__)
print(p.__getstate__())
print(object().__getstate__())
print(P.__new__(P).__getstate__())
r = p.__reduce_ex__(0)
print(r[0] is copyreg._reconstructor, r[1] == (P, object, None), r[2])
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1][1] is object)
r = p.__reduce__()
print(r[0] is copyreg._reconstructor, r[2])
q = copy.copy(p)
print(q, q is p, q.y is p.y)
q = copy.deepcopy(p)
print(q, q.y is p.y, q.y == p.y)

class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
print(S().__getstate__())
print(S().__reduce_ex__(2)[2])
s2 = copy.copy(S())
print(s2.a, hasattr(s2, 'b'))
print(S.__slotnames__)

class SD:
    __slots__ = ('a', '__dict__')
sd = SD()
sd.a = 5
sd.z = 6
print(sd.__getstate__())
print(copy.deepcopy(sd).a, copy.deepcopy(sd).z)

class NA(int):
    pass
n = NA(7)
n.tag = 'x'
r = n.__reduce_ex__(2)
print(r[1], r[2])
m = copy.copy(n)
print(type(m).__name__, m, m.tag)

class KW:
    def __new__(cls, *, a):
        o = object.__new__(cls)
        o.a = a
        return o
    def __getnewargs_ex__(self):
        return ((), {'a': self.a})
k = KW(a=3)
r = k.__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:], r[2])
print(copy.copy(k).a)

class GA:
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o
    def __getnewargs__(self):
        return (self.v,)
print(GA(9).__reduce_ex__(2)[1][1:], copy.deepcopy(GA(9)).v)

class BadGA:
    def __getnewargs__(self):
        return [1]
class BadEx1:
    def __getnewargs_ex__(self):
        return 5
class BadEx2:
    def __getnewargs_ex__(self):
        return (1, 2, 3)
class BadEx3:
    def __getnewargs_ex__(self):
        return ([], {})
class BadEx4:
    def __getnewargs_ex__(self):
        return ((), [])
for c in (BadGA, BadEx1, BadEx2, BadEx3, BadEx4):
    try:
        c().__reduce_ex__(2)
    except Exception as e:
        print(type(e).__name__, e)

class GS:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {'custom': True}
print(GS().__reduce_ex__(3)[2])

class R:
    def __reduce__(self):
        return (R, ())
print(R().__reduce_ex__(2) == (R, ()), R().__reduce_ex__(0) == (R, ()))

l = [1, 2]
class L(list): pass
ll = L([1, 2]); ll.q = 1
r = ll.__reduce_ex__(2)
print(r[1][0] is L, r[2], list(r[3]), r[4])
class D(dict): pass
dd = D(a=1)
r = dd.__reduce_ex__(2)
print(r[2], r[3], list(r[4]))
print(copy.deepcopy(dd), type(copy.deepcopy(dd)).__name__)

for bad in (None, '2', 2.0):
    try:
        p.__reduce_ex__(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    p.__reduce_ex__()
except TypeError as e:
    print(type(e).__name__, e)
print(object.__reduce_ex__ is not None, object.__getstate__(p))

