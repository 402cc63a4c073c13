# dict equality ignores order, compares values with ==, NaN identity;
# ordering comparisons are TypeErrors; views and subclasses
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != b, list(a) == list(b), a == {'x': 1}, a == {'x': 1, 'y': 2.0})
print({1: 'a'} == {1.0: 'a'}, {True: 1} == {1: True}, {} == {}, {} == [], {} != ())
nan = float('nan')
print({'n': nan} == {'n': nan}, {'n': float('nan')} == {'n': float('nan')})
print({nan: 1} == {nan: 1}, {float('nan'): 1} == {float('nan'): 1})
show(lambda: a < b)
show(lambda: a <= b)
show(lambda: {} > {})
show(lambda: a >= [])
show(lambda: sorted([{1: 2}, {0: 1}]))
show(lambda: max({1: 2}, {3: 4}))
# equality calls __eq__ on values (and on keys only on collisions)
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, V) and self.v == other.v
    __hash__ = None
print({'k': V(1)} == {'k': V(1)})
print({'k': V(1), 'j': V(2)} == {'k': V(1), 'j': V(3)})
class Raise:
    def __eq__(self, other):
        raise ArithmeticError('value eq')
show(lambda: {'k': Raise()} == {'k': Raise()})
r = Raise()
print({'k': r} == {'k': r})
# mutation inside a value's __eq__ during comparison
class Mut:
    def __eq__(self, other):
        d1.clear()
        return True
d1 = {'a': Mut(), 'b': 1}
d2 = {'a': 0, 'b': 1}
show(lambda: d1 == d2)
# subclasses compare by content
class D(dict):
    pass
print(D(a=1) == {'a': 1}, {'a': 1} == D(a=1), D() != {})
class AlwaysEq(dict):
    def __eq__(self, other):
        return True
print({'q': 1} == AlwaysEq(), AlwaysEq() == {'x': 1}, {'q': 1} != AlwaysEq())
# views: keys and items compare like sets, values never equal
print(a.keys() == b.keys(), a.items() == b.items(), a.values() == b.values())
print(a.keys() == {'x', 'y'}, a.items() == {('x', 1), ('y', 2)}, a.keys() == ['x', 'y'])
# in on nested dicts
print({'k': {'n': [1]}} == {'k': {'n': [1]}}, {'k': {'n': [1]}} == {'k': {'n': [2]}})
print([{'a': 1}] == [{'a': 1.0}], ({'a': 1},) < ({'a': 1}, 0))
show(lambda: ({'a': 1},) < ({'a': 2},))
