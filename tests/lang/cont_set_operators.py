# set operators need sets on both sides (messages otherwise); result
# types for set/frozenset mixes; in-place operators and identity
def show(f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = '%s %s' % (type(r).__name__, sorted(r))
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

s = {1, 2, 3}
f = frozenset({2, 3, 4})
for sym, op in [('|', lambda a, b: a | b), ('&', lambda a, b: a & b),
                ('-', lambda a, b: a - b), ('^', lambda a, b: a ^ b)]:
    print(sym)
    show(lambda: op(s, f))
    show(lambda: op(f, s))
    show(lambda: op(f, f))
    show(lambda: op(s, [1]))
    show(lambda: op([1], s))
    show(lambda: op(f, (1,)))
    show(lambda: op(s, 'a'))
    show(lambda: op(s, {1: 2}.keys()))
    show(lambda: op({1: 2}.keys(), s))
show(lambda: s + s)
show(lambda: s * 2)
show(lambda: -s)
show(lambda: s < [1])
show(lambda: s <= (1,))
show(lambda: f > 'a')
print(s == [1, 2, 3], s != (1, 2, 3), s == f, s == {1, 2, 3}, frozenset(s) == s)
print(s < {1, 2, 3, 4}, s <= s, s < s, f > frozenset({2}), s >= set(), set() < s)
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, {1, 2} >= {1, 3})
def ops(a, b):
    out = []
    for name in ('ior', 'iand', 'isub', 'ixor'):
        x = set(a)
        ident = x
        if name == 'ior': x |= b
        if name == 'iand': x &= b
        if name == 'isub': x -= b
        if name == 'ixor': x ^= b
        out.append('%s %s %s' % (name, sorted(x), x is ident))
    return out
print(ops({1, 2}, {2, 3}))
print(ops({1, 2}, frozenset({2, 3})))
def ior(a, b):
    a |= b
    return a
show(lambda: ior({1}, [2]))
show(lambda: ior({1}, 'x'))
# in-place on a frozenset rebinds to a new frozenset
g = frozenset({1})
h = g
g |= {2}
print(sorted(g), type(g).__name__, g is h, sorted(h))
# the same set on both sides
k = {1, 2}
k |= k; print(k)
k &= k; print(k)
k ^= k; print(k)
k = {1, 2}
k -= k; print(k)
# subclasses: operators return base types
class S(set):
    pass
class F(frozenset):
    pass
print(type(S({1}) | {2}).__name__, type({2} | S({1})).__name__, type(F({1}) & F({1})).__name__)
print(type(F({1}) | set()).__name__, type(set() | F({1})).__name__, type(S() - F()).__name__)
print(type(S({1}).copy()).__name__, type(F({1}).copy()).__name__, type(S({1}).union()).__name__)
