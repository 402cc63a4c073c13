# unicodedata: name() of every code point below 0x32000 and in plane 14, and
# lookup() of every 17th name, give
# the oracle's answers (digests), for 14.0.0 and 3.2.0.
import hashlib
import unicodedata as u

CPS = list(range(0x32000)) + list(range(0xE0000, 0xE0200)) + [0xF0000, 0x10FFFD, 0x10FFFF]

for m in (u, u.ucd_3_2_0):
    names = [(c, m.name(chr(c), None)) for c in CPS]
    names = [p for p in names if p[1] is not None]
    print(m.unidata_version, len(names), hashlib.md5(repr(names).encode()).hexdigest())
    bad = [n for c, n in names[::17] if m.lookup(n) != chr(c) or
           (not n.startswith(('CJK UNIFIED', 'HANGUL SYLLABLE ')) and m.lookup(n.lower()) != chr(c))]
    print(len(bad), bad[:5])
