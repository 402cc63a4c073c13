# hashlib over the C hash modules: import is silent, new() and the named
# constructors, the pure-Python pbkdf2_hmac fallback, hmac, file_digest,
# and megabyte inputs for every guaranteed algorithm.
import hashlib, hmac, io, warnings

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
big = bytes(range(256)) * 4096
for name in sorted(hashlib.algorithms_guaranteed):
    shake = name.startswith('shake')
    h = hashlib.new(name, b'abc')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16) if shake else h.hexdigest())
    g = getattr(hashlib, name)(b'abc')
    print(g.digest(16) == h.digest(16) if shake else g.digest() == h.digest())
    h = hashlib.new(name)
    h.update(big)
    h.update(b'tail')
    print(name, 'MB', h.hexdigest(24) if shake else h.hexdigest())
print(hashlib.md5(b'hello').hexdigest(), hashlib.md5(b'x', usedforsecurity=False).hexdigest())
print(hashlib.new('MD5', b'a').hexdigest(), hashlib.new('SHA1', b'a').hexdigest())
print(hashlib.new('blake2b', b'a', digest_size=5).hexdigest())
print(hashlib.new('sha256', data=b'a').hexdigest())
print(hashlib.sha3_256(b'').hexdigest())
print(hashlib.shake_128(b'').hexdigest(10))
try:
    hashlib.new('nosuchhash')
except ValueError as e:
    print(type(e).__name__, e)
try:
    hashlib.sha256('text')
except TypeError as e:
    print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 100).hex())
    print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
    print(hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl', 10, 100).hex())
    print(hashlib.pbkdf2_hmac('md5', b'pw', b'NaCl', 3, dklen=7).hex())
    print(hashlib.pbkdf2_hmac('sha224', bytearray(b'pw'), memoryview(b'NaCl'), 5).hex())
print(hmac.new(b'key', b'msg', 'sha256').hexdigest())
print(hmac.new(b'key', b'msg', hashlib.md5).hexdigest())
print(hmac.new(b'k' * 200, b'msg', 'sha3_256').hexdigest())
print(hmac.new(b'key', b'msg', 'blake2s').hexdigest())
print(hmac.new(b'key', b'msg', 'sha384').hexdigest())
m = hmac.new(b'key', digestmod='sha1')
m.update(b'part1')
m2 = m.copy()
m.update(b'part2')
print(m.hexdigest(), m2.hexdigest(), m.name, m.digest_size, m.block_size)
print(hmac.digest(b'key', b'msg', 'sha1').hex(), hmac.digest(b'key', b'msg', 'sha224').hex())
print(hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
f = io.BytesIO(bytes(range(256)) * 5000)
print(hashlib.file_digest(f, 'sha256').hexdigest())
f.seek(0)
print(hashlib.file_digest(f, hashlib.blake2b).hexdigest())
f.seek(0)
print(hashlib.file_digest(f, lambda: hashlib.sha3_512()).hexdigest())
f.seek(0)
print(hashlib.file_digest(f, 'md5').hexdigest())
