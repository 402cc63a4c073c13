#!/usr/bin/env python3
"""Checks src/util/float_repr.c against python3's repr(float) and repr(complex).

  python3 tools/check_float_repr.py hash
      prints the hash that tests/unit/test_float_repr.c embeds: the reprs of
      the doubles whose bits come from the same xorshift64 generator.
  python3 tools/check_float_repr.py full [COUNT]
      compiles a driver with src/util/float_repr.c and compares COUNT
      (default 2,000,000) random bit patterns, random short decimals, powers
      of 2 and 10, subnormals and their neighbours, and complex values.
"""
import math
import os
import random
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MASK64 = (1 << 64) - 1


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]


def xorshift64(s):
    s ^= (s << 13) & MASK64
    s ^= s >> 7
    s ^= (s << 17) & MASK64
    return s


def fnv(h, data):
    for b in data:
        h = ((h ^ b) * 0x100000001B3) & MASK64
    return h


def unit_hash(count=20000):
    h = 0xCBF29CE484222325
    s = 88172645463325252
    for i in range(count):
        s = xorshift64(s)
        x = from_bits(s)
        # alternate random bits and "short" decimals built from them
        if i % 2:
            x = float(s % 100000) / float(10 ** (s % 23)) * float(10 ** ((s >> 20) % 23))
        h = fnv(h, repr(x).encode() + b'\n')
    print('WANT_HASH 0x%016XULL' % h)


DRIVER = r'''
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "float_repr.h"
int main(void) {
    char line[128], buf[160];
    while (fgets(line, sizeof line, stdin)) {
        unsigned long long a, b;
        union { unsigned long long u; double d; } x, y;
        if (sscanf(line, "c %llx %llx", &a, &b) == 2) {
            x.u = a; y.u = b;
            complex_repr(x.d, y.d, buf, sizeof buf);
        } else {
            x.u = strtoull(line, NULL, 16);
            float_repr(x.d, buf, sizeof buf);
        }
        puts(buf);
    }
    return 0;
}
'''


def cases(count):
    rnd = random.Random(12345)
    xs = []
    for e in range(-1075, 1024):
        p = math.ldexp(1.0, e)
        if p:
            xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    for e in range(-330, 310):
        try:
            p = float('1e%d' % e)
        except OverflowError:
            continue
        xs += [p, math.nextafter(p, 0), math.nextafter(p, math.inf), 1.5 * p, 123456789 * p]
    for k in range(1, 5000):
        xs += [from_bits(k), from_bits(0x000FFFFFFFFFFFFF - k), k / 10, k / 1000, k * 1e15]
    xs += [0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e15, 9999999999999998.0,
           0.0001, 0.00001, 0.1, 0.3, 2.0 ** 53, 2.0 ** 63, 5e-324, 1.7976931348623157e308]
    for _ in range(count):
        xs.append(from_bits(rnd.getrandbits(64)))
        xs.append(float('%de%d' % (rnd.randrange(1, 10 ** rnd.randrange(1, 17)), rnd.randrange(-30, 30))))
    xs = [x for x in xs if not math.isnan(x)] + [math.nan]
    lines = ['%016x' % bits(x) for x in xs]
    want = [repr(x) for x in xs]
    special = [0.0, -0.0, 1.0, -1.5, 1e16, 1e-5, 100.0, math.inf, -math.inf, math.nan, -math.nan, 2.5e300]
    for re in special:
        for im in special:
            lines.append('c %016x %016x' % (bits(re), bits(im)))
            want.append(repr(complex(re, im)))
    for _ in range(2000):
        re, im = from_bits(rnd.getrandbits(64)), from_bits(rnd.getrandbits(64))
        lines.append('c %016x %016x' % (bits(re), bits(im)))
        want.append(repr(complex(re, im)))
    return lines, want


def full(count):
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, 'd')
        src = os.path.join(tmp, 'd.c')
        open(src, 'w').write(DRIVER)
        subprocess.check_call(['cc', '-O2', '-I', os.path.join(ROOT, 'src', 'util'), src,
                               os.path.join(ROOT, 'src', 'util', 'float_repr.c'), '-lm', '-o', exe])
        lines, want = cases(count)
        got = subprocess.run([exe], input='\n'.join(lines) + '\n', capture_output=True,
                             text=True, check=True).stdout.split('\n')
    bad = 0
    for line, w, g in zip(lines, want, got):
        if w != g:
            bad += 1
            if bad < 20:
                print('MISMATCH %s: got %s want %s' % (line, g, w))
    print('float_repr: %d cases, %d mismatches' % (len(lines), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    if sys.argv[1:2] == ['hash']:
        unit_hash()
    elif sys.argv[1:2] == ['full']:
        sys.exit(full(int(sys.argv[2]) if len(sys.argv) > 2 else 2000000))
    else:
        sys.exit(__doc__)
