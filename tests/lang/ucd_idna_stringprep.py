# encodings.idna and stringprep, which run on unicodedata (normalize NFKC,
# and ucd_3_2_0's properties), against the oracle.
import stringprep
import hashlib
import unicodedata as u

for name in ['bücher', 'Bücher.example', 'xn--bcher-kva', 'MÜNCHEN.de', 'ﬁnance', 'ａｂｃ',
             'пример.испытание', '例え.テスト', 'straße.de', 'I\u0307stanbul']:
    try:
        e = name.encode('idna')
        print(ascii(name), e, ascii(e.decode('idna')))
    except UnicodeError as ex:
        print(ascii(name), type(ex).__name__, ex)
print(ascii(b'xn--bcher-kva.example'.decode('idna')))
# Only what Debian's regenerated stringprep.py (which Taipan runs) and the
# oracle's own agree on: the tables that read unicodedata.ucd_3_2_0.
for f in ['in_table_a1', 'in_table_c11', 'in_table_c12', 'in_table_c21', 'in_table_d1', 'in_table_d2']:
    fn = getattr(stringprep, f)
    hits = [c for c in range(0, 0x30000) if fn(chr(c))]
    print(f, len(hits), hashlib.md5(repr(hits).encode()).hexdigest())
for s in ['ABCXYZ', '\u00df', '\ufb01', '\u2168', '\u3392', '\u0390', '\u0130', '\u03a3', '\u1e9b', '\u33c6', '\u2121']:
    print(ascii(s), ascii(''.join(stringprep.map_table_b2(c) for c in s)), ascii(''.join(stringprep.map_table_b3(c) for c in s)))
