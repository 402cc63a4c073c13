# _md5, _sha1, _sha256 (sha224, sha256): known answers over many lengths
# (block and padding boundaries), incremental updates, copy(), the
# attributes, and the errors of the constructors and methods.
import _md5, _sha1, _sha256

data = bytes((i * 7 + 3) & 255 for i in range(5000))
LENGTHS = [0, 1, 2, 3, 55, 56, 57, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 1000, 4999]
FUNCS = [('md5', _md5.md5), ('sha1', _sha1.sha1), ('sha224', _sha256.sha224), ('sha256', _sha256.sha256)]

for name, f in FUNCS:
    for n in LENGTHS:
        print(name, n, f(data[:n]).hexdigest())
    # the same data in odd-sized pieces, and digests taken midway
    h = f()
    mids = []
    for i in range(0, 5000, 37):
        h.update(data[i:i + 37])
        if i % 999 == 0:
            mids.append(h.hexdigest()[:8])
    print(name, 'pieces', h.hexdigest(), mids)
    print(name, h.digest() == f(data).digest(), len(h.digest()))
    c = h.copy()
    c.update(b'more')
    print(name, 'copy', h.hexdigest()[:16], c.hexdigest()[:16], f(data + b'more').hexdigest()[:16])
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    print(name, f(string=b'abc').hexdigest() == f(b'abc').hexdigest(),
          f(b'abc', usedforsecurity=False).hexdigest() == f(b'abc').hexdigest())
    print(name, f(bytearray(b'xyz')).hexdigest() == f(b'xyz').hexdigest(),
          f(memoryview(b'-xyz-')[1:4]).hexdigest() == f(b'xyz').hexdigest())
    print(name, f(b'a' * 1000000).hexdigest())

print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type)
print(type(_md5.md5()) is _md5.MD5Type, type(_sha256.sha224()) is _sha256.SHA224Type)
print(sorted(k for k in dir(_md5) if not k.startswith('__')))
print(sorted(k for k in dir(_sha1) if not k.startswith('__')))
print(sorted(k for k in dir(_sha256) if not k.startswith('__')))
print(sorted(k for k in dir(_md5.md5()) if not k.startswith('__')))

def t(fn):
    try:
        r = fn()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class Bad:
    def __bool__(self):
        raise ZeroDivisionError('bool')

released = memoryview(b'ab')
released.release()
for name, f in FUNCS:
    t(lambda: f('abc'))
    t(lambda: f(1))
    t(lambda: f(None))
    t(lambda: f(b'a', b'b'))
    t(lambda: f(data=b'a'))
    t(lambda: f(b'a', string=b'b'))
    t(lambda: f(b'a', usedforsecurity=Bad()))
    t(lambda: f('a', usedforsecurity=Bad()))
    t(lambda: f(memoryview(b'abcd')[::2]))
    t(lambda: f(released))
    t(lambda: f().update())
    t(lambda: f().update('a'))
    t(lambda: f().update(3))
    t(lambda: f().update(b'a', b'b'))
    t(lambda: f().update(data=b'a'))
    t(lambda: f().update(memoryview(b'abcd')[::2]))
    t(lambda: f().update(released))
    t(lambda: f().digest(1))
    t(lambda: f().hexdigest(1))
    t(lambda: f().copy(1))
    t(lambda: type(f())())
    t(lambda: f().x)
    try:
        class X(type(f())):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
