# list.pop / remove / clear: indexes, errors, and __eq__ that has side effects
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(8))
print(a.pop(), a.pop(0), a.pop(-1), a.pop(2), a)
show(lambda: a.pop(10))
show(lambda: a.pop(-10))
show(lambda: a.pop(10 ** 30))
show(lambda: a.pop(-10 ** 30))
show(lambda: a.pop(1.5))
show(lambda: a.pop('0'))
show(lambda: a.pop(None))
show(lambda: a.pop(1, 2))
class I:
    def __index__(self):
        return -1
print(a.pop(I()), a.pop(True), a)
show(lambda: [].pop())
show(lambda: [].pop(0))
show(lambda: [].pop(-1))
while a:
    a.pop()
show(lambda: a.pop())

# remove deletes the first equal item only
b = [1, 2, 1.0, True, 3]
b.remove(1); print(b)
b.remove(True); print(b)
b.remove(1); print(b)
show(lambda: b.remove(1))
show(lambda: b.remove('x'))
show(lambda: b.remove([]))
show(lambda: b.remove())
show(lambda: b.remove(1, 2))
print(b)
nan = float('nan')
c = [nan, 1]
c.remove(nan); print(c)
show(lambda: c.remove(float('nan')))
class Eq:
    def __init__(self, name, result):
        self.name = name
        self.result = result
    def __eq__(self, other):
        print('eq', self.name)
        return self.result
    def __repr__(self):
        return self.name
d = [Eq('a', False), Eq('b', 0), Eq('c', 'yes'), Eq('d', True)]
d.remove(None); print(d)
class Raise:
    def __eq__(self, other):
        raise ArithmeticError('no compare')
e = [1, Raise(), 2]
e.remove(1); print(len(e))
show(lambda: e.remove(2))
print(len(e))
class Truthy:
    def __bool__(self):
        raise ZeroDivisionError('bool failed')
class EqT:
    def __eq__(self, other):
        return Truthy()
show(lambda: [EqT()].remove(0))
# clear on a list being iterated ends the loop
f = [1, 2, 3, 4]
seen = []
for x in f:
    seen.append(x)
    f.clear()
print(seen, f)
g = [1, 2]
g.clear(); g.clear(); print(g)
show(lambda: g.clear(1))
