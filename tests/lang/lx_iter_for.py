# for loops over user iterables: __iter__/__next__, the __getitem__
# protocol, bad __iter__ results, StopIteration with values, and targets.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration("ignored value")
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for x in Countdown(2):
    print("count", x)

class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), 9 in Squares(), [s for s in Squares()])

class GetitemKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    for _ in GetitemKeyError():
        pass
except KeyError as e:
    print("KeyError escapes the loop:", e)

class BadIter:
    def __iter__(self):
        return 42
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)

class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    for _ in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# modifying the iterated list inside the loop
items = [1, 2, 3]
for i in items:
    if i == 1:
        items.append(4)
print(items)

# the iterator object survives a break and can be resumed
it = iter(range(6))
for x in it:
    if x == 2:
        break
print("resumed:", list(it))

# an exception from __next__ propagates; the loop's else does not run
class Fails:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("third")
        return self.i
try:
    for v in Fails():
        print("got", v)
    else:
        print("else not printed")
except ValueError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel)
vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))

# iterating a dict while changing its size
d = {1: 1}
try:
    for k in d:
        d[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
