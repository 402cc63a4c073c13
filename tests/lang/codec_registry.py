# The codec registry (_codecs): codecs.lookup/encode/decode, the encodings
# package codecs (charmap tables, rot13), incremental decoding, the escape
# codecs, error handlers, str.encode/bytes.decode through the registry.
import codecs
print(codecs.lookup('utf-8').name, codecs.lookup('UTF8').name, codecs.lookup('latin1').name)
print(codecs.encode('héllo', 'utf-8'), codecs.decode(b'h\xc3\xa9', 'utf-8'))
print('héllo'.encode('cp437'), b'\x82\x90'.decode('cp437'))
print('abc'.encode('rot13') if False else codecs.encode('abc', 'rot13'))
import sys; print('binascii' in sys.modules or True)
pass
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), repr(d.decode(b'\xac!')), repr(d.decode(b'', final=True)))
print(codecs.utf_8_decode(b'ab\xe2\x82', None, False), codecs.utf_8_decode(b'ab\xe2\x82\xac', None, True))
print(codecs.utf_16_ex_decode(b'\xff\xfea\x00b\x00', 'strict', 0, True))
print(codecs.escape_decode(b'a\\nb\\x41\\\\'), codecs.escape_encode(b"a'\n\x00"))
print(codecs.unicode_escape_decode(b'\\u20ac \\N{BULLET} \\x41'), codecs.unicode_escape_encode('\u20ac\n\\x'))
print(codecs.raw_unicode_escape_encode('a\u20ac\\'), codecs.raw_unicode_escape_decode(b'a\\u20ac\\\\u'))
for e in ['strict','ignore','replace','backslashreplace','xmlcharrefreplace','namereplace']:
    try: print(e, 'a€b'.encode('latin-1', e))
    except UnicodeEncodeError as x: print(e, type(x).__name__, x)
print(b'a\xffb'.decode('cp1250', 'replace'), 'ä'.encode('mac_roman'))
print(codecs.lookup_error('strict'), codecs.lookup_error('surrogateescape').__name__)
try: codecs.lookup('nope')
except LookupError as e: print(e)
try: 'x'.encode('nope')
except LookupError as e: print(e)
w = codecs.getwriter('utf-8')
print(codecs.BOM_UTF8, codecs.charmap_build('ab'))
print('x€'.encode('utf-16'), 'x€'.encode('utf-32-le'), b'\xff\xfex\x00'.decode('utf-16'))
print(codecs.decode(b'\x00\x00\xfe\xff\x00\x00\x00A', 'utf-32'))
