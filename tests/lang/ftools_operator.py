# _operator in C (operator.py imports * from it): functions, getters, methodcaller, _compare_digest
import operator as o
import _operator

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__, e)

print(type(o.add).__name__, o.add is _operator.add, o.__add__ is _operator.add)
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne('a', 'a'), o.ge(1, 2), o.gt(3, 2))
print(o.not_([]), o.truth([1]), o.is_(None, None), o.is_not(1, None))
print(o.abs(-3), o.add(1, 2), o.and_(6, 3), o.floordiv(7, 2), o.index(5), o.inv(5), o.invert(0))
print(o.lshift(1, 4), o.mod(7, 3), o.mul('ab', 2), o.neg(2), o.or_(4, 1), o.pos(-1), o.pow(2, 10))
print(o.rshift(16, 2), o.sub(5, 7), o.truediv(1, 4), o.xor(5, 1), o.concat([1], [2]), o.contains('abc', 'b'))
print(o.countOf([1, 2, 1, 1.0], 1), o.indexOf('abc', 'c'), o.getitem({'a': 1}, 'a'), o.length_hint(iter(range(7))))
l = [1, 2, 3]; o.setitem(l, 0, 'x'); o.delitem(l, 1); print(l)
a = [1]; print(o.iadd(a, [2]) is a, a, o.iconcat(a, (3,)), o.imul(a, 2))
x = 5
for f in (o.iand, o.ifloordiv, o.ilshift, o.imod, o.ior, o.ipow, o.irshift, o.isub, o.itruediv, o.ixor):
    print(f.__name__, f(x, 2), end='; ')
print()
class M:
    def __matmul__(self, b): return 'mm'
    def __imatmul__(self, b): return 'imm'
print(o.matmul(M(), 1), o.imatmul(M(), 1), o.call(max, 1, 5, key=lambda v: -v))
err(o.concat, 1, 2); err(o.concat, {}, {}); err(o.iconcat, 1, [])
err(o.indexOf, [1], 2); err(o.countOf, 1, 1); err(o.indexOf, 5, 1)
err(o.length_hint, [], 'x'); err(o.index, 'a'); err(o.abs, 'a'); err(o.neg, 'a'); err(o.inv, 'a')
err(o.pow, 2, 'a'); err(o.add, 1); err(o.add, 1, 2, 3); err(o.lt, 1, 'a'); err(o.getitem, [], 5)
err(o.call)
print(o.length_hint([1, 2], 9), o.length_hint(object(), 9))

g = o.itemgetter(1)
print(g('abc'), o.itemgetter(0, 2)('abc'), o.itemgetter('k')({'k': 'v'}), o.itemgetter(slice(1, None))([1, 2, 3]))
print(repr(o.itemgetter('x', 2)), g.__reduce__(), sorted([(1, 'b'), (2, 'a')], key=o.itemgetter(1)))
err(o.itemgetter); err(o.itemgetter, 1, x=1); err(g); err(g, 1, 2); err(g, 'a', x=1); err(g, 5)

class N: pass
n = N(); n.a = 1; n.b = N(); n.b.c = 'deep'
ag = o.attrgetter('a', 'b.c')
print(o.attrgetter('a')(n), ag(n), repr(ag), ag.__reduce__(), o.attrgetter('b.c')(n))
err(o.attrgetter); err(o.attrgetter, 1); err(o.attrgetter('zz'), n); err(o.attrgetter('b.zz'), n); err(ag)

mc = o.methodcaller('split', ',', maxsplit=1)
print(mc('a,b,c'), repr(mc), o.methodcaller('upper')('x'), o.methodcaller('count', 'a').__reduce__())
r = mc.__reduce__()
print(type(r[0]).__name__, r[0].args, r[0].keywords, r[1], r[0](*r[1])('q,w,e'))
err(o.methodcaller); err(o.methodcaller, 5); err(mc, 5); err(mc); err(mc, 'a', 'b')

for a, b in [('abc', 'abc'), ('abc', 'abd'), ('ab', 'abc'), (b'xy', b'xy'), (b'xy', bytearray(b'xy')),
             (memoryview(b'q'), b'q'), (b'', b''), ('', '')]:
    print(_operator._compare_digest(a, b), end=' ')
print()
for a, b in [(1, 2), ('a', b'a'), ('\xe9', '\xe9'), (b'a', 'a'), (None, None)]:
    err(_operator._compare_digest, a, b)
