# marshal.dumps / marshal.loads round trips of every kind of value the
# format holds (tests src/vm/marshal.c through src/modules/marshalmodule.c).
# The bytes differ from CPython's, so only round-tripped values are printed.
import marshal

def rt(v):
    return marshal.loads(marshal.dumps(v))

def show(v):
    r = rt(v)
    print(type(r).__name__, repr(r), r == v or (r != r and v != v))

for v in [None, True, False, ..., 0, 1, -1, 255, -256, 2**31, -2**31 - 1, 2**62 - 1, -2**62,
          2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**50, -10**50, 2**1000 + 1]:
    show(v)
for v in [0.0, -0.0, 1.5, -2.25, 1e300, -1e-300, 5e-324, float('inf'), float('-inf'),
          0.1 + 0.2, 3.141592653589793]:
    show(v)
print(repr(rt(float('nan'))))
for v in [0j, 1j, -2.5j, 1 + 2j, complex(float('inf'), -0.0)]:
    show(v)
for v in ['', 'a', 'abc' * 100, 'héllo wörld', '日本語', '\U0001f600 emoji', '\x00nul\x00',
          '\ud800 lone surrogate', 'tab\tnew\nline']:
    show(v)
for v in [b'', b'\x00\x01\xff', bytes(range(256)), b'x' * 1000]:
    show(v)
print(repr(rt(bytearray(b'from a bytearray'))), repr(rt(memoryview(b'from a view'))))
for v in [(), (1,), (1, 'a', None), ((), ((),), (((),),)), [], [1, [2, [3]]], ('s', ['t', ('u',)])]:
    show(v)
for v in [set(), {1, 2, 3}, frozenset(), frozenset({-1, 10**30}), {(1, 2), (3, 4)}]:
    show(v)
r = rt({'b', 'a', 'c'})
print(type(r).__name__, sorted(r))
r = rt(frozenset({'x', 'y'}))
print(type(r).__name__, sorted(r))
for v in [{}, {'a': 1}, {1: 'one', 2.5: [2], (3,): {4: 5}, None: None, 'nested': {'k': {'k': ()}}}]:
    show(v)

# repeated strings come back equal, and a list is a new list
s = 'repeated string'
t = rt((s, s, [s, s]))
print(t, t[0] == t[2][1], t[0] is t[1])
l = [1, 2]
print(rt(l) == l, rt(l) is l)

# the version argument is accepted; bytes after the data are ignored
print(rt(7), marshal.loads(marshal.dumps(7, 2)), marshal.loads(marshal.dumps('x', 0) + b'junk'))
print(marshal.loads(bytearray(marshal.dumps((1, 2)))), marshal.loads(memoryview(marshal.dumps([3]))))
print(marshal.version)

# deep but allowed nesting
t = ()
for i in range(100):
    t = (t, i)
print(rt(t) == t)
