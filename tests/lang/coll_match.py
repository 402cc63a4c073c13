# match sequence/mapping patterns on collections.abc classes: __abc_tpflags__, register(), inheritance through the MRO
import collections.abc as c
class S(c.Sequence):
    def __getitem__(self, i): return [1, 2][i]
    def __len__(self): return 2
class Mixin: pass
class S2(Mixin, S): pass
class X:
    def __getitem__(self, i): return [3, 4][i]
    def __len__(self): return 2
class XSub(X): pass
c.Sequence.register(X)
class M(c.Mapping):
    def __getitem__(self, k):
        if k == 'k': return 'v'
        raise KeyError(k)
    def __len__(self): return 1
    def __iter__(self): return iter(['k'])
class LM(list): pass
class LMSub(LM): pass
c.Mapping.register(LM)
print(issubclass(LMSub, c.Mapping), isinstance(LM(), c.Mapping))
for obj in (S(), S2(), X(), XSub(), M(), [5, 6], {'k': 1}, 'ab', b'xy', bytearray(b'z'), range(2)):
    match obj:
        case {'k': v}: print(type(obj).__name__, 'mapping', v)
        case [a, b]: print(type(obj).__name__, 'seq', a, b)
        case _: print(type(obj).__name__, 'neither')
print('__abc_tpflags__' in c.Sequence.__dict__, '__abc_tpflags__' in c.Mapping.__dict__)
class Both(c.Mapping, list):
    def __getitem__(self, k): return 1
    def __len__(self): return 0
    def __iter__(self): return iter(())
match Both():
    case [*_]: print('Both seq')
    case {}: print('Both mapping')
for o in (LM([1]), LMSub([1, 2])):
    match o:
        case [a]: print('LM one', a)
        case [a, b]: print('LM two', a, b)
        case _: print(type(o).__name__, 'no sequence match')
