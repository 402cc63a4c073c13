# Class bodies and comprehensions: class-level names are not visible inside
# the comprehension except in its first iterable.
class A:
    base = [1, 2, 3]
    doubled = [b * 2 for b in base]
    print(doubled)

class B:
    factor = 10
    try:
        scaled = [n * factor for n in range(3)]
    except NameError as e:
        print(type(e).__name__, e)
    # the first iterable is evaluated in the class scope, so this works
    ok = [n for n in range(factor)][:3]
    print(ok)

factor = "global factor"
class C:
    factor = "class factor"
    seen = [factor for _ in range(1)]
print(C.seen)

class D:
    items = ["x", "y"]
    pairs = [(a, b) for a in items for b in range(2)]
print(D.pairs)

class E:
    items = ["x", "y"]
    try:
        pairs = [(a, b) for a in range(2) for b in items]
    except NameError as e:
        print(type(e).__name__, e)

# the same holds for generator expressions and lambdas in the class body
class F:
    v = 3
    g = (v for _ in range(2))
    lam = lambda: v
try:
    list(F.g)
except NameError as e:
    print("genexp:", type(e).__name__, e)
try:
    F.lam()
except NameError as e:
    print("lambda:", type(e).__name__, e)

# methods see the class only through self / the class name
class G:
    data = [1, 2]
    def total(self):
        return sum(x for x in self.data) + sum(G.data)
print(G().total())

# a class inside a function: the comprehension sees function locals
def maker():
    loc = 7
    class H:
        loc = "class-level"
        vals = [loc for _ in range(2)]
    return H.vals
print(maker())

# __class__ and the comprehension in a method
class I:
    def names(self):
        return [__class__.__name__ for _ in range(2)]
print(I().names())

# class body comprehension with walrus is an error only at compile time;
# an ordinary assignment after the comprehension is fine
class J:
    vals = [n for n in range(3)]
    n = len(vals)
print(J.n, J.vals)
