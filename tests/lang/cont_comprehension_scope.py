# comprehension scoping: the loop variable does not leak, the first
# iterable is evaluated in the enclosing scope, class bodies, nested
# comprehensions, walrus binding to the enclosing function
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

x = 'outer'
print([x for x in range(3)], x)
print({x: 1 for x in 'ab'}, {x for x in 'c'}, list(x for x in 'd'), x)
y = [1, 2]
print([y for y in y], y)
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([j for i in [[1, 2], [3]] for j in i if j != 2])
# class bodies: the first iterable sees class variables, the rest don't
class A:
    n = 3
    items = [i for i in range(n)]
    try:
        pairs = [(i, j) for i in range(2) for j in range(n)]
    except NameError as e:
        pairs = 'NameError ' + str(e)
    try:
        cond = [i for i in range(2) if i < n]
    except NameError as e:
        cond = 'NameError ' + str(e)
print(A.items, A.pairs, A.cond)
# closures capture the variable, late binding
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
# walrus binds in the enclosing function
def walrus():
    data = [1, 5, 2, 8]
    big = [y for v in data if (y := v * 2) > 4]
    return big, y
print(walrus())
def walrus_any():
    if any((hit := v) > 3 for v in [1, 4, 9]):
        return hit
print(walrus_any())
total = 0
print([total := total + v for v in range(4)], total)
# generator expressions evaluate the first iterable immediately
def gen_first():
    src = [1, 2]
    g = (v * 10 for v in src)
    src = [99]
    return list(g)
print(gen_first())
show(lambda: (v for v in 5))
g = (v for v in [1] for w in 5)
show(lambda: list(g))
# names inside refer to enclosing function locals
def outer():
    k = 10
    return [k + v for v in range(2)], {v: k for v in 'a'}
print(outer())
def unbound():
    r = [z for _ in range(1)]
    z = 1
    return r
show(unbound)
# nested comprehension scopes are separate
print([[v for v in range(w)] for w in range(3)])
v = 'kept'
_ = [[v for v in 'ab'] for v in 'cd']
print(v)
# comprehension with a side effecting condition and else
print([n if n % 2 else -n for n in range(5) if n != 3])
# iteration variable as a tuple target and starred target
print([(a, rest) for a, *rest in ['abc', 'de']], {k: v for (k, v) in [(1, 2)]})
