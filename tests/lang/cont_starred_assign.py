# starred assignment targets in every position and context: plain
# assignment, for loops, nested targets, augmented sources, and the
# "not enough values" messages for starred targets
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

*a, = 'xyz'
print(a)
*a, b = [1]
print(a, b)
a, *b = (1,)
print(a, b)
a, *b, c = range(2)
print(a, b, c)
a, *b, c = 'abcdef'
print(a, b, c)
[a, *b] = {'k': 1, 'j': 2}
print(a, b)
(a, *b), c = 'pq', 'r'
print(a, b, c)
a, (b, *c), *d = 1, 'xyz', 2, 3
print(a, b, c, d)
def f1(src):
    a, *b, c = src
    return a, b, c
def f2(src):
    *a, b, c, d = src
    return a, b, c, d
def f3(src):
    a, b, *c = src
    return a, b, c
show(lambda: f1('a'))
show(lambda: f1(''))
show(lambda: f2('ab'))
show(lambda: f2(iter('abc')))
show(lambda: f3([1]))
show(lambda: f3(5))
show(lambda: f3(None))
# starred gets a list even from tuples, strings and generators
for src in [(1, 2, 3), 'abc', (x for x in range(3)), range(3), {1: 0, 2: 0, 3: 0}]:
    x, *y = src
    print(type(y).__name__, y)
# for loops with starred targets
for first, *rest in ['ab', 'c', 'def']:
    print(first, rest)
print([(h, t) for *h, t in ['xy', 'z']])
# starred target into subscripts and attributes
class O:
    pass
o = O()
lst = [0, 0]
o.first, *lst[0:1] = 'abc'
print(o.first, lst)
*o.rest, = range(2)
print(o.rest)
# large starred captures
head, *body, tail = range(10000)
print(head, len(body), tail, body[:3])
# chained assignment with starred
p = *q, r = [1, 2, 3]
print(p, q, r)
