# TypeError messages for missing arguments, exactly as 3.11 words them.
def check(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("no error")
    except TypeError as e:
        print(e)

def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def four(a, b, c, d): pass
def with_default(a, b, c=1): pass
def kwonly(*, k): pass
def kwonly2(a, *, k, m): pass
def kwonly3(*, x, y, z): pass
def mixed(a, b, *, c, d): pass
def posonly(a, b, /): pass
def posonly_kw(a, /, b, *, c): pass

check(one)
check(two)
check(two, 1)
check(three)
check(three, 1)
check(four)
check(with_default)
check(with_default, b=2)
check(kwonly)
check(kwonly2, 1)
check(kwonly2, 1, k=1)
check(kwonly3)
check(kwonly3, y=1)
check(mixed, 1)
check(mixed, 1, 2)
check(posonly)
check(posonly, 1)
check(posonly_kw)
check(posonly_kw, 1)
check(posonly_kw, 1, 2)

class C:
    def method(self, a, b): pass
    @staticmethod
    def stat(x): pass
    @classmethod
    def klass(cls, y): pass
    def __init__(self, p): pass

try:
    C()
except TypeError as e:
    print(e)
c = C(1)
check(c.method)
check(c.method, 1)
check(C.method)
check(C.stat)
check(C.klass)
check(lambda q, r: None)

def outer():
    def inner(z): pass
    return inner
check(outer())
