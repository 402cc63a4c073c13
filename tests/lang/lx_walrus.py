# Assignment expressions outside comprehensions: while/if conditions,
# arguments, precedence with parentheses, scoping in functions.
data = [4, 8, 15, 16, 23, 42]
it = iter(data)
total = 0
while (n := next(it, None)) is not None:
    total += n
print(total, n)

if (count := len(data)) > 5:
    print("long list", count)

def f(x):
    return x * 2
print(f(y := 10), y)
print([y := 1, y + 1, y + 2])
print((z := 3) * z)
t = (a := 1, b := a + 1)
print(t, a, b)

# walrus binds the whole right side; without parentheses in an if it binds
# the comparison result
if (m := 5 > 3):
    print("m is", m)
if (m := 5) > 3:
    print("m is now", m)

def scoped():
    if (local := "function local"):
        pass
    return local
print(scoped())
try:
    local
except NameError as e:
    print(type(e).__name__, e)

# walrus in a lambda default and body
g = lambda v=(dflt := 7): v + dflt
print(g(), dflt)

# walrus with augmented use afterwards
if (k := 0) == 0:
    k += 5
print(k)

# walrus inside a nested function assigns there
def outer():
    def inner():
        return (q := "inner q")
    r = inner()
    try:
        return r, q
    except NameError:
        return r, "q not in outer"
print(outer())

# in f-strings (needs parentheses)
print(f"{(w := 4) * 2} {w}")

# reading lines with walrus: a classic loop
lines = iter(["a", "b", "", "c"])
out = []
while line := next(lines):
    out.append(line)
print(out)

# in elif and in match guards
v = 7
if (r := v % 2) == 0:
    print("even")
elif (r2 := v % 3) == 1:
    print("mod 3 is 1", r, r2)
match v:
    case int() if (half := v // 2) > 2:
        print("half", half)
