# &, |, ^ and ~ with two's-complement semantics on negative and huge ints.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0, 1, -1, 6, -6, 255, -256, 2**62 - 1, -2**62, 2**63, -2**63 - 1, 2**100 + 12345, -(2**100) - 12345,
        0x5555555555555555555555, -0xAAAAAAAAAAAAAAAAAAAAA]
for a in vals:
    for b in vals:
        x, y, z = a & b, a | b, a ^ b
        assert x + y == a + b
        assert z == y - x
        assert ~a == -a - 1
        print(a, b, x, y, z)
for v in vals:
    print(v, ~v, ~~v, -~v, ~-v)
# masks
n = 3**200
print(n & (2**64 - 1), n & -(2**64), (-n) & (2**64 - 1), (-n) & 0xFF, (-n) | 0xFF, (-n) ^ -1 == n - 1)
print((-1) & (2**300), (-1) | (2**300), (-1) ^ (2**300), (2**300 - 1) & -(2**150))
# bool operands keep bool for &, | and ^ with bools
print(True & True, True | False, True ^ True, False ^ False, type(True & True).__name__)
print(True & 3, 3 | True, True ^ 2, type(True & 3).__name__, ~True, ~False, type(~True).__name__)
show("1 & 1.0", lambda: 1 & 1.0)
show("1.0 | 1", lambda: 1.0 | 1)
show("1 ^ 'a'", lambda: 1 ^ "a")
show("~1.5", lambda: ~1.5)
show("~'a'", lambda: ~"a")
show("[] & 1", lambda: [] & 1)
# in-place
x = 0
for i in range(0, 200, 7):
    x |= 1 << i
print(x, bin(x).count("1"))
x &= ~(1 << 7)
x ^= 1 << 199
print(x, x.bit_count())
