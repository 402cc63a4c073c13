# marshal's errors (src/modules/marshalmodule.c, src/vm/marshal.c): what
# cannot be dumped, bad arguments, empty, truncated and corrupt input.
# Taipan's bytes differ from CPython's, so for corrupt input only the
# exception type is printed.
import marshal

def attempt(what, f):
    try:
        r = f()
        print(what, 'ok', repr(r))
    except Exception as e:
        print(what, type(e).__name__, e)

def attempt_type(what, f):
    try:
        r = f()
        print(what, 'ok', repr(r))
    except Exception as e:
        print(what, type(e).__name__)

class C:
    pass

def func():
    pass

for name, v in [('object', object()), ('instance', C()), ('class', C), ('function', func),
                ('builtin', len), ('module', marshal), ('in a list', [1, object()]),
                ('in a dict', {'k': C()}), ('dict key', {C: 1}), ('range', range(3)),
                ('int subclass', type('I', (int,), {})(3)), ('slice', slice(1))]:
    attempt('dumps ' + name, lambda: marshal.dumps(v))

attempt('no args', lambda: marshal.dumps())
attempt('three args', lambda: marshal.dumps(1, 2, 3))
attempt('bad version', lambda: marshal.dumps(1, 'x'))
attempt('keyword', lambda: marshal.dumps(1, version=2))
attempt('loads str', lambda: marshal.loads('text'))
attempt('loads int', lambda: marshal.loads(5))
attempt_type('loads two args', lambda: marshal.loads(b'', 1))
attempt('empty', lambda: marshal.loads(b''))
attempt('empty bytearray', lambda: marshal.loads(bytearray()))
attempt('unknown type code', lambda: marshal.loads(b'\xff'))

# truncated data: every prefix of a dump is an EOFError (CPython's
# messages vary with where the data stops)
for v in [(1, 2, 3), 'abc', 2**70, 1.5, [None, 'x'], {'a': (1,)}, b'bytes']:
    data = marshal.dumps(v)
    kinds = set()
    for cut in range(1, len(data)):
        try:
            marshal.loads(data[:cut])
            kinds.add('loaded')
        except (EOFError, ValueError) as e:
            kinds.add(type(e).__name__)
    print(repr(v), sorted(kinds))

# corrupt input: an EOFError or ValueError (which one depends on the
# format), never a crash
for junk in [b'garbage', b'(((((', b'\x00' * 10, b'\xff' * 10, bytes(range(256)), b'c' + b'\x01' * 50]:
    try:
        marshal.loads(junk)
        print('junk %r loaded' % junk[:8])
    except (EOFError, ValueError) as e:
        print('junk %r refused' % junk[:8])

# nesting deeper than both CPython and Taipan allow
t = ()
for i in range(3000):
    t = (t,)
attempt('deep tuple', lambda: marshal.dumps(t))
l = []
for i in range(3000):
    l = [l]
attempt('deep list', lambda: marshal.dumps(l))
