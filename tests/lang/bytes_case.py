# upper / lower / swapcase / capitalize / title: ASCII-only case mapping
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

samples = [b"", b"hello world", b"HELLO WORLD", b"hElLo WoRlD", b"they're bill's friends", b"123abc def4ghi",
           b"\xe9t\xe9 caf\xc3\xa9", b"_under_score-dash", b"a\tb\nc", b"ABC\x00def", b"ma\xdfe"]
for B in (bytes, bytearray):
    print("--", B.__name__)
    for s in samples:
        s = B(s)
        print(s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
    print(type(B(b"x").upper()).__name__, type(B(b"x").title()).__name__)
    t(lambda: B(b"x").upper(1))
    t(lambda: B(b"x").lower(x=1))
    t(lambda: B(b"x").title(None))
# every byte through upper/lower: only a-z / A-Z change
allb = bytes(range(256))
changed_up = [i for i in range(256) if allb.upper()[i] != i]
changed_low = [i for i in range(256) if allb.lower()[i] != i]
print(changed_up[0], changed_up[-1], len(changed_up), changed_low[0], changed_low[-1], len(changed_low))
print(allb.swapcase() == bytes(c ^ 32 if 65 <= c <= 90 or 97 <= c <= 122 else c for c in allb))
x = b"x"
print(x.upper() is not x, bytearray(b"ABC").lower() == b"abc")
