# binascii: hex, base64, uu, quoted-printable, CRCs, errors; and the
# stdlib modules over it (base64, codecs' hex and base64 codecs, quopri).
import binascii

data = bytes(range(0, 256, 7)) + b"hello world"
print(binascii.hexlify(data), binascii.b2a_hex(b"\x01\xff", "-"), binascii.hexlify(b"abcdef", b":", 2))
print(binascii.hexlify(b"abcdefg", "-", -3), binascii.unhexlify("41424a"), binascii.a2b_hex(b"00ff"))
for bad in ["abc", "zz", "é"]:
    try:
        binascii.unhexlify(bad)
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__, binascii.Incomplete.__mro__[1].__name__)
for n in range(5):
    enc = binascii.b2a_base64(data[:n + 7])
    print(enc, binascii.a2b_base64(enc) == data[:n + 7])
print(binascii.b2a_base64(b"xy", newline=False), binascii.a2b_base64("eHk="), binascii.a2b_base64(b"e H\nk="))
for bad in [b"eHk", b"e", b"eHk=x"]:
    try:
        print(binascii.a2b_base64(bad))
    except binascii.Error as e:
        print("Error", e)
for bad in [b"=eHk=", b"eH!k", b"eHk=x", b"eH=k"]:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print("strict Error", e)
line = binascii.b2a_uu(b"Cat and dog")
print(line, binascii.a2b_uu(line), binascii.b2a_uu(b"", backtick=True), binascii.b2a_uu(b"\x00\x00", backtick=True))
print(binascii.crc32(b"hello"), binascii.crc32(b" world", binascii.crc32(b"hello")), binascii.crc32(b""), binascii.crc32(b"a", -1))
print(binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xFFFF))
qp = binascii.b2a_qp(b"caf\xc3\xa9 = ok \nline two\t\n" + b"x" * 100 + b"\n.\n")
print(qp)
print(binascii.a2b_qp(qp), binascii.b2a_qp(b"a b_c", header=True), binascii.a2b_qp(b"a_b=3D=\nc", header=True))
print(binascii.b2a_qp(b"tab\there", quotetabs=True), binascii.b2a_qp(b"a\r\nb \r\n"), binascii.b2a_qp(b"x\ny", istext=False))
try:
    binascii.hexlify("text")
except TypeError as e:
    print("TypeError", e)

