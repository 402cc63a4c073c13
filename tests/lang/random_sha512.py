# _sha512: SHA-512 / SHA-384 digests (random.py hashes str and bytes seeds with it)
import _sha512

def t(label, f, *a, **k):
    try:
        print(label, '->', repr(f(*a, **k)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

for data in [b'', b'abc', b'a' * 111, b'a' * 112, b'a' * 127, b'a' * 128, b'a' * 129, b'a' * 1000,
             bytes(range(256)) * 5, bytearray(b'xyz'), memoryview(b'hello world')]:
    print(len(data), _sha512.sha512(data).hexdigest(), _sha512.sha384(data).hexdigest())

h = _sha512.sha512()
for i in range(300):
    h.update(bytes([i % 256]) * (i % 17))
print(h.hexdigest())
c = h.copy()
print(c.digest() == h.digest(), h.digest()[:8])
h.update(b'more')
print(c.hexdigest() != h.hexdigest(), h.hexdigest()[:32], c.hexdigest()[:32])
print(h.name, h.digest_size, h.block_size, _sha512.sha384().name, _sha512.sha384().digest_size, len(_sha512.sha384().digest()))
print(type(h).__name__, _sha512.sha512(string=b'abc').hexdigest()[:16], _sha512.sha512(b'x', usedforsecurity=False).hexdigest()[:16])
t('str', _sha512.sha512, 'abc')
t('int', _sha512.sha512, 5)
t('update str', h.update, 'abc')
t('update none', h.update, None)
t('two args', _sha512.sha512, b'a', b'b')
t('bad kw', _sha512.sha512, data=b'a')
