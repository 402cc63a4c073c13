/* Unit test of src/util/float_repr.c: edge cases of repr(float) and
 * repr(complex) written out, and the reprs of 20,000 pseudo-random doubles
 * hashed against the hash python3.11 gives (tools/check_float_repr.py hash;
 * `tools/check_float_repr.py full` compares millions more). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "../../src/util/float_repr.h"

#define WANT_HASH 0x958473BA4289DE0BULL

static int failures;

static void check_float(double x, const char *want)
{
    char buf[64];
    int n = float_repr(x, buf, sizeof buf);
    if (strcmp(buf, want) != 0 || n != (int)strlen(want)) {
        failures++;
        printf("FAIL float_repr(%.17g) = %s, want %s\n", x, buf, want);
    }
}

static void check_complex(double re, double im, const char *want)
{
    char buf[96];
    int n = complex_repr(re, im, buf, sizeof buf);
    if (strcmp(buf, want) != 0 || n != (int)strlen(want)) {
        failures++;
        printf("FAIL complex_repr(%g, %g) = %s, want %s\n", re, im, buf, want);
    }
}

static double from_bits(uint64_t b)
{
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static void test_edges(void)
{
    check_float(0.0, "0.0");
    check_float(-0.0, "-0.0");
    check_float(1.0, "1.0");
    check_float(0.1, "0.1");
    check_float(0.1 + 0.2, "0.30000000000000004");
    check_float(1e16, "1e+16");
    check_float(1e15, "1000000000000000.0");
    check_float(9999999999999998.0, "9999999999999998.0");
    check_float(0.0001, "0.0001");
    check_float(0.00001, "1e-05");
    check_float(1.5e-5, "1.5e-05");
    check_float(123.456, "123.456");
    check_float(5e-324, "5e-324");
    check_float(1.7976931348623157e308, "1.7976931348623157e+308");
    check_float(2.2250738585072014e-308, "2.2250738585072014e-308");
    check_float(9007199254740992.0, "9007199254740992.0");
    check_float(9223372036854775808.0, "9.223372036854776e+18");
    check_float(1e22, "1e+22");
    check_float(1e23, "1e+23");
    check_float(INFINITY, "inf");
    check_float(-INFINITY, "-inf");
    check_float(NAN, "nan");
    check_float(-NAN, "nan");
    check_float(ldexp(1.0, -1074), "5e-324");
    check_float(ldexp(1.0, 1023), "8.98846567431158e+307");
    check_float(-2.5e300, "-2.5e+300");

    char small[4];
    int n = float_repr(0.30000000000000004, small, sizeof small);
    if (n != 19 || strcmp(small, "0.3") != 0) {
        failures++;
        printf("FAIL truncation: %d %s\n", n, small);
    }

    check_complex(0.0, 1.0, "1j");
    check_complex(0.0, 1.5e300, "1.5e+300j");
    check_complex(0.0, INFINITY, "infj");
    check_complex(0.0, 0.0, "0j");
    check_complex(0.0, -0.0, "-0j");
    check_complex(0.0, 100.0, "100j");
    check_complex(-0.0, 1.0, "(-0+1j)");
    check_complex(1.0, NAN, "(1+nanj)");
    check_complex(NAN, -1.0, "(nan-1j)");
    check_complex(-1.0, -INFINITY, "(-1-infj)");
    check_complex(1e16, 1e-5, "(1e+16+1e-05j)");
    check_complex(-0.0, -0.0, "(-0-0j)");
}

static void test_random(void)
{
    uint64_t h = 0xCBF29CE484222325ULL, s = 88172645463325252ULL;
    char buf[64];
    double pow10[23];   /* exact: 10^22 < 2^53 * 2^22 */
    pow10[0] = 1;
    for (int k = 1; k < 23; k++)
        pow10[k] = pow10[k - 1] * 10;
    for (int i = 0; i < 20000; i++) {
        s ^= s << 13, s ^= s >> 7, s ^= s << 17;
        double x = from_bits(s);
        if (i % 2)
            x = (double)(s % 100000) / pow10[s % 23] * pow10[(s >> 20) % 23];
        int n = float_repr(x, buf, sizeof buf);
        buf[n++] = '\n';
        for (int k = 0; k < n; k++)
            h = (h ^ (unsigned char)buf[k]) * 0x100000001B3ULL;
    }
    if (h != WANT_HASH) {
        failures++;
        printf("FAIL random doubles hash %016llX\n", (unsigned long long)h);
    }
}

int main(void)
{
    test_edges();
    test_random();
    if (failures)
        printf("test_float_repr: %d failures\n", failures);
    return failures != 0;
}
