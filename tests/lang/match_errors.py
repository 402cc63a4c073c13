# match: run-time errors of class and mapping patterns, CPython's messages.
class NoArgs:
    pass
class BadArgs:
    __match_args__ = ["x"]
    x = 1
class Short:
    __match_args__ = ("a",)
    a = 1
    b = 2
class NotStr:
    __match_args__ = (1,)
class Missing:
    __match_args__ = ("nope",)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def m1():
    match NoArgs():
        case NoArgs(1):
            return "matched"
def m2():
    match BadArgs():
        case BadArgs(1):
            return "matched"
def m3():
    match Short():
        case Short(1, 2):
            return "matched"
def m4():
    match Short():
        case Short(1, a=1):
            return "matched"
def m5():
    match 5:
        case int(5, 6):
            return "matched"
def m6():
    not_a_type = 3
    match 5:
        case not_a_type():
            return "matched"
def m7():
    match NotStr():
        case NotStr(1):
            return "matched"
def m8():
    match Missing():
        case Missing(1):
            return "matched"
    return "no match (missing attribute)"
def m9():
    match Short():
        case Short(zz=1):
            return "matched"
    return "no match (missing kw attribute)"
def m10():
    match 3:
        case bool(1):
            return "matched"
    return "no match"
class Raising:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise KeyError("boom")
def m11():
    match Raising():
        case Raising(1):
            return "matched"
for i, f in enumerate([m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11], 1):
    attempt(f"m{i}", f)

class BadGet(dict):
    def get(self, key, default=None):
        raise RuntimeError("no get")
def m12():
    match BadGet(a=1):
        case {"a": 1}:
            return "matched"
attempt("m12", m12)
def m13(key):
    match {"a": 1, "b": 2}:
        case {"a": 1, key.k: 2}:
            return "matched"
class K:
    k = "a"
attempt("m13", lambda: m13(K))
