# Comprehensions run in their own scope: loop variables do not leak,
# the first iterable is evaluated outside, the others inside.
x = "outer"
squares = [x * x for x in range(4)]
print(squares, x)
print({x: x for x in "ab"}, x)
print({x % 3 for x in range(10)}, x)
print(list(x for x in (1, 2)), x)

def func():
    y = 10
    return [y + i for i in range(3)]
print(func())

# the outermost iterable is evaluated in the enclosing scope, right away
def show_first():
    log = []
    def it(tag):
        log.append(tag)
        return range(2)
    g = (a + b for a in it("first") for b in it("second"))
    log.append("created")
    list(g)
    return log
print(show_first())

# nested loops read earlier loop variables; conditions filter at each level
pairs = [(i, j) for i in range(4) if i % 2 == 0 for j in range(i) if j != 1]
print(pairs)
flat = [c for word in ["ab", "cd"] for c in word]
print(flat)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)

# multiple conditions
print([n for n in range(30) if n % 2 if n % 3 if n > 5])

# comprehension variable shadows a global inside only
i = "global i"
print([i for i in range(2)], i)

# a closure inside a comprehension sees the comprehension's variable
fns = [(lambda: k) for k in range(3)]
print([f() for f in fns])

# a comprehension in a function can read and not write enclosing names
def reader():
    total = 5
    return [total + n for n in range(2)]
print(reader())

# errors in the element expression propagate out of the comprehension
try:
    [1 / n for n in (1, 0)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [n for n in 5]
except TypeError as e:
    print(type(e).__name__, e)

# dict comprehension: key evaluated before value (3.8+)
order = []
def k(v):
    order.append(("key", v))
    return v
def v(val):
    order.append(("value", val))
    return val
{k(n): v(n) for n in range(2)}
print(order)
# duplicate keys: last wins, first position kept
print({n % 2: n for n in range(5)})
