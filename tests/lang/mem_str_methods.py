# str and bytes methods whose result would be too big for any memory fail
# at once with MemoryError (padding, expandtabs, replace, join), or with
# OverflowError where CPython's argument does not fit its C type.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

W = 10**15
tabs = '\t' * 1000
big = 'x' * 10**6
cases = [
    ('ljust', lambda: 'x'.ljust(W)),
    ('rjust fill', lambda: 'x'.rjust(W, '*')),
    ('center wide fill', lambda: 'x'.center(2**62, 'é')),
    ('zfill', lambda: '-5'.zfill(W)),
    ('ljust 2**63', lambda: 'x'.ljust(2**63)),
    ('ljust -2**63', lambda: 'x'.ljust(-2**63 - 1)),
    ('expandtabs', lambda: tabs.expandtabs(2**31 - 1)),
    ('expandtabs 2**31', lambda: '\t'.expandtabs(2**31)),
    ('expandtabs -2**31 - 1', lambda: '\t'.expandtabs(-2**31 - 1)),
    ('expandtabs negative', lambda: 'a\tb'.expandtabs(-5)),
    ('expandtabs small', lambda: 'a\tbc\td\n\te'.expandtabs(4)),
    ('replace', lambda: big.replace('x', 'y' * 10**7)),
    ('replace empty', lambda: big.replace('', 'ab' * 10**7)),
    ('join', lambda: ('y' * 10**7).join(['a'] * 10**6)),
    ('bytes ljust', lambda: b'x'.ljust(W)),
    ('bytes center', lambda: b'x'.center(W)),
    ('bytes zfill', lambda: b'1'.zfill(W)),
    ('bytes expandtabs', lambda: (b'\t' * 1000).expandtabs(2**31 - 1)),
    ('bytes replace', lambda: (b'x' * 10**6).replace(b'x', b'y' * 10**7)),
    ('bytes join', lambda: (b'y' * 10**7).join([b'a'] * 10**6)),
    ('bytearray ljust', lambda: bytearray(b'x').ljust(W)),
]
for label, f in cases:
    attempt(label, f)
print(repr('a\tbc\td'.expandtabs()), repr('ab'.center(7, '-')), repr(b'\tx'.expandtabs(3)))
