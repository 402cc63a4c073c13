# _sha3: sha3_224/256/384/512 and shake_128/256 (digest(length),
# hexdigest(length)), known answers at rate boundaries, incremental
# updates, copy(), the attributes and the errors.
import _sha3

data = bytes((i * 7 + 3) & 255 for i in range(3000))
NAMES = ('sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'shake_128', 'shake_256')
for nm in NAMES:
    f = getattr(_sha3, nm)
    shake = nm.startswith('shake')
    for n in [0, 1, 71, 72, 73, 103, 104, 105, 135, 136, 137, 143, 144, 145, 167, 168, 169, 1000, 2999]:
        h = f(data[:n])
        print(nm, n, h.hexdigest(40) if shake else h.hexdigest())
    h = f()
    for i in range(0, 3000, 61):
        h.update(data[i:i + 61])
    c = h.copy()
    c.update(b'!')
    if shake:
        for L in (0, 1, 135, 136, 137, 168, 169, 400):
            print(nm, L, h.digest(L).hex(), h.hexdigest(L) == h.digest(L).hex())
        print(nm, c.hexdigest(20), len(h.digest(100000)), h.digest(20) == f(data).digest(20))
        print(nm, f(b'a' * 1000000).hexdigest(32))
    else:
        print(nm, 'pieces', h.hexdigest(), c.hexdigest()[:16], h.digest() == f(data).digest())
        print(nm, f(b'a' * 1000000).hexdigest())
    print(h.name, h.digest_size, h.block_size, h._capacity_bits, h._rate_bits, h._suffix,
          type(h).__name__, type(h).__module__, f.__name__)
    print(f(b'abc', usedforsecurity=False).digest(8) if shake else f(b'abc', usedforsecurity=False).digest()[:8],
          f(bytearray(b'abc')).copy().name)
print(_sha3.implementation, _sha3.keccakopt)
print(sorted(k for k in dir(_sha3) if not k.startswith('__')))
print(sorted(k for k in dir(_sha3.shake_128()) if not k.startswith('__')))

def t(fn):
    try:
        r = fn()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 3

class Bad:
    def __bool__(self):
        raise ZeroDivisionError('bool')

released = memoryview(b'ab')
released.release()
for nm in ('sha3_224', 'shake_256'):
    f = getattr(_sha3, nm)
    t(lambda: f('a'))
    t(lambda: f(1))
    t(lambda: f(None))
    t(lambda: f(data=b'a'))
    t(lambda: f(string=b'a'))
    t(lambda: f(b'a', b'b'))
    t(lambda: f(b'', usedforsecurity=Bad()))
    t(lambda: f('a', usedforsecurity=Bad()))
    t(lambda: f(memoryview(b'abcd')[::2]))
    t(lambda: f(released))
    t(lambda: f().update('a'))
    t(lambda: f().update(2))
    t(lambda: f().update())
    t(lambda: f().copy(1))
    t(lambda: type(f()).__name__)
    try:
        class X(f):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
t(lambda: _sha3.sha3_224().digest(1))
t(lambda: _sha3.sha3_224().hexdigest(1))
sh = _sha3.shake_128(b'x')
t(lambda: sh.digest())
t(lambda: sh.hexdigest())
t(lambda: sh.digest(-1))
t(lambda: sh.digest(2**64))
t(lambda: sh.digest(2**29))
t(lambda: sh.digest(2**31))
t(lambda: sh.hexdigest(2**29))
t(lambda: sh.digest(0))
t(lambda: sh.hexdigest(0))
t(lambda: sh.digest('a'))
t(lambda: sh.digest(1.0))
t(lambda: sh.digest(I()))
t(lambda: sh.digest(None))
t(lambda: sh.digest(length=3))
t(lambda: sh.hexdigest(length=3))
t(lambda: sh.hexdigest(True))
t(lambda: sh.hexdigest(-5))
t(lambda: sh.hexdigest(2**70))
t(lambda: sh.hexdigest(-2**70))
t(lambda: sh.digest(2, 3))
