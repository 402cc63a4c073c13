# Building a container from an iterable whose length (or __length_hint__)
# no memory can hold is a MemoryError at once, as CPython's pre-sizing
# makes it, instead of a loop that runs until memory is gone. A huge range
# itself is fine: it is lazy.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

attempt('range(10**20)', lambda: range(10**20))
attempt('range(10**20)[10**19]', lambda: range(10**20)[10**19])
attempt('len(range(10**20))', lambda: len(range(10**20)))
attempt('list(range(10**12))', lambda: list(range(10**12)))
attempt('list(range(2**70))', lambda: list(range(2**70)))
attempt('tuple(range(10**12))', lambda: tuple(range(10**12)))
attempt('sorted(range(10**12))', lambda: sorted(range(10**12)))
attempt('[*range(10**12)]', lambda: [*range(10**12)])
attempt('list(reversed(range(10**12)))', lambda: list(reversed(range(10**12))))
attempt('[].extend(range(10**12))', lambda: [].extend(range(10**12)))
attempt('[] += range(10**12)', lambda: [].__iadd__(range(10**12)))
attempt('bytes(range(10**12))', lambda: bytes(range(10**12)))
attempt('bytearray().extend(range(10**12))', lambda: bytearray().extend(range(10**12)))
attempt('bytearray(10**13)', lambda: bytearray(10**13))
attempt('bytes(10**13)', lambda: bytes(10**13))
attempt('bytearray(2**63)', lambda: bytearray(2**63))
attempt('bytes(2**63)', lambda: bytes(2**63))
attempt('bytes(-1)', lambda: bytes(-1))

class Liar:
    """Claims to be huge; has two items."""
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 10**15

attempt('list(Liar())', lambda: list(Liar()))
attempt('bytes(Liar())', lambda: bytes(Liar()))

class Modest:
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        return 10**6

print(list(Modest()), bytes(Modest()), tuple(Modest()))
l = [1, 2, 3]
attempt('l.extend', lambda: l.extend(range(10**12)))
print('l intact', l)
print('still works', len(list(range(10**5))), sum(range(10**6)))
