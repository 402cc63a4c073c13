# Padding a str to an impossible width is a MemoryError at once, as in
# CPython: the result is allocated in one piece before it is filled.
cases = [
    ("'x'.ljust(10**12)", lambda: 'x'.ljust(10**12)),
    ("'x'.rjust(10**12)", lambda: 'x'.rjust(10**12)),
    ("'x'.center(2**62)", lambda: 'x'.center(2**62)),
    ("'1'.zfill(10**12)", lambda: '1'.zfill(10**12)),
    ("'-1'.zfill(10**12)", lambda: '-1'.zfill(10**12)),
    ("'x'.rjust(2**63 - 1)", lambda: 'x'.rjust(2**63 - 1)),
    ("'x'.ljust(2**63)", lambda: 'x'.ljust(2**63)),
]
for text, make in cases:
    try:
        print(text, "->", len(make()))
    except Exception as e:
        print(text, "->", type(e).__name__, e)
print('ab'.center(9, 'é'), '-12'.zfill(6), 'x'.ljust(3, '*'))
