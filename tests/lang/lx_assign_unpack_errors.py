# Unpacking errors: counts, non-iterables, star bounds, partial effects.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)

def two_from_three():
    a, b = 1, 2, 3
def three_from_two():
    a, b, c = [1, 2]
def one_from_zero():
    a, = ()
def from_int():
    a, b = 5
def from_none():
    a, b = None
def star_short():
    a, b, *c = [1]
def star_mid_short():
    a, *b, c, d = (1, 2)
def nested_short():
    (a, b), c = (1,), 2
def from_gen():
    a, b = (x for x in range(5))
def from_str():
    a, b = "abc"
def from_dict():
    a, b, c = {"x": 1}
def star_from_float():
    *a, b = 1.5

for fn in [two_from_three, three_from_two, one_from_zero, from_int, from_none,
           star_short, star_mid_short, nested_short, from_gen, from_str,
           from_dict, star_from_float]:
    attempt(fn.__name__, fn)

# targets assigned before the error stay assigned? (no: all values are
# unpacked first, then stored)
class Rec:
    def __setattr__(self, k, v):
        print("set", k, v)
        object.__setattr__(self, k, v)

r = Rec()
try:
    r.a, r.b = [1, 2, 3]
except ValueError as e:
    print("ValueError", e)
print(hasattr(r, "a"))
r.a, r.b = [1, 2]

# an iterator that fails midway
class Bad:
    def __iter__(self):
        return self
    def __init__(self):
        self.i = 0
    def __next__(self):
        self.i += 1
        if self.i == 2:
            raise KeyError("boom")
        return self.i

try:
    x, y, z = Bad()
except KeyError as e:
    print("KeyError", e)

# too many values: the iterator is consumed just one past the count
class Counting:
    def __init__(self):
        self.pulled = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.pulled += 1
        return self.pulled

c = Counting()
try:
    a, b = c
except ValueError as e:
    print(e, c.pulled)
