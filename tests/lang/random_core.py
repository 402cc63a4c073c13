# _random: the Mersenne Twister with CPython's seeding, state and errors
import _random
R = _random.Random

def t(label, f, *a, **k):
    try:
        print(label, '->', repr(f(*a, **k))[:300])
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**32 + 1, 2**64 + 12345, 10**100, -(3**200), True, 1.5, -2.5, 0.0, 'abc', b'xy', (1, 2), None.__class__]:
    if isinstance(seed, (str, bytes, type)):
        continue    # hash-randomised / id-dependent seeds
    r = R(seed)
    print(repr(seed)[:30], [r.random() for _ in range(3)], r.getrandbits(7), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))

r = R(12345)
print([r.getrandbits(k) for k in (0, 1, 2, 31, 32, 63, 64, 65, 127, 128, 129, 1000)])
print(sum(r.random() for _ in range(5000)))   # goes through many state refills
r.seed(5)
s = r.getstate()
print(type(s).__name__, len(s), s[:4], s[-1])
a = [r.random() for _ in range(700)]
r.setstate(s)
print(a == [r.random() for _ in range(700)])
r.seed(5)
print(r.getstate() == s)
st = list(s); st[-1] = 624
r.setstate(tuple(st)); print(r.random())
st[0] = 2**33 + 7
r.setstate(tuple(st)); print(r.getstate()[0], r.random())
r.seed(); r.seed(None)
print(0 <= r.random() < 1, R().random() != R().random())

class Sub(R):
    def __init__(self, a, b=2, **kw):
        self.x = a + b
        self.seed(a)
s = Sub(1, b=5)
print(s.x, s.random(), R(1).random())
class Sub2(R):
    def seed(self, a=None):
        self.seeded = a
        super().seed(a)
s2 = Sub2(3)
print(getattr(s2, 'seeded', 'no seed call'), s2.random() == R(3).random())
s2.seed(9); print(s2.seeded, s2.random() == R(9).random())
class Sub3(R): pass
t('Sub3(x=1)', Sub3, x=1)
print(Sub3(8).random() == R(8).random(), isinstance(Sub3(), R))

print(R.__name__, R.__module__, R.__qualname__, type(R()).__name__)
print(sorted(n for n in dir(R) if not n.startswith('__')))

t('R(1,2)', R, 1, 2)
t('R(x=1)', R, x=1)
t('seed(1,2)', r.seed, 1, 2)
t('seed([])', r.seed, [])
t('setstate str', r.setstate, 'x')
t('setstate small', r.setstate, (1, 2))
t('setstate list', r.setstate, [0] * 625)
t('setstate a', r.setstate, ('a',) * 625)
t('setstate neg', r.setstate, (-1,) * 625)
t('setstate big', r.setstate, (2**64,) * 625)
t('setstate idx', r.setstate, (1,) * 624 + (625,))
t('setstate idx-1', r.setstate, (1,) * 624 + (-1,))
t('setstate idx f', r.setstate, (1,) * 624 + (1.5,))
t('getrandbits(-1)', r.getrandbits, -1)
t('getrandbits(1.5)', r.getrandbits, 1.5)
t('getrandbits(2**40)', r.getrandbits, 2**40)
t('getrandbits(-2**40)', r.getrandbits, -2**40)
t('new ignores args', lambda: 0 <= R.__new__(R, 1, 2, x=3).random() < 1)
r.seed(0)
print(r.getstate()[:3], r.getstate()[-1], r.getrandbits(0), r.getrandbits(5), r.getrandbits(100))
