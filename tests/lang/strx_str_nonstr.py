# str() and friends when __str__ / __repr__ / __format__ misbehave
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

class StrInt:
    def __str__(self):
        return 42
class StrBytes:
    def __str__(self):
        return b"bytes"
class StrNone:
    def __str__(self):
        return None
class ReprList:
    def __repr__(self):
        return ["x"]
class StrSub(str):
    pass
class StrReturnsSub:
    def __str__(self):
        return StrSub("sub!")
class ReprRaises:
    def __repr__(self):
        raise KeyError("inside repr")
class OnlyRepr:
    def __repr__(self):
        return "only-repr"
t(lambda: str(StrInt()))
t(lambda: str(StrBytes()))
t(lambda: str(StrNone()))
t(lambda: repr(ReprList()))
t(lambda: str(ReprList()))
t(lambda: "%s" % StrInt())
t(lambda: "{}".format(StrNone()))
t(lambda: f"{StrBytes()}")
t(lambda: f"{ReprList()!r}")
t(lambda: print(StrInt()))
t(lambda: repr([ReprList()]))
t(lambda: str(StrReturnsSub()))
t(lambda: type(str(StrReturnsSub())).__name__)
t(lambda: repr(ReprRaises()))
t(lambda: str(ReprRaises()))
t(lambda: str(OnlyRepr()))
t(lambda: "%r|%s" % (OnlyRepr(), OnlyRepr()))
t(lambda: ascii(ReprList()))
t(lambda: "x".join([StrInt()]))
t(lambda: "x" + StrInt())
