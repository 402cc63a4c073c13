# unicodedata: digests of every property over a strided sample of all code
# points (all of 0..0x3400 and plane 14, every 3rd code point to 0x32000,
# a few beyond), for
# Unicode 14.0.0 and for ucd_3_2_0.
import hashlib
import unicodedata as u

cps = (list(range(0, 0x3400)) + list(range(0x3400, 0x32000, 3)) + list(range(0xE0000, 0xE0200)) +
       list(range(0x32000, 0x110000, 997)) + [0x10FFFF])
for m in (u, u.ucd_3_2_0):
    for fn in ['category', 'bidirectional', 'combining', 'east_asian_width', 'mirrored',
               'decomposition']:
        f = getattr(m, fn)
        h = hashlib.md5()
        h.update('|'.join([str(f(chr(c))) for c in cps]).encode())
        print(m.unidata_version, fn, h.hexdigest())
    for fn in ['decimal', 'digit', 'numeric']:
        f = getattr(m, fn)
        vals = [(c, f(chr(c), None)) for c in cps]
        vals = [v for v in vals if v[1] is not None]
        print(m.unidata_version, fn, len(vals), hashlib.md5(repr(vals).encode()).hexdigest())
