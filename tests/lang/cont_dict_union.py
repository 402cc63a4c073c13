# dict | and |=: order, precedence of the right operand, other mappings,
# subclasses and error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a | {}, {} | a, a)
c = a
c |= b
print(a, c is a)
c |= [('w', 0)]
c |= {'x': 'X'}.items()
c |= zip('pq', (1, 2))
print(a)
show(lambda: a | [('k', 1)])
show(lambda: a | None)
show(lambda: a | {'k'})
show(lambda: [('k', 1)] | a)
show(lambda: sorted(a | a.keys()))
show(lambda: type(a | a.keys()).__name__)
def ior(d, o):
    d |= o
    return d
show(lambda: ior({}, 5))
show(lambda: ior({}, [1, 2]))
show(lambda: ior({}, ['abc']))
show(lambda: ior({}, [[1, 2, 3]]))
show(lambda: ior({}, {[]: 1}.items() if False else [([], 1)]))
print(ior({1: 2}, {1: 3}), ior({1: 2}, {True: 'bool'}), ior({True: 'x'}, {1: 'int'}))
# keys keep the first spelling, values come from the right
print({1: 'a'} | {1.0: 'b'}, {1.0: 'b'} | {True: 'c'}, {0: 0} | {False: 1, 0.0: 2})
# subclasses: | returns the left type when it is a dict subclass
class D(dict):
    pass
r = D(a=1) | {'b': 2}
print(type(r).__name__, r)
r2 = {'b': 2} | D(a=1)
print(type(r2).__name__, r2)
class Or(dict):
    def __ror__(self, other):
        return 'ror wins'
    def __or__(self, other):
        return 'or wins'
print({} | Or(), Or() | {})
# a keys()/__getitem__ mapping works for |= but not |
class M:
    def keys(self):
        return ['m1', 'm2']
    def __getitem__(self, k):
        return k.upper()
show(lambda: ior({}, M()))
show(lambda: {} | M())
class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return 0
show(lambda: ior({}, BadKeys()))
class GetRaises:
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        raise KeyError('inner ' + k)
show(lambda: ior({}, GetRaises()))
# |= with itself
s = {'a': 1}
s |= s
print(s)
# union of many
from_many = {}
for i in range(5):
    from_many = from_many | {i: i * i, -i: 'neg'}
print(from_many)
