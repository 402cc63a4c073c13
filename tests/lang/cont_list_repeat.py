# list and tuple repetition: * and *= with self, zero, negatives, bools,
# __index__, huge counts and the error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2]
print(a * 0, a * -1, a * -2 ** 62, a * 1, a * 3, 2 * a, a * True, a * False)
print((1, 2) * 2, 3 * ('x',), () * 5, (1,) * -1)
class I:
    def __index__(self):
        return 2
print(a * I(), I() * a, (0,) * I())
show(lambda: a * -10 ** 30)
show(lambda: a * 1.0)
show(lambda: a * '2')
show(lambda: a * None)
show(lambda: a * [2])
show(lambda: (1,) * 2.5)
show(lambda: 1.5 * (1,))
show(lambda: a * (10 ** 30))
show(lambda: a * (2 ** 63))
show(lambda: a * (2 ** 62))
show(lambda: (1, 2) * (2 ** 62))
show(lambda: [] * (10 ** 30))
show(lambda: () * (10 ** 30))
b = [0, 1]
b *= 2; print(b)
b *= 1; print(b)
c = b
c *= 0; print(b, c is b)
d = [[]] * 3
d[0].append('shared'); print(d)
e = [1, 2]
e *= True; print(e)
e *= I(); print(e)
def imul(x, n):
    x *= n
    return x
show(lambda: imul([1], 1.5))
show(lambda: imul([1], 10 ** 30))
show(lambda: imul([1, 2], 2 ** 62))
f = [1, 2, 3]
f *= -5; print(f)
g = [1]
g *= 3
g *= 3; print(g, len(g))
# a list repeated into itself keeps identity of elements
h = [object()]
h2 = h * 3
print(h2[0] is h2[2], len(h2))
# tuple *= makes a new tuple
t = (1, 2)
u = t
t *= 2
print(t, u, t is u)
# sequence repeat via __rmul__ of a custom class
class Times:
    def __rmul__(self, other):
        return 'rmul ' + repr(other)
print([1] * Times(), (1,) * Times())
class Mul:
    def __mul__(self, other):
        return 'mul ' + repr(other)
print(Mul() * [1])
