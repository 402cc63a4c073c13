# The stdlib modules over binascii: base64, codecs' hex and base64 codecs, quopri.
import base64, quopri, codecs
print(base64.b64encode(b"any carnal pleas"), base64.b64decode("YW55IGNhcm5hbCBwbGVhcw=="))
print(base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16decode(b"4142"))
print(base64.b85encode(b"hello"), base64.a85decode(base64.a85encode(b"data")))
print(codecs.encode(b"hi", "hex"), codecs.decode(b"6869", "hex"), codecs.encode(b"hi", "base64"))
print(quopri.encodestring(b"caf\xc3\xa9=\n"), quopri.decodestring(b"caf=C3=A9"))
