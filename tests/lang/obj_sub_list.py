# Subclassing list: overridden methods, extra attributes, which operations use overrides.
class Logged(list):
    def __init__(self, *args, label="L"):
        super().__init__(*args)
        self.label = label
        self.log = []
    def append(self, x):
        self.log.append(("append", x))
        super().append(x)
    def __setitem__(self, i, v):
        self.log.append(("setitem", i))
        super().__setitem__(i, v)
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return Logged(r) if isinstance(i, slice) else r

l = Logged([1, 2, 3], label="nums")
l.append(4)
l[0] = 10
l.extend([5])       # extend does not call append
l += [6]            # nor does +=
print(l, l.label, l.log, len(l), type(l).__name__)
print(l[1:3], type(l[1:3]).__name__, type(l + [0]).__name__, type(l * 2).__name__, type(l.copy()).__name__)
print(l == [10, 2, 3, 4, 5, 6], sorted(l, reverse=True), list(reversed(l)), 3 in l, l.index(4))

# sort, reverse in place keep the object
l.sort(reverse=True)
print(l, type(l).__name__)

class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1] if self else None
    @property
    def top(self):
        return self.peek()
s = Stack().push(1).push(2)
print(s, s.peek(), s.top, s.pop(), s, bool(Stack()), Stack().peek())

# __len__ / __iter__ overrides affect builtins that use the protocol
class Odd(list):
    def __iter__(self):
        return iter(x for x in super().__iter__() if x % 2)
    def __len__(self):
        return 100
o = Odd([1, 2, 3, 4, 5])
print(list(o), sum(o), len(o), bool(Odd()), [x for x in o], sorted(o), max(o))
print(str(o), o[1], o == [1, 2, 3, 4, 5])

# attributes and __dict__
class WithAttrs(list): pass
w = WithAttrs([1])
w.name = "w"
print(w.name, vars(w), w.__dict__)
class Slotted(list):
    __slots__ = ("meta",)
sl = Slotted([1, 2])
sl.meta = "m"
print(sl, sl.meta, hasattr(sl, "__dict__"))
try:
    sl.other = 1
except AttributeError as e:
    print(type(e).__name__, e)

# errors through the subclass
try:
    Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    WithAttrs(5)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(WithAttrs("ab")), WithAttrs() == [], WithAttrs([1]) < [2])
