# int() warns (DeprecationWarning) when it delegates to __trunc__ and when
# __int__ / __index__ return a strict int subclass; the result is an exact int
import warnings

class JustTrunc:
    def __trunc__(self): return 42
class BadIndex:
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class TruncBadInt:
    def __trunc__(self): return 3.5
class TruncSub:
    def __trunc__(self): return True
class Sub(int): pass

for x in (JustTrunc(), BadIndex(), BadInt(), TruncBadInt(), TruncSub()):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            n = int(x)
            print(type(n).__name__, n)
        except TypeError as e:
            print(type(e).__name__, e)
        for m in w:
            print(' ', m.category.__name__, m.message)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    n = Sub(TruncSub()); print(type(n).__name__, n, [str(m.message) for m in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        int(JustTrunc())
    except DeprecationWarning as e:
        print(type(e).__name__, e)
