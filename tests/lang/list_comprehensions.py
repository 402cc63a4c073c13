# comprehensions of every kind, nested, with conditions and scoping
print([x * 2 for x in range(5)], [x for x in range(10) if x % 2 if x > 3])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print({x: x * x for x in range(5)}, {x % 4 for x in range(20)}, {k: v for k, v in zip('abc', 'xyz') if k != 'b'})
g = (x + 1 for x in range(3)); print(type(g).__name__, list(g), list(g))
x = 'outer'; r = [x for x in 'ab']; print(x, r)
print([i for i in []], {i: 1 for i in ()}, set(i for i in ''))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']))
n = 3; print([n * i for i in range(n)])
def f():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
print([(a, b) for a, b in [(1, 2), (3, 4)]], [a for a, *rest in [(1, 2, 3), (4,)]])
print([[1] * 2 for _ in range(2)], [w.upper() for w in 'hi there'.split()])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([y for x in [[1, 2], [3]] for y in x])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print('TypeError', e)
