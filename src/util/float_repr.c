/* repr() of floats and complex numbers, as CPython 3.11 writes them.
 *
 * The digits are the shortest decimal string that strtod reads back as the
 * same double (and, among strings of that length, the closest to it). They are
 * found by trying lengths p (see shortest_digits): the C library's correctly rounded
 * "%.{p-1}e" gives the p-digit decimal nearest to x; if that does not read
 * back, its two neighbours in the last digit are tried too, which matters when
 * x is a power of two and the doubles below it are closer than the ones
 * above. Whatever decimal reads back must lie within one double-spacing of x,
 * so the nearest decimal and its neighbours are the only candidates.
 *
 * The layout then follows repr: positional when the decimal exponent is in
 * -4 <= exp < 16 ("0.0001", "1234.5", "1e+16" is the first exponential),
 * otherwise "d.ddde+XX" with at least two exponent digits; float repr adds
 * ".0" to integral values, complex repr does not ("1j", "(1+2j)"). */
#include "float_repr.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Reads "D.DDDe+XX" as written by printf into bare digits and a decimal
 * point position (value = 0.DIGITS * 10^decpt). */
static int split_exp(const char *s, char *digits, int *decpt)
{
    int n = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[n++] = *s;
    digits[n] = 0;
    *decpt = (*s == 'e' ? atoi(s + 1) : 0) + 1;
    return n;
}

/* Does the decimal 0.DIGITS * 10^decpt read back as x? */
static int reads_back(const char *digits, int decpt, double x)
{
    char buf[48];
    snprintf(buf, sizeof buf, "0.%se%d", digits, decpt);
    return strtod(buf, NULL) == x;
}

/* Adds delta (+1 or -1) to the last digit of the n-digit string, carrying;
 * keeps n digits by moving decpt when the carry grows or shrinks it.
 * Returns 0 when the neighbour does not exist (all zeros). */
static int step_digits(char *d, int n, int *decpt, int delta)
{
    int i = n - 1;
    if (delta > 0) {
        while (i >= 0 && d[i] == '9')
            d[i--] = '0';
        if (i < 0) {        /* 99..9 + 1 = 100..0: one more place */
            d[0] = '1';
            (*decpt)++;
            return 1;
        }
        d[i]++;
        return 1;
    }
    while (i >= 0 && d[i] == '0')
        d[i--] = '9';
    if (i < 0)
        return 0;
    d[i]--;
    if (d[0] == '0') {      /* 100..0 - 1 = 099..9: keep n digits */
        memmove(d, d + 1, (size_t)n - 1);
        d[n - 1] = '9';
        (*decpt)--;
    }
    return 1;
}

/* The p-digit decimal that reads back as x, if there is one: the nearest,
 * or failing that a neighbour of it. Returns 1 and fills digits/decpt. */
static int try_precision(double x, int p, char *digits, int *decpt)
{
    char buf[48], cand[24];
    snprintf(buf, sizeof buf, "%.*e", p - 1, x);
    int n = split_exp(buf, digits, decpt);
    if (p == 17 || reads_back(digits, *decpt, x))
        return 1;
    for (int delta = -1; delta <= 1; delta += 2) {
        int dp = *decpt;
        memcpy(cand, digits, (size_t)n + 1);
        if (step_digits(cand, n, &dp, delta) && reads_back(cand, dp, x)) {
            memcpy(digits, cand, (size_t)n + 1);
            *decpt = dp;
            return 1;
        }
    }
    return 0;
}

/* Shortest digits of a finite x > 0; returns their count, trailing zeros
 * removed. A string of at most 15 digits reads back exactly when a 15-digit
 * one does (pad it with zeros), so one try at 15 splits the search: values
 * computed at run time mostly need 16 or 17 digits, literals few. */
static int shortest_digits(double x, char *digits, int *decpt)
{
    char d15[24];
    int e15;
    if (try_precision(x, 15, d15, &e15)) {
        int p;
        for (p = 1; p < 15; p++)
            if (try_precision(x, p, digits, decpt))
                break;
        if (p == 15) {
            memcpy(digits, d15, sizeof d15);
            *decpt = e15;
        }
    } else if (!try_precision(x, 16, digits, decpt)) {
        try_precision(x, 17, digits, decpt);
    }
    int n = (int)strlen(digits);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    digits[n] = 0;
    return n;
}

/* Writes the repr of a finite or special x into out (64 bytes); add_dot0
 * appends ".0" to integral positional values, as float repr does. */
static int format_repr(double x, int add_dot0, char *out)
{
    char *o = out;
    if (isnan(x))
        return (int)(stpcpy(out, "nan") - out);
    if (signbit(x))
        *o++ = '-';
    if (isinf(x))
        return (int)(stpcpy(o, "inf") - out);
    if (x == 0) {
        o = stpcpy(o, add_dot0 ? "0.0" : "0");
        return (int)(o - out);
    }
    char digits[24];
    int decpt;
    int n = shortest_digits(fabs(x), digits, &decpt);
    int exp10 = decpt - 1;
    if (exp10 >= -4 && exp10 < 16) {
        if (decpt <= 0) {
            o = stpcpy(o, "0.");
            for (int i = decpt; i < 0; i++)
                *o++ = '0';
            o = stpcpy(o, digits);
        } else if (n <= decpt) {
            o = stpcpy(o, digits);
            for (int i = n; i < decpt; i++)
                *o++ = '0';
            if (add_dot0)
                o = stpcpy(o, ".0");
        } else {
            memcpy(o, digits, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            o = stpcpy(o, digits + decpt);
        }
    } else {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            o = stpcpy(o, digits + 1);
        }
        o += sprintf(o, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
    }
    *o = 0;
    return (int)(o - out);
}

static int emit(const char *s, int len, char *buf, size_t n)
{
    if (n) {
        size_t k = (size_t)len < n ? (size_t)len : n - 1;
        memcpy(buf, s, k);
        buf[k] = 0;
    }
    return len;
}

int float_repr(double x, char *buf, size_t n)
{
    char tmp[64];
    int len = format_repr(x, 1, tmp);
    return emit(tmp, len, buf, n);
}

int complex_repr(double re, double im, char *buf, size_t n)
{
    char tmp[160];
    int len;
    if (re == 0 && !signbit(re)) {
        len = format_repr(im, 0, tmp);
        tmp[len++] = 'j';
    } else {
        tmp[0] = '(';
        len = 1 + format_repr(re, 0, tmp + 1);
        if (!signbit(im) || isnan(im))
            tmp[len++] = '+';
        len += format_repr(im, 0, tmp + len);
        tmp[len++] = 'j';
        tmp[len++] = ')';
    }
    tmp[len] = 0;
    return emit(tmp, len, buf, n);
}
