#!/usr/bin/env python3
"""Checks src/unicode against the oracle (python3.11's str and unicodedata).

  python3 tools/check_unicode.py hashes
      prints the expected hashes that tests/unit/test_unicode.c embeds:
      flags (str.isidentifier / str.isprintable per code point), NFKC of every
      single code point, and NFKC of pseudo-random strings drawn from
      ALPHABET with the same xorshift generator as the C test.
  python3 tools/check_unicode.py names BUILD_DIR
      compiles a small driver against BUILD_DIR/obj/unicode/*.o and checks
      uni_lookup_name on every character name, every alias, lower-case
      variants, every Hangul syllable and CJK ideograph, and near misses,
      against what "\\N{...}" in a 3.11 string literal accepts.
"""
import os
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Code points whose mixtures exercise decomposition, reordering and
# composition (keep in sync with tests/unit/test_unicode.c).
ALPHABET = [
    0x41, 0x61, 0x65, 0x6F, 0x55, 0x3B1, 0x3C9, 0x300, 0x301, 0x308, 0x323,
    0x327, 0x31B, 0x345, 0x5B0, 0x93C, 0x3099, 0x309A, 0x304B, 0x30CF,
    0x1100, 0x1101, 0x1112, 0x1161, 0x1175, 0x11A8, 0x11C2, 0xAC00, 0xAC01,
    0xD7A3, 0xFB01, 0x2460, 0xFF21, 0xBD, 0x1E9B, 0x958, 0x915, 0x344,
    0xF73, 0xF75, 0xF81, 0xF71, 0xF72, 0xCC6, 0xCC2, 0xCD5, 0xB47, 0xB3E,
    0xB57, 0x1025, 0x102E, 0xDD9, 0xDCF, 0xDCA, 0x11099, 0x110BA, 0x1D15E,
    0x212B, 0x2126, 0x1E0A, 0x1E0C, 0x307, 0xFDFA, 0x3300, 0x1F1, 0xDC80,
    0x2F800, 0xF900, 0x1E9E, 0x130, 0x69, 0x3D2, 0x3D3,
]
MASK64 = (1 << 64) - 1


def fnv(h, data):
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & MASK64
    return h


FNV0 = 0xCBF29CE484222325


def enc(s):
    return s.encode('utf-8', 'surrogatepass')


def xorshift(state):
    state ^= (state << 13) & 0xFFFFFFFF
    state ^= state >> 17
    state ^= (state << 5) & 0xFFFFFFFF
    return state


def random_strings(count):
    state = 2463534242
    for _ in range(count):
        state = xorshift(state)
        n = 1 + state % 8
        s = ''
        for _ in range(n):
            state = xorshift(state)
            s += chr(ALPHABET[state % len(ALPHABET)])
        yield s


def hashes():
    hf = hn = FNV0
    for c in range(0x110000):
        ch = chr(c)
        f = ((ch != '_' and ch.isidentifier()) | (('a' + ch).isidentifier() << 1) |
             (ch.isprintable() << 2))
        hf = fnv(hf, [f])
        hn = fnv(hn, enc(unicodedata.normalize('NFKC', ch)) + b'\xff')
    hs = FNV0
    for s in random_strings(50000):
        hs = fnv(hs, enc(unicodedata.normalize('NFKC', s)) + b'\xff')
    print('flags 0x%016XULL\nnfkc_cp 0x%016XULL\nnfkc_str 0x%016XULL' % (hf, hn, hs))


DRIVER = r'''
#include <stdio.h>
#include <string.h>
#include "unicode.h"
int main(void) {
    char line[4096];
    while (fgets(line, sizeof line, stdin)) {
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n') line[--n] = 0;
        uint32_t cp;
        if (uni_lookup_name(line, n, &cp)) printf("%X\n", cp); else puts("-");
    }
    return 0;
}
'''


def literal_lookup(name):
    try:
        v = eval('"\\N{%s}"' % name)
    except SyntaxError:
        return '-'
    return '%X' % ord(v)


def name_cases():
    cases = []
    for c in range(0x110000):
        try:
            nm = unicodedata.name(chr(c))
        except ValueError:
            continue
        cases += [nm, nm.lower()]
        if c % 7 == 0:
            cases += [nm + ' ', nm[:-1], nm.title(), nm + 'X']
    for line in open(os.path.join(ROOT, 'tools', 'unicode_name_aliases.txt')):
        if line.startswith('#'):
            continue
        nm = line.strip().split(';')[1]
        cases += [nm, nm.lower(), nm[:-1]]
    cases += ['HANGUL SYLLABLE ', 'HANGUL SYLLABLE G', 'HANGUL SYLLABLE GGG',
              'HANGUL SYLLABLE AA', 'HANGUL SYLLABLE GAGGG', 'HANGUL SYLLABLEGA',
              'CJK UNIFIED IDEOGRAPH-', 'CJK UNIFIED IDEOGRAPH-04E00',
              'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-004E00',
              'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-2A6E0',
              'CJK UNIFIED IDEOGRAPH-3134B', 'CJK UNIFIED IDEOGRAPH-FFFFF',
              'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'NUL', 'nul',
              'LINE FEED (LF)', 'TANGUT IDEOGRAPH-17000', '', ' ', 'A', 'AA', 'ZZZZ',
              'LATIN SMALL LETTER  A', 'LATIN SMALL LETTER A ', '\u00c4']
    for l in ['G', 'GG', 'N', 'YY', 'WEO', 'SS', 'NG']:
        for v in ['A', 'WAE', 'YEO', 'EU', 'YI', 'I', 'X']:
            for t in ['', 'G', 'LB', 'NG', 'SS', 'H', 'GGG', 'X']:
                cases.append('HANGUL SYLLABLE ' + l + v + t)
    return [c for c in cases if '}' not in c and '\n' not in c and '"' not in c and '\\' not in c]


def names(build):
    objs = [os.path.join(build, 'obj', 'unicode', f) for f in ('unicode.o', 'unicode_tables.o')]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'd.c')
        exe = os.path.join(tmp, 'd')
        open(src, 'w').write(DRIVER)
        subprocess.check_call(['cc', '-O1', '-I', os.path.join(ROOT, 'src', 'unicode'),
                               src] + objs + ['-o', exe])
        cases = name_cases()
        out = subprocess.run([exe], input='\n'.join(cases) + '\n', capture_output=True,
                             text=True, check=True).stdout.split('\n')
    bad = 0
    for name, got in zip(cases, out):
        want = literal_lookup(name)
        if got != want:
            bad += 1
            if bad < 20:
                print('MISMATCH %r: got %s want %s' % (name, got, want))
    print('names: %d cases, %d mismatches' % (len(cases), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    if sys.argv[1:2] == ['hashes']:
        hashes()
    elif sys.argv[1:2] == ['names'] and len(sys.argv) == 3:
        sys.exit(names(sys.argv[2]))
    else:
        sys.exit(__doc__)
