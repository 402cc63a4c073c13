# unicodedata.normalize and is_normalized for each form over every code
# point alone, and over strings mixing starters and combining marks in
# scrambled orders (digests), for 14.0.0 and 3.2.0.
import hashlib
import unicodedata as u

cps = [c for c in range(0x110000) if not (0x3400 <= c < 0x4DC0 or 0x4E00 <= c < 0xA000 or
                                          0x20000 <= c < 0x2F800 or 0x30000 <= c)]
marks = [c for c in range(0x300, 0x370)] + [0x0345, 0x05B0, 0x0651, 0x093C, 0x094D, 0x0F71,
                                            0x0F72, 0x0F80, 0x302A, 0x3099, 0x309A, 0x1D165,
                                            0x1D16E, 0x0327, 0x0328, 0x1161, 0x11A8, 0x0B3E]
bases = [0x41, 0x61, 0x45, 0x4F, 0x55, 0x75, 0x1100, 0xAC00, 0xAC01, 0x0B47, 0x0391, 0x03C9,
         0x0418, 0x3046, 0x30AB, 0x1E0A, 0x00C5, 0x212B, 0x0FB2, 0x1D157, 0x0DD9, 0x1025]
strs = []
x = 12345
for i in range(3000):
    s = ''
    for j in range(1 + i % 6):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        pool = bases if x % 3 == 0 else marks
        s += chr(pool[(x >> 8) % len(pool)])
    strs.append(s)
for m in (u, u.ucd_3_2_0):
    for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
        single = ''.join([m.normalize(form, chr(c)) + '|' for c in cps])
        multi = '|'.join([m.normalize(form, s) for s in strs])
        isn = ''.join(['1' if m.is_normalized(form, s) else '0' for s in strs[:800]])
        print(m.unidata_version, form, hashlib.md5(single.encode('utf-8', 'surrogatepass')).hexdigest(),
              hashlib.md5(multi.encode()).hexdigest(), hashlib.md5(isn.encode()).hexdigest(), isn.count('1'))
print(ascii(u.normalize('NFKC', '\ufb01\u2460\u00bd\u1e9b\u0323 \uac00\u11a8 \u1100\u1161\u11a8')))
print(ascii(u.normalize('NFD', '\u1e9b\u0323\u00c5\u212b\u2126')), ascii(u.normalize('NFC', 'e\u0301\u0327')))
