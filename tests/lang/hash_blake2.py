# _blake2: blake2b and blake2s, with every parameter (digest_size, key,
# salt, person, fanout, depth, leaf_size, node_offset, node_depth,
# inner_size, last_node), known answers at block boundaries, and the
# checks and messages of each parameter in CPython's order.
import _blake2

data = bytes((i * 7 + 3) & 255 for i in range(3000))
B, S = _blake2.blake2b, _blake2.blake2s
for f in (B, S):
    for n in [0, 1, 63, 64, 65, 127, 128, 129, 255, 256, 257, 1000, 2999]:
        print(f.__name__, n, f(data[:n]).hexdigest())
    for kw in [dict(digest_size=1), dict(digest_size=20), dict(key=b'k'), dict(key=b'K' * 32),
               dict(salt=b'salt'), dict(person=b'me'), dict(fanout=0), dict(depth=255),
               dict(leaf_size=2**32 - 1), dict(node_offset=2**48 - 1), dict(node_depth=7),
               dict(inner_size=32), dict(last_node=True),
               dict(key=bytearray(b'x'), salt=b's' * 8, person=memoryview(b'p' * 8), digest_size=17, last_node=True)]:
        for n in (0, 64, 129, 3000):
            h = f(data[:n], **kw)
            print(f.__name__, sorted(kw), n, h.hexdigest(), h.digest_size)
    h = f(key=b'abc')
    for i in range(0, 3000, 61):
        h.update(data[i:i + 61])
    c = h.copy()
    c.update(b'!')
    print(f.__name__, 'pieces', h.hexdigest(), c.hexdigest()[:16], h.digest() == f(data, key=b'abc').digest())
    print(f.__name__, h.name, h.digest_size, h.block_size, type(h).__name__, type(h).__module__)
    print(f.MAX_DIGEST_SIZE, f.MAX_KEY_SIZE, f.SALT_SIZE, f.PERSON_SIZE)
    print(f(b'a' * 1000000).hexdigest())
print(B(b'', node_offset=2**64 - 1).hexdigest()[:16], B(b'', digest_size=True).hexdigest())
print(sorted(k for k in dir(_blake2) if not k.startswith('__')))
print(_blake2.BLAKE2B_MAX_DIGEST_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE, _blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE)
print(sorted(k for k in dir(B()) if not k.startswith('__')))

def t(fn):
    try:
        r = fn()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 7

class Bad:
    def __bool__(self):
        raise ZeroDivisionError('bool')

released = memoryview(b'ab')
released.release()
t(lambda: B('a'))
t(lambda: B(1))
t(lambda: B(None))
t(lambda: B(data=b'a'))
t(lambda: B(string=b'a'))
t(lambda: B(b'', b''))
t(lambda: B(b'', bogus=0))
t(lambda: B(memoryview(b'abcd')[::2]))
t(lambda: B(b'', digest_size=I()).digest_size)
t(lambda: B(b'', fanout=I()).hexdigest()[:16])
t(lambda: B(b'', leaf_size=I()))
t(lambda: B(b'', last_node=Bad()))
t(lambda: B(b'', usedforsecurity=Bad()))
t(lambda: B('a', usedforsecurity=Bad()))
t(lambda: B().update('a'))
t(lambda: B().update(1))
t(lambda: B().update(released))
t(lambda: B().digest(1))
t(lambda: B().copy(1))
t(lambda: B().__init__(b'x'))
t(lambda: B(digest_size=9).copy().digest_size)
for f in (B, S):
    for kw in [dict(digest_size=0), dict(digest_size=65), dict(digest_size=33), dict(digest_size=-1),
               dict(digest_size=2**70), dict(digest_size=-2**70), dict(digest_size='a'), dict(digest_size=1.0),
               dict(digest_size=None), dict(key=b'x' * 65), dict(key=b'x' * 33), dict(key='x'), dict(key=1),
               dict(key=None), dict(key=memoryview(b'ab')[::2]), dict(key=released),
               dict(salt=b'x' * 17), dict(salt=b'x' * 9), dict(person=b'x' * 17), dict(person=b'x' * 9),
               dict(salt='ab'), dict(person=3),
               dict(fanout=-1), dict(fanout=256), dict(fanout=2**64), dict(fanout='a'), dict(fanout=1.5),
               dict(depth=0), dict(depth=256), dict(depth=True),
               dict(leaf_size=-1), dict(leaf_size=2**32), dict(leaf_size=2**64), dict(leaf_size=-2**70),
               dict(leaf_size=1.5), dict(leaf_size='a'), dict(leaf_size=True),
               dict(node_offset=-1), dict(node_offset=2**64), dict(node_offset=2**48),
               dict(node_offset=2**100), dict(node_offset=-2**70), dict(node_offset=1.5), dict(node_offset='a'),
               dict(node_depth=-1), dict(node_depth=256), dict(node_depth=255),
               dict(inner_size=-1), dict(inner_size=65), dict(inner_size=33),
               dict(last_node=1), dict(last_node=''), dict(usedforsecurity=0),
               dict(key=b'x' * 100, salt=b'y' * 100), dict(key=b'x' * 100, person=b'y' * 100),
               dict(key=b'x' * 100, inner_size=100), dict(key=b'x' * 100, digest_size=100),
               dict(salt=b'x' * 100, person=b'y' * 100), dict(salt=b'x' * 100, digest_size=100),
               dict(salt=b'x' * 100, fanout=-1), dict(leaf_size=2**40, fanout=-1),
               dict(leaf_size=2**40, node_depth=-1), dict(node_offset=2**50, leaf_size=2**40),
               dict(node_offset=2**50, node_depth=-1), dict(node_depth=-1, inner_size=-1),
               dict(digest_size='a', key='b'), dict(key='b', digest_size='a'), dict(fanout='a', key='b'),
               dict(fanout='a', leaf_size='b'), dict(node_offset='a', leaf_size=-1),
               dict(digest_size=100, fanout='a')]:
        shown = {k: (v if not isinstance(v, memoryview) else 'mv') for k, v in kw.items()}
        try:
            print(f.__name__, shown, 'ok', f(b'x', **kw).hexdigest())
        except Exception as e:
            print(f.__name__, shown, type(e).__name__, e)
    t(lambda: f('abc', digest_size=100))
    t(lambda: f(1, digest_size=100))
    try:
        class X(f):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
