# Repeating a sequence to an impossible size fails at once, never after
# growing: MemoryError when the length fits a Py_ssize_t (the allocation
# is refused), OverflowError when even the length does not fit, and
# OverflowError for a count that is no index at all. The operand is
# unchanged afterwards.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt("'x' * (2**63 - 1)", lambda: 'x' * (2**63 - 1))
attempt("'ab' * (2**62)", lambda: 'ab' * (2**62))
attempt("'ab' * (2**62 - 1)", lambda: 'ab' * (2**62 - 1))
attempt("'é' * 2**62", lambda: 'é' * 2**62)
attempt("' ' * 2**40", lambda: ' ' * 2**40)
attempt("'x' * 2**63", lambda: 'x' * 2**63)
attempt("'x' * -2**63", lambda: 'x' * -2**63)
attempt("'x' * -2**70", lambda: 'x' * -2**70)
attempt("b'x' * 2**62", lambda: b'x' * 2**62)
attempt("b'ab' * 2**62", lambda: b'ab' * 2**62)
attempt("bytes(range(256)) * 2**56", lambda: bytes(range(256)) * 2**56)
attempt("bytearray(b'x') * 2**62", lambda: bytearray(b'x') * 2**62)
attempt("[None] * 2**62", lambda: [None] * 2**62)
attempt("[0] * 10**12", lambda: [0] * 10**12)
attempt("[1, 2] * 2**62", lambda: [1, 2] * 2**62)
attempt("[1] * (2**63 - 1)", lambda: [1] * (2**63 - 1))
attempt("[1] * 2**63", lambda: [1] * 2**63)
attempt("(1,) * 10**12", lambda: (1,) * 10**12)
attempt("(1, 2) * 2**62", lambda: (1, 2) * 2**62)
attempt("2**62 * 'x'", lambda: 2**62 * 'x')
attempt("True * 'x'", lambda: True * 'x')

class Idx:
    def __index__(self):
        return 2**62
attempt("'x' * Idx()", lambda: 'x' * Idx())
attempt("[0] * Idx()", lambda: [0] * Idx())

s, b, l, ba = 'ab', b'ab', [1, 2], bytearray(b'ab')
for label, f in [('str *=', lambda: s.__mul__(2**62)), ('list *=', lambda: l.__imul__(2**62)),
                 ('bytearray *=', lambda: ba.__imul__(2**62)), ('list *= 10**12', lambda: l.__imul__(10**12)),
                 ('bytearray *= 10**13', lambda: ba.__imul__(10**13))]:
    attempt(label, f)
print(s, b, l, ba)
x = [1, 2]
try:
    x *= 2**61
except MemoryError:
    print('list *= MemoryError; list intact:', x)
print('small repeats still work:', 'ab' * 3, [0] * 3, (1,) * 2, b'x' * 2, len(' ' * 10**6))
