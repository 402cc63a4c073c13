# unicodedata: properties, names, numbers and argument errors for a few
# hand-picked characters, module functions and the UCD object.
import unicodedata as u

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__)
print(isinstance(u.ucd_3_2_0, u.UCD), u.UCD.__name__, u.UCD.__module__)
chars = ['A', 'a', '0', '\u00bd', '\u0301', '\u0663', '\u00b2', '\u2460', '\u4e00', '\uac00',
         '\U0001F600', '\u05d0', '\u0028', '\u00a0', '\ufb01', '\u3000', '\ud800', '\ue000',
         '\U000F0000', '\u0378', '\U0010FFFF', '\u1e9b', '\u2163', '\U00012432', '\u0f33',
         '\u16ee', '\u0d59', '\U0001D7CE', '\x00', '\x7f', '\u00e9', '\u0344', '\U0002F868']
for m in (u, u.ucd_3_2_0):
    for c in chars:
        print(ascii(c), m.category(c), repr(m.bidirectional(c)), m.combining(c), m.east_asian_width(c),
              m.mirrored(c), repr(m.decomposition(c)), m.decimal(c, None), m.digit(c, None),
              m.numeric(c, None), m.name(c, None))

for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'BYTE ORDER MARK', 'LATIN CAPITAL LETTER GHA',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-9FA6', 'cjk unified ideograph-4e00',
          'HANGUL SYLLABLE GAG', 'hangul syllable gag', 'ARABIC SIGN SAMVAT', 'GRINNING FACE', 'NO SUCH THING',
          '', 'a\0b', 'X' * 300, 'LINE FEED', 'LF', 'SPACE', b'SNOWMAN', 'HANGUL SYLLABLE',
          'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-110000', 'CJK UNIFIED IDEOGRAPH-3400']:
    for m in (u, u.ucd_3_2_0):
        try:
            print(ascii(m.lookup(n)))
        except KeyError as e:
            print(type(e).__name__, e)

def err(f, *a, **k):
    try:
        print(ascii(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for fn in ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored', 'decomposition',
           'lookup']:
    for m in (u, u.ucd_3_2_0):
        f = getattr(m, fn)
        err(f)
        err(f, 'a', 'b')
        err(f, 'a', x=1)
        if fn != 'lookup':
            err(f, 'ab')
            err(f, 1)
            err(f, '')
for fn in ['name', 'decimal', 'digit', 'numeric']:
    f = getattr(u, fn)
    err(f)
    err(f, 'a', 1, 2)
    err(f, 'ab')
    err(f, 5)
    err(f, 'a')
    err(f, 'a', 'dflt')
    err(f, c='a')
for fn in ['normalize', 'is_normalized']:
    f = getattr(u, fn)
    err(f)
    err(f, 'NFC')
    err(f, 'NFC', 'a', 'b')
    err(f, 1, 'a')
    err(f, 'NFC', 1)
    err(f, 'NFX', 'a')
    err(f, 'nfc', 'a')
    err(f, 'NFC', 'a', x=1)
err(u.lookup, 1)
err(u.lookup, bytearray(b'SNOWMAN'))
err(u.UCD)
s = 'abc'
print(u.normalize('NFC', s) is s, u.is_normalized('NFD', '\u00e9'), u.is_normalized('NFC', '\u00e9'))
for n in ['LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'latin capital letter a with macron and grave',
          'TAMIL CONSONANT KSS', 'KEYCAP DIGIT ZERO', 'BENGALI LETTER KHINYA', 'LATIN SMALL LETTER A WITH',
          'ZZZZ SEQUENCE']:
    for m in (u, u.ucd_3_2_0):
        try:
            print(ascii(m.lookup(n)))
        except KeyError as e:
            print(type(e).__name__, e)
print(len(u.lookup('\N{LATIN SMALL LETTER A}'.upper().replace('A', 'LATIN SMALL LETTER A'))))
class S(str):
    pass
print(u.category(S('a')), u.normalize('NFD', S('\u00e9')) == 'e\u0301', u.name(S('a')), u.lookup(S('SNOWMAN')),
      u.is_normalized(S('NFC'), S('\u00e9')), u.decimal(S('7')))
for m in (u, u.ucd_3_2_0):
    for f in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        print(f, [ascii(m.normalize(f, s)) for s in ['', '\ud800\u0301', '\U0002F868\uF951', '\u1100\u1161\u11a8',
                                                     '\uac00\u11a8', '\u0b47\u0b3e', 'a\u0345\u0301\u0316',
                                                     '\u1e0a\u0323', '\U0001D15F\U0001D165', '\u0958\u093c']],
              m.is_normalized(f, ''), m.is_normalized(f, '\u212b'))
