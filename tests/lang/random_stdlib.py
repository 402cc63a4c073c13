# random.py over _random, _sha512 and math: CPython's exact numbers
import random

def t(label, f, *a, **k):
    try:
        print(label, '->', repr(f(*a, **k)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.randrange(10, 1000, 7))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(['a', 'b', 'c'], 3, counts=[1, 2, 3]))
print(random.gauss(0, 1), random.gauss(5, 2), random.uniform(1, 5), random.triangular(0, 10, 3))
print(random.normalvariate(0, 1), random.lognormvariate(0, 1), random.expovariate(1.5))
print(random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(3, 2))
print(random.vonmisesvariate(1, 2), random.vonmisesvariate(0, 1e-7), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=5), random.choices(range(4), cum_weights=[1, 2, 3, 10], k=4))
print(random.getrandbits(70), random.randbytes(10), random.randrange(10**30), random.randint(-10**20, 10**20))

for seed in ['hello', b'hello', bytearray(b'hello'), '', 'ünïcode', 3.75, -17, 2**100]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(16))
random.seed('hello', version=1); print(random.random())
random.seed(b'hello', version=1); print(random.random())

r = random.Random(123)
st = r.getstate()
print(st[0], len(st[1]), st[2], [r.random() for _ in range(3)])
r.gauss(0, 1)
st = r.getstate()
a = [r.gauss(0, 1) for _ in range(3)]
r.setstate(st)
print(a == [r.gauss(0, 1) for _ in range(3)], st[2] is not None)

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.choice('abcde'), m.randrange(100), m.uniform(0, 10))

t('randrange(0)', random.randrange, 0)
t('randrange(5,1)', random.randrange, 5, 1)
t('choice([])', random.choice, [])
t('sample big', random.sample, range(3), 5)
t('sample set', random.sample, {1, 2}, 1)
t('seed list', random.seed, [1, 2])
t('setstate bad', random.setstate, (9, (), None))
t('choices weights', random.choices, 'ab', weights=[1], k=2)
t('getrandbits(-1)', random.getrandbits, -1)
print(type(random.SystemRandom().random()).__name__, 0 <= random.SystemRandom().random() < 1)
