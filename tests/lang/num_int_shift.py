# << and >> on small, negative and huge ints; shift counts given as bools,
# huge counts, negative counts and wrong types.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0, 1, -1, 5, -5, 255, -256, 2**62 - 1, -2**62, 2**63 - 1, -2**63, 2**64 + 3, -(2**64) - 3, 3**90, -(3**90)]
for v in vals:
    print(v, [v << s for s in (0, 1, 7, 61, 62, 63, 64, 100)])
    print(v, [v >> s for s in (0, 1, 7, 61, 62, 63, 64, 100, 1000)])
# right shift of negatives rounds toward minus infinity
for v in [-1, -2, -3, -7, -8, -9, -(2**64) + 1, -(2**64), -(2**64) - 1]:
    print(v, v >> 1, v >> 3, v >> 64, v // 2, v // 8)
# huge shift counts
print(0 << (10**30), 5 >> (10**30), -5 >> (10**30), 0 >> (10**30), (2**200) >> (2**70), -(2**200) >> (2**70))
show("1 << 2**70", lambda: 1 << (2**70))
show("-1 << 2**70", lambda: -1 << (2**70))
show("1 << -1", lambda: 1 << -1)
show("1 >> -1", lambda: 1 >> -1)
show("big << -big", lambda: (2**100) << -(2**100))
show("0 << -1", lambda: 0 << -1)
show("1 << 1.0", lambda: 1 << 1.0)
show("1.0 << 1", lambda: 1.0 << 1)
show("1 >> '1'", lambda: 1 >> "1")
show("None >> 1", lambda: None >> 1)
print(1 << True, True << 3, True >> 1, False << 100, type(True << 1).__name__)
# in place
x = 1
for i in range(10):
    x <<= 13
print(x, x.bit_length())
for i in range(10):
    x >>= 13
print(x)
x = -(10**40)
x >>= 3
print(x)
# the shift result grows past a machine word
print((2**62) << 1, (-(2**62)) << 1, (2**62 - 1) << 2, 1 << 62, 1 << 63, -1 << 63, -1 << 64)
print(((1 << 200) - 1) >> 199, ((1 << 200) + 1) >> 200, (-(1 << 200) - 1) >> 200, (-(1 << 200)) >> 200)
