# RecursionError: its messages, recovery, and normal deep recursion.
def down(n):
    return down(n + 1)

def show(fn, *args):
    try:
        fn(*args)
    except RecursionError as e:
        print(fn.__name__, "->", type(e).__name__, e)

show(down, 0)

class Eq:
    def __eq__(self, other):
        return self == other
def cmp_eq():
    return Eq() == Eq()
show(cmp_eq)

class Lt:
    def __lt__(self, other):
        return self < other
def cmp_lt():
    return Lt() < Lt()
show(cmp_lt)

class Rep:
    def __repr__(self):
        return repr(self)
def rep():
    return repr(Rep())
show(rep)

class Attr:
    def __getattr__(self, name):
        return getattr(self, name)
def attr():
    return Attr().missing
show(attr)

class Call:
    def __call__(self):
        return self()
def call():
    return Call()()
show(call)

def gen_rec():
    yield from gen_rec()
def gen():
    return next(gen_rec())
show(gen)

def nested(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
def deep_eq():
    return nested(100000) == nested(100000)
show(deep_eq)
def deep_repr():
    return repr(nested(100000))
show(deep_repr)

# after recovering, normal recursion works to a reasonable depth
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))

def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(300), odd(301))

# recursion error caught inside the recursion itself, and continued
def catches(n):
    try:
        return catches(n + 1)
    except RecursionError:
        return n
print(catches(0) > 100)

# the error is a RuntimeError subclass
print(RecursionError.__mro__[1].__name__)
try:
    down(0)
except RuntimeError as e:
    print("caught as RuntimeError:", type(e).__name__)
