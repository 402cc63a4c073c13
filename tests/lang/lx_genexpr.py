# Generator expressions: the first iterable evaluated at creation, errors
# timing, scoping, as sole call argument, and nested loops.
def noisy(tag, n):
    print("  iterable", tag)
    return range(n)

g = (x * y for x in noisy("outer", 2) for y in noisy("inner", 2))
print("created")
print(list(g))

# an error in the first iterable happens at creation
try:
    g = (x for x in 5)
except TypeError as e:
    print("at creation:", e)

# an error in a later iterable happens on iteration
g = (x for x in [1] for y in 5)
print("created fine")
try:
    list(g)
except TypeError as e:
    print("on iteration:", e)

# the first iterable is the object at creation time
data = [1, 2, 3]
g = (x for x in data)
data = [9, 9]
print(list(g))

# but later names are looked up when the genexp runs
factor = 1
g = (x * factor for x in range(3))
factor = 100
print(list(g))

# as the only argument, no extra parentheses needed
print(sum(x for x in range(5)), sorted(c for c in "cab"), "-".join(str(i) for i in range(3)))
print(max((len(w), w) for w in ["aa", "b", "cccc"]))
print(dict((k, k * 2) for k in "ab"), set(x % 2 for x in range(10)))
print(tuple(x for x in range(3)), list(x for x in ()))

# generator expressions with conditions and multiple fors
print(list((a, b) for a in range(3) if a for b in range(a) if b != 1))

# they are generators with send/throw/close
g = (i for i in range(3))
print(g.send(None), next(g))
try:
    g.throw(ValueError("into genexp"))
except ValueError as e:
    print("throw:", e)
print(list(g))
g = (i for i in range(3))
g.close()
print(list(g))

# the loop variable is local to the genexp
x = "outer x"
list(x for x in range(3))
print(x)

# nested generator expressions
nested = ((i, (j for j in range(i))) for i in range(3))
print([(i, list(inner)) for i, inner in nested])

# a genexp in a class body sees the class only in its first iterable
class C:
    values = [1, 2]
    doubled = list(v * 2 for v in values)
print(C.doubled)

# a StopIteration raised inside the element expression is RuntimeError
def stop():
    raise StopIteration
try:
    list(stop() for _ in range(1))
except RuntimeError as e:
    print(type(e).__name__, e)
