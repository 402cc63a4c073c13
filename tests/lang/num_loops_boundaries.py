# the same arithmetic repeated in loops, so specialised int/float paths get
# warm, with operands crossing the small-int (62-bit) and machine-word
# boundaries and changing type between iterations.
OPS = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b if b else "z",
       lambda a, b: a % b if b else "z", lambda a, b: a < b, lambda a, b: a == b, lambda a, b: a & b,
       lambda a, b: a | b, lambda a, b: a ^ b, lambda a, b: a << (b & 63) if isinstance(b, int) else "-",
       lambda a, b: a >> (b & 63) if isinstance(b, int) else "-", lambda a, b: a / b if b else "z", lambda a, b: -a]
def run(vals):
    out = []
    for a in vals:
        for b in vals:
            for f in OPS:
                try:
                    out.append(f(a, b))
                except TypeError as e:
                    out.append(type(e).__name__)
    return out
B = 2**62
ints = [0, 1, -1, B - 1, -B, B, -B - 1, 2**63 - 1, -(2**63), 3037000499, 3037000500, -3037000500, 2**32]
first = run(ints)
for i in range(3):
    assert run(ints) == first
print(first)
mixed = [1, 1.5, True, -B, 2**64, -0.0, False, 7]
first = run(mixed)
for i in range(3):
    assert run(mixed) == first
print(first)
x = 1
for i in range(100):
    x = x * 3 + i
print(x)
y = -1
for i in range(70):
    y = y * 2
print(y, y // 3, y % 7)
z = B - 5
for i in range(10):
    z += 1
print(z, type(z).__name__)
w = -B + 5
for i in range(10):
    w -= 1
print(w)
s = 0.0
for i in range(1000):
    s += i * 0.001
print(repr(s))
acc = 0
for i in range(-50, 50):
    acc += (i * 2**61) // 3 - (i << 60) % 7
print(acc)
t = 1
for i in range(64):
    t = -t * 2 if i % 3 else t * 2 - 1
print(t)
tot = 0
for _ in range(5):
    for v in [1, 2.0, 3, 4.5, True, 2**70, -0.5]:
        tot = tot + v
        tot = tot - v * 0.5 if isinstance(v, float) else tot
print(repr(tot))
k = 0
while k < B + 3:
    k = k * 2 + 1 if k < B // 4 else k + B // 2
print(k)
