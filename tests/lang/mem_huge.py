# Impossible requests give MemoryError (or OverflowError, as CPython does),
# never a crash; the program goes on afterwards.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r))
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__)

attempt('list * 10**12', lambda: [0] * 10**12)
attempt('list * 2**62', lambda: [0, 1] * 2**62)
attempt('list * 2**63', lambda: [0] * 2**63)
attempt('str * 2**62', lambda: 'x' * 2**62)
attempt('str * 10**12', lambda: 'ab' * 10**12)
attempt('str * 2**63', lambda: 'x' * 2**63)
attempt('bytes * 2**62', lambda: b'x' * 2**62)
attempt('tuple * 10**12', lambda: (1, 2) * 10**12)
attempt('bytes(10**12)', lambda: bytes(10**12))
attempt('bytes(2**63)', lambda: bytes(2**63))
big = [0] * 1000
attempt('list *= 10**12', lambda: big.__imul__(10**12))
print(len(big))
attempt('int shift', lambda: [1 << 10**12])
print('still alive', sum([1] * 1000))
