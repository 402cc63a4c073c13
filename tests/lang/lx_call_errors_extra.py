# TypeError messages for too many positionals, unexpected and duplicate
# keywords, positional-only passed by keyword, bad * and ** operands.
def check(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
        print("no error")
    except TypeError as e:
        print(e)

def zero(): pass
def one(a): pass
def two(a, b): pass
def dflt(a, b=1): pass
def dflt2(a, b=1, c=2): pass
def kwo(a, *, k=1): pass
def kwo_req(a, *, k): pass
def po(a, b, /): pass
def po_kw(a, /, **kw): return kw
def star(*args): pass
def starkw(**kw): pass

check(zero, 1)
check(zero, 1, 2)
check(one, 1, 2)
check(two, 1, 2, 3)
check(dflt, 1, 2, 3)
check(dflt2, 1, 2, 3, 4)
check(kwo, 1, 2)
check(kwo, 1, 2, k=3)
check(kwo_req, 1, 2, k=3)
check(kwo_req, 1, 2, 3)
check(zero, x=1)
check(one, 1, z=2)
check(one, a=1, z=2)
check(two, 1, 2, a=3)
check(two, 1, a=3)
check(po, a=1, b=2)
check(po, 1, b=2)
check(po, 1, 2, a=3)
print(po_kw(1, a=2))
check(star, a=1)
check(starkw, 1)

class K:
    def m(self, x): pass
check(K().m, 1, 2)
check(K().m, 1, y=2)
check(K.m, K(), x=1, y=2)

def takes(*a, **k):
    return a, k

try:
    takes(*5)
except TypeError as e:
    print(e)
try:
    takes(**5)
except TypeError as e:
    print(e)
try:
    takes(**{1: 2})
except TypeError as e:
    print(e)
try:
    takes(a=1, **{"a": 2})
except TypeError as e:
    print(e)
try:
    takes(**{"b": 1}, **{"b": 2})
except TypeError as e:
    print(e)
try:
    one(*None)
except TypeError as e:
    print(e)
print(takes(*"ab", *[1], **{"x": 1}, y=2))

class Mapping:
    def keys(self):
        return ["m", "n"]
    def __getitem__(self, k):
        return k.upper()
print(takes(**Mapping()))

try:
    (5)()
except TypeError as e:
    print(e)
try:
    "str"()
except TypeError as e:
    print(e)
