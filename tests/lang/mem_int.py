# Integer operations whose result no memory can hold fail at once instead
# of running the machine out of memory (or, with GMP, aborting): shifts,
# to_bytes; and the related limits CPython enforces on ints.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if isinstance(r, float) or (isinstance(r, int) and r.bit_length() < 64)
              else type(r).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt('1 << 10**12', lambda: 1 << 10**12)
attempt('1 << 2**63', lambda: 1 << 2**63)
attempt('1 << 2**100', lambda: 1 << 2**100)
attempt('-1 << 10**13', lambda: -1 << 10**13)
attempt('12345 << 2**43', lambda: 12345 << 2**43)
attempt('0 << 10**100', lambda: 0 << 10**100)
attempt('1 >> 10**100', lambda: 1 >> 10**100)
attempt('-1 >> 10**100', lambda: -1 >> 10**100)
attempt('1 << 10**6', lambda: (1 << 10**6).bit_length())
attempt('(1).to_bytes(2**62)', lambda: (1).to_bytes(2**62, 'big'))
attempt('(1).to_bytes(10**13)', lambda: (1).to_bytes(10**13, 'little'))
attempt('(1).to_bytes(2**63)', lambda: (1).to_bytes(2**63, 'big'))
attempt('(256).to_bytes(1)', lambda: (256).to_bytes(1, 'big'))
attempt('0 ** 10**100', lambda: 0 ** 10**100)
attempt('1 ** 10**100', lambda: 1 ** 10**100)
attempt('(-1) ** (10**100 + 1)', lambda: (-1) ** (10**100 + 1))
attempt('2 ** -10**12', lambda: 2 ** -10**12)
attempt('2.0 ** 10**13', lambda: 2.0 ** 10**13)
attempt('pow(3, 10**100, 7)', lambda: pow(3, 10**100, 7))
attempt("int('9' * 5000)", lambda: int('9' * 5000))
attempt('str(10**5000)', lambda: str(10**5000))
attempt('(10**5000).bit_length()', lambda: (10**5000).bit_length())
print('still computing:', 2**100, (1 << 200) >> 190, 3 ** 40)
