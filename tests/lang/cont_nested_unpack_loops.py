# nested unpacking in for loops and comprehensions over zip, enumerate,
# dict.items; shape mismatch errors raised mid-loop keep earlier effects
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

pts = {'a': (1, 2), 'b': (3, 4)}
for name, (x, y) in pts.items():
    print(name, x + y)
for i, (name, (x, y)) in enumerate(pts.items(), 1):
    print(i, name, x * y)
for (i, c), n in zip(enumerate('xy'), range(10, 12)):
    print(i, c, n)
print([a + b for (a, b), _ in zip([(1, 2), (3, 4)], 'ab')])
print({k: v for k, (v, *_) in [('p', (1, 2, 3)), ('q', (4,))]})
print([(h, t) for h, *t in ['abc', 'd', 'ef']])
print([[a, b] for a, [b] in [(1, [2]), (3, 'x')]])
seen = []
def loop_err():
    for a, b in [(1, 2), (3, 4), (5,), (6, 7)]:
        seen.append(a + b)
show(loop_err)
print(seen)
def loop_err2():
    for k, (a, b) in {'x': (1, 2), 'y': (1, 2, 3)}.items():
        seen.append(k)
show(loop_err2)
print(seen)
def loop_err3():
    for a, b in 5:
        pass
show(loop_err3)
def loop_err4():
    for a, b in [1]:
        pass
show(loop_err4)
def loop_err5():
    return [a for a, *b, c in ['ab', 'x']]
show(loop_err5)
# unpacking into attributes, subscripts and starred targets
class O:
    pass
o = O()
store = {}
lst = [0, 0, 0]
for o.attr, store['k'], lst[1] in [(1, 2, 3), (4, 5, 6)]:
    pass
print(o.attr, store, lst)
for *lst[0:2], last in ['abc']:
    pass
print(lst, last)
# unpacking iterators of iterators lazily
def rows():
    for i in range(3):
        yield iter((i, i * i))
print([a + b for a, b in rows()])
# dict items unpacking with mutation of values
data = {'x': [1], 'y': [2]}
for key, (first,) in data.items():
    data[key] = first * 10
print(data)
# starred in the middle with exact minimum length
for a, *mid, z in ['ab', 'abc', 'abcd']:
    print(a, mid, z)
