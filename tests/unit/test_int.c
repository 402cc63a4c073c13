/* Unit test of src/objects/int.c, int_parse.c, int_format.c, bool.c and
 * format_spec.c: small/big boundaries (2**62), floor division and modulo
 * signs, pow with modulus, shifts and bit operations on negatives,
 * correctly rounded true division, hashes and reprs as python3.11 gives
 * them, int() text parsing and format specs. Calls the type slots
 * directly, so it needs only the collector, str and exceptions. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/int_internal.h"
#include "objects/str.h"
#include "util/float_repr.h"
#include "vm/exc.h"
#include "vm/runtime.h"

static int failures, checks;

static void fail(int line, const char *what, const char *got, const char *want)
{
    failures++;
    printf("FAIL line %d: %s: got %s, want %s\n", line, what, got, want);
}

/* The repr of an int or float result, or "<error>" (clearing it). */
static const char *text(value v)
{
    static char buf[256];
    if (!v) {
        exc_clear();
        return "<error>";
    }
    if (v_is_float(v)) {
        float_repr(v_float(v), buf, sizeof buf);
        return buf;
    }
    if (v == V_TRUE) return "True";
    if (v == V_FALSE) return "False";
    if (v == V_NOTIMPL) return "NotImplemented";
    value s = v_is_str(v) ? v : int_to_decimal(v);
    if (!s) {
        exc_clear();
        return "<error>";
    }
    snprintf(buf, sizeof buf, "%s", str_data(s));
    return buf;
}

/* Until runtime_init readies the exception types, raising cannot work:
 * the checks that expect an error are skipped then. */
static bool can_raise;

#define CHECK(v, want) do { if (!can_raise && strcmp(want, "<error>") == 0) break; checks++; const char *g_ = text(v); \
    if (strcmp(g_, want) != 0) fail(__LINE__, #v, g_, want); } while (0)
#define CHECK_INT(got, want) do { checks++; long long g_ = (got), w_ = (want); if (g_ != w_) { \
    char a_[32], b_[32]; snprintf(a_, 32, "%lld", g_); snprintf(b_, 32, "%lld", w_); fail(__LINE__, #got, a_, b_); } } while (0)

static value I(const char *s)
{
    value v = int_from_str(s, strlen(s), 0);
    if (!v) {
        printf("cannot parse %s\n", s);
        exc_clear();
        return v_small(0);
    }
    return v;
}

static value op(int nb, value a, value b) { return int_type.nb[nb](a, b); }
static int64_t hash_of(value v) { int64_t h = 0; if (int_type.hash(v, &h) < 0) exc_clear(); return h; }

static value fmt(value v, const char *spec)
{
    return int_format(v, spec, strlen(spec));
}

static void test_boundaries(void)
{
    value max = v_small(V_SMALL_MAX), min = v_small(V_SMALL_MIN);
    value big = op(NB_ADD, max, v_small(1));
    CHECK(big, "4611686018427387904");
    checks++; if (!v_is_ptr(big)) fail(__LINE__, "2**62 is big", "small", "big");
    value back = op(NB_SUB, big, v_small(1));
    checks++; if (!v_is_int(back) || v_int(back) != V_SMALL_MAX) fail(__LINE__, "2**62-1 small", "big", "small");
    CHECK(op(NB_SUB, min, v_small(1)), "-4611686018427387905");
    CHECK(op(NB_FLOORDIV, min, v_small(-1)), "4611686018427387904");
    CHECK(int_type.nb_neg(min), "4611686018427387904");
    CHECK(int_type.nb_abs(min), "4611686018427387904");
    CHECK(op(NB_MUL, max, max), "21267647932558653957237540927630737409");
    CHECK(int_from_i64(INT64_MIN), "-9223372036854775808");
    CHECK(int_from_u64(UINT64_MAX), "18446744073709551615");
    int64_t i;
    CHECK_INT(int_as_i64(I("9223372036854775807"), &i), 0);
    CHECK_INT(i, INT64_MAX);
    if (can_raise) {
        CHECK_INT(int_as_i64(I("9223372036854775808"), &i), -1);
        exc_clear();
    }
}

static void test_division(void)
{
    CHECK(op(NB_FLOORDIV, v_small(-7), v_small(2)), "-4");
    CHECK(op(NB_MOD, v_small(-7), v_small(2)), "1");
    CHECK(op(NB_MOD, v_small(7), v_small(-2)), "-1");
    CHECK(op(NB_FLOORDIV, v_small(7), v_small(-2)), "-4");
    CHECK(op(NB_FLOORDIV, v_small(1), v_small(0)), "<error>");
    CHECK(op(NB_MOD, I("-100000000000000000000000"), I("7")), "2");
    CHECK(op(NB_FLOORDIV, I("-100000000000000000000000"), I("7")), "-14285714285714285714286");
    CHECK(op(NB_TRUEDIV, v_small(1), v_small(3)), "0.3333333333333333");
    CHECK(op(NB_TRUEDIV, v_small(1), v_small(0)), "<error>");
    value p1100 = op(NB_LSHIFT, v_small(1), v_small(1100)), p2174 = op(NB_LSHIFT, v_small(1), v_small(2174));
    CHECK(op(NB_TRUEDIV, p1100, p2174), "5e-324");
    CHECK(op(NB_TRUEDIV, op(NB_LSHIFT, v_small(1), v_small(64)), v_small(3)), "6.148914691236517e+18");
    CHECK(op(NB_TRUEDIV, I("1000000000000000000000000000000"), I("1000000000000001")), "999999999999999.0");
    value e400 = op(NB_POW, v_small(10), v_small(400));
    CHECK(op(NB_TRUEDIV, e400, v_small(3)), "<error>");
    CHECK(op(NB_TRUEDIV, e400, e400), "1.0");
    int ovf;
    CHECK_INT((long long)int_as_double(I("9007199254740993"), &ovf), 9007199254740992LL);
    CHECK_INT((long long)int_as_double(I("9007199254740995"), &ovf), 9007199254740996LL);
    checks++; int_as_double(e400, &ovf); if (!ovf) fail(__LINE__, "10**400 overflow", "0", "1");
}

static void test_pow_shift_bits(void)
{
    CHECK(op(NB_POW, v_small(2), v_small(100)), "1267650600228229401496703205376");
    CHECK(op(NB_POW, v_small(-3), v_small(41)), "-36472996377170786403");
    CHECK(op(NB_POW, v_small(2), v_small(-1)), "0.5");
    CHECK(op(NB_POW, v_small(0), v_small(-1)), "<error>");
    CHECK(op(NB_POW, v_small(-1), I("10000000000000000000000001")), "-1");
    CHECK(int_type.nb_pow3(v_small(2), v_small(-1), v_small(7)), "4");
    CHECK(int_type.nb_pow3(v_small(2), v_small(-1), v_small(4)), "<error>");
    CHECK(int_type.nb_pow3(v_small(2), v_small(3), v_small(-5)), "-2");
    CHECK(int_type.nb_pow3(v_small(2), v_small(3), v_small(0)), "<error>");
    CHECK(int_type.nb_pow3(v_small(3), I("100000000000000000000"), I("1000000007")), "139421235");
    CHECK(op(NB_LSHIFT, v_small(1), v_small(62)), "4611686018427387904");
    CHECK(op(NB_LSHIFT, v_small(-1), v_small(62)), "-4611686018427387904");
    CHECK(op(NB_LSHIFT, v_small(1), v_small(-1)), "<error>");
    CHECK(op(NB_RSHIFT, v_small(-1), v_small(100)), "-1");
    CHECK(op(NB_RSHIFT, I("-1267650600228229401496703205377"), v_small(1)), "-633825300114114700748351602689");
    CHECK(op(NB_AND, v_small(-5), v_small(255)), "251");
    CHECK(op(NB_AND, I("-1267650600228229401496703205376"), I("1267650600228229401496703205377")), "1267650600228229401496703205376");
    CHECK(op(NB_OR, I("-1267650600228229401496703205376"), v_small(5)), "-1267650600228229401496703205371");
    CHECK(op(NB_XOR, v_small(-1), I("1267650600228229401496703205376")), "-1267650600228229401496703205377");
    CHECK(int_type.nb_invert(I("1267650600228229401496703205376")), "-1267650600228229401496703205377");
}

static void test_hash_repr(void)
{
    CHECK_INT(hash_of(v_small(-1)), -2);
    CHECK_INT(hash_of(v_small(-2)), -2);
    CHECK_INT(hash_of(I("2305843009213693952")), 1);          /* 2**61 */
    CHECK_INT(hash_of(I("-2305843009213693951")), 0);         /* -2**61+1 */
    CHECK_INT(hash_of(I("-4611686018427387905")), -3);        /* -2**62-1 */
    CHECK_INT(hash_of(I("4611686018427387904")), 2);          /* 2**62 */
    CHECK_INT(hash_of(I("1267650600228229401496703205376")), 549755813888LL);
    CHECK_INT(hash_of(I("-1267650600228229401496703205376")), -549755813888LL);
    CHECK_INT(hash_of(V_TRUE), 1);
    value e4299 = op(NB_POW, v_small(10), v_small(4299)), e4300 = op(NB_POW, v_small(10), v_small(4300));
    checks++; if (!int_to_decimal(e4299)) { exc_clear(); fail(__LINE__, "str(10**4299)", "error", "ok"); }
    CHECK(int_to_decimal(e4300), "<error>");
}

static void test_parse(void)
{
    CHECK(int_from_str(" -12_3 ", 7, 10), "-123");
    CHECK(int_from_str("0x_1f", 5, 0), "31");
    CHECK(int_from_str("0x_1f", 5, 16), "31");
    CHECK(int_from_str("1f", 2, 16), "31");
    CHECK(int_from_str("010", 3, 0), "<error>");
    CHECK(int_from_str("000", 3, 0), "0");
    CHECK(int_from_str("0_0", 3, 0), "0");
    CHECK(int_from_str("1__0", 4, 10), "<error>");
    CHECK(int_from_str("_1", 2, 10), "<error>");
    CHECK(int_from_str("1_", 2, 10), "<error>");
    CHECK(int_from_str("", 0, 10), "<error>");
    CHECK(int_from_str("z", 1, 36), "35");
    CHECK(int_from_str("0b101", 5, 0), "5");
    CHECK(int_from_str("0o17", 4, 8), "15");
    CHECK(int_from_str("\xd9\xa1\xd9\xa2\xd9\xa3", 6, 10), "123");   /* Arabic-Indic digits */
    CHECK(int_from_str("\xc2\xa0" "12\xe2\x80\x83", 7, 10), "12");   /* NBSP, EM SPACE */
    CHECK(int_from_str("-4611686018427387905", 20, 10), "-4611686018427387905");
}

static void test_format(void)
{
    CHECK(fmt(v_small(1234), "09,"), "0,001,234");
    CHECK(fmt(v_small(1234), "08,"), "0,001,234");
    CHECK(fmt(v_small(1234), "07,"), "001,234");
    CHECK(fmt(v_small(-1234), "010_"), "-0_001_234");
    CHECK(fmt(v_small(255), "#012_x"), "0x0_0000_00ff");
    CHECK(fmt(v_small(1234), "x<10,"), "1,234xxxxx");
    CHECK(fmt(v_small(-12), "*=8"), "-*****12");
    CHECK(fmt(v_small(5), "^6"), "  5   ");
    CHECK(fmt(v_small(-255), "#b"), "-0b11111111");
    CHECK(fmt(v_small(65), "c"), "A");
    CHECK(fmt(v_small(12), "+c"), "<error>");
    CHECK(fmt(v_small(12), ",x"), "<error>");
    CHECK(fmt(v_small(12), "abc"), "<error>");
    CHECK(fmt(v_small(12), "e"), "1.200000e+01");
    CHECK(fmt(v_small(12), "%"), "1200.000000%");
    CHECK(fmt(v_small(123456789), "_b"), "111_0101_1011_1100_1101_0001_0101");
    CHECK(fmt(op(NB_LSHIFT, v_small(1), v_small(64)), "#X"), "0X10000000000000000");
    CHECK(fmt(V_TRUE, ""), "True");
    CHECK(fmt(V_TRUE, "d"), "1");
}

static void test_bool(void)
{
    CHECK(bool_type.nb[NB_AND](V_TRUE, V_FALSE), "False");
    CHECK(bool_type.nb[NB_XOR](V_TRUE, V_FALSE), "True");
    CHECK(bool_type.nb[NB_AND](V_TRUE, v_small(3)), "1");
    CHECK(op(NB_ADD, V_TRUE, V_TRUE), "2");
    CHECK(int_type.nb_invert(V_TRUE), "-2");
    CHECK(op(NB_TRUEDIV, V_TRUE, v_small(2)), "0.5");
    CHECK(op(NB_LSHIFT, V_TRUE, v_small(70)), "1180591620717411303424");
}

int main(void)
{
    if (runtime_init() < 0)
        return 1;
    can_raise = exc_OverflowError.new != NULL;
    test_boundaries();
    test_division();
    test_pow_shift_bits();
    test_hash_repr();
    test_parse();
    test_format();
    test_bool();
    printf("test_int: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
