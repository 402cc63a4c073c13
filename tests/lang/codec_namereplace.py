# the namereplace error handler: \N{...} names, and escapes for characters without one
chars = "é€ßΩ中한😀\u00a0\u200b\ufeff\ufe00\u0300\U0001d11e\u2028\x85\x9f\ue000\u01a2\u0378\U0010fffe\uac00\ud7a3\u4e00\U00020000"
for c in chars:
    print(hex(ord(c)), c.encode("ascii", "namereplace"))
print("naïve café".encode("ascii", "namereplace"), "x😀y".encode("latin-1", "namereplace"), "Ωmega".encode("cp1252", "namereplace"))
print("a\ud800".encode("utf-8", "namereplace"), "\U0001f600".encode("utf-16-le", "namereplace"))
try:
    b"\xff".decode("ascii", "namereplace")
except TypeError as e:
    print(type(e).__name__, e)
