# __iter__/__next__, StopIteration, the old __getitem__ protocol.
class Count:
    def __init__(self, n): self.n, self.i = n, 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)], tuple(Count(0)))
c = Count(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, repr(e))

# iterable returning a separate iterator
class Range2:
    def __iter__(self): return iter([10, 20])
r = Range2()
print(list(r), list(r), 20 in r)

# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self): return 5
class BadIter2:
    def __iter__(self): return [1, 2]
for obj in (BadIter(), BadIter2()):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        for _ in obj: pass
    except TypeError as e:
        print(type(e).__name__, e)

# objects without __iter__
for obj in (5, object(), None):
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)

# __getitem__ sequence protocol
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return chr(97 + i)
print(list(Seq()), list(enumerate(Seq())), "b" in Seq(), type(iter(Seq())).__name__)
# __iter__ = None blocks the fallback
class Blocked(Seq):
    __iter__ = None
try:
    iter(Blocked())
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration with a value, generators as __iter__
class Gen:
    def __iter__(self):
        yield "a"
        yield "b"
        return "ignored"
print(list(Gen()), list(zip(Gen(), Count(5))))

# iter(callable, sentinel)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))

# __next__ raising other errors
class Broken:
    def __iter__(self): return self
    def __next__(self): raise ValueError("broken next")
try:
    list(Broken())
except ValueError as e:
    print(type(e).__name__, e)

# __reversed__ and __length_hint__
class Rev:
    def __reversed__(self): return iter("zyx")
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
print(list(reversed(Rev())), list(Rev()))
class NoRev:
    def __len__(self): return 2
    def __getitem__(self, i): return i * 100
print(list(reversed(NoRev())))
try:
    reversed(object())
except TypeError as e:
    print(type(e).__name__, e)
