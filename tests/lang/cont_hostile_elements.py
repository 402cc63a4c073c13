# list elements whose __eq__/__lt__/__repr__ raise or recurse: sort,
# index, remove, in, count, ==, repr, min/max all end in the Python
# exception, and the list keeps all its elements
def show(f):
    try:
        print(f())
    except RecursionError:
        print('RecursionError')
    except Exception as e:
        print(type(e).__name__, e)

class Bad:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        raise ValueError('eq %r' % self.v)
    def __lt__(self, other):
        raise ArithmeticError('lt %r' % self.v)
    __hash__ = object.__hash__
    def __repr__(self):
        return 'Bad(%r)' % self.v
lst = [1, Bad(2), 3]
show(lambda: lst.sort())
show(lambda: sorted(lst, reverse=True))
show(lambda: lst.index(3))
show(lambda: lst.index(1))
show(lambda: lst.remove(3))
show(lambda: 3 in lst)
show(lambda: lst.count(1))
show(lambda: lst == [1, 2, 3])
show(lambda: lst < [1, 0])
show(lambda: min(lst))
show(lambda: max(lst))
show(lambda: lst[1] in lst)
print(len(lst), lst)
class Rec:
    def __eq__(self, other):
        return self == other
    def __lt__(self, other):
        return self < other
    __hash__ = object.__hash__
    def __repr__(self):
        return 'Rec'
r = [Rec(), Rec()]
show(lambda: r.sort())
show(lambda: r.index(0))
show(lambda: r.count(r[1]))
show(lambda: r[0] in r)
show(lambda: r == [Rec(), Rec()])
show(lambda: min(r))
print(len(r))
class ReprRaise:
    def __repr__(self):
        raise KeyError('repr')
class ReprRec:
    def __repr__(self):
        return repr(self)
class ReprNotStr:
    def __repr__(self):
        return b'bytes'
class StrRaise:
    def __str__(self):
        raise IndexError('str')
    def __repr__(self):
        return 'StrRaise'
for obj in [ReprRaise(), ReprRec(), ReprNotStr(), StrRaise()]:
    show(lambda: repr([obj]))
    show(lambda: str((obj,)))
    show(lambda: repr({'k': obj}))
    show(lambda: repr({obj: 1}) if obj.__class__.__hash__ else 'x')
    show(lambda: repr({obj}))
    show(lambda: str(obj))
show(lambda: '%s' % [StrRaise()])
show(lambda: '{}'.format([StrRaise()]))
show(lambda: f'{[StrRaise()]}')
# __eq__ returning NotImplemented everywhere falls back to identity
class NI:
    def __eq__(self, other):
        return NotImplemented
    __hash__ = object.__hash__
n1, n2 = NI(), NI()
print([n1].index(n1), [n1].count(n2), n2 in [n1], [n1] == [n1], [n1] == [n2])
show(lambda: [n1].remove(n2))
class LtOnlyNI:
    def __lt__(self, other):
        return NotImplemented
show(lambda: sorted([LtOnlyNI(), LtOnlyNI()]))
show(lambda: sorted([LtOnlyNI(), 1]))
