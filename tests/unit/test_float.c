/* Unit test of src/objects/float.c (and float formatting in
 * format_spec.c): arithmetic signs of // and %, ** special cases, exact
 * comparisons with ints, hashes and reprs as python3.11 gives them,
 * correctly rounded round(x, n), hex/fromhex, float() parsing. Slots and
 * methods are called straight from the type (its method table), so only
 * the collector, str and exceptions are needed. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/float_repr.h"
#include "vm/exc.h"
#include "vm/runtime.h"

static int failures, checks;
static bool can_raise;   /* false until runtime_init readies the exception types */

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
    if (v_is_tuple(v) && tuple_len(v) == 2) {
        char a[128];
        snprintf(a, sizeof a, "%s", text(tuple_get(v, 0)));
        char b[128];
        snprintf(b, sizeof b, "%s", text(tuple_get(v, 1)));
        snprintf(buf, sizeof buf, "(%s, %s)", a, b);
        return buf;
    }
    value s = v_is_str(v) ? v : int_to_decimal(v);
    if (!s) {
        exc_clear();
        return "<error>";
    }
    snprintf(buf, sizeof buf, "%s", str_data(s));
    return buf;
}

#define CHECK(v, want) do { if (!can_raise && strcmp(want, "<error>") == 0) break; checks++; \
    const char *g_ = text(v); if (strcmp(g_, want) != 0) { failures++; \
    printf("FAIL line %d: %s: got %s, want %s\n", __LINE__, #v, g_, want); } } while (0)

static value F(double d) { return float_new(d); }
static value op(int nb, value a, value b) { return float_type.nb[nb](a, b); }

/* Calls a method of float by name from its table. */
static value meth(const char *name, value self, int argc, const value *argv)
{
    for (const method_def *m = float_type.methods; m->name; m++)
        if (strcmp(m->name, name) == 0)
            return m->fn(self, argc, argv, V_NULL);
    printf("no method %s\n", name);
    return V_NULL;
}

static value S(const char *s) { return str_from_cstr(s); }

static value round2(double x, int64_t n)
{
    value a = v_small(n);
    return meth("__round__", F(x), 1, &a);
}

static value fmt(double d, const char *spec)
{
    format_spec f;
    if (format_spec_parse(spec, strlen(spec), "float", &f) < 0)
        return V_NULL;
    return format_spec_float(d, &f, "float");
}

static value parse(const char *s)
{
    value a = S(s);
    return float_type.new(&float_type, 1, &a, V_NULL);
}

static int64_t hash_of(double d)
{
    int64_t h = 0;
    if (float_type.hash(F(d), &h) < 0)
        exc_clear();
    return h;
}

#define CHECK_HASH(d, want) do { checks++; int64_t h_ = hash_of(d); if (h_ != (int64_t)(want)) { failures++; \
    printf("FAIL line %d: hash(%s) = %lld, want %lld\n", __LINE__, #d, (long long)h_, (long long)(want)); } } while (0)

static void test_arith(void)
{
    CHECK(op(NB_FLOORDIV, F(-7.0), v_small(2)), "-4.0");
    CHECK(op(NB_MOD, F(7.0), v_small(-2)), "-1.0");
    CHECK(op(NB_MOD, F(-0.0), v_small(5)), "0.0");
    CHECK(op(NB_MOD, F(0.0), v_small(-5)), "-0.0");
    CHECK(meth("__divmod__", F(-7.5), 1, (value[]){v_small(2)}), "(-4.0, 0.5)");
    CHECK(op(NB_MOD, F(1.0), F(0.0)), "<error>");
    CHECK(op(NB_TRUEDIV, v_small(1), F(0.0)), "<error>");
    CHECK(op(NB_ADD, v_small(1), F(0.5)), "1.5");
    CHECK(op(NB_MUL, F(1e300), F(1e300)), "inf");
    CHECK(op(NB_TRUEDIV, F(1e22), v_small(7)), "1.4285714285714287e+21");
    CHECK(op(NB_POW, F(2.0), v_small(-1)), "0.5");
    CHECK(op(NB_POW, F(0.0), v_small(-1)), "<error>");
    CHECK(op(NB_POW, F(10.0), v_small(400)), "<error>");
    CHECK(op(NB_POW, F(-2.0), v_small(3)), "-8.0");
    CHECK(op(NB_POW, F(-INFINITY), v_small(3)), "-inf");
    CHECK(op(NB_POW, F(-INFINITY), F(-3.0)), "-0.0");
    CHECK(op(NB_POW, F(NAN), F(0.0)), "1.0");
    CHECK(op(NB_POW, F(1.0), F(NAN)), "1.0");
    CHECK(op(NB_POW, F(-1.0), F(INFINITY)), "1.0");
    CHECK(op(NB_POW, F(0.5), F(-INFINITY)), "inf");
    CHECK(op(NB_ADD, F(1.0), S("x")), "NotImplemented");
}

static void test_compare_hash(void)
{
    value big = int_from_str("9223372036854775808", 19, 10);   /* 2**63 */
    value odd = int_from_str("9007199254740993", 16, 10);      /* 2**53 + 1 */
    CHECK(float_type.richcompare(F(9223372036854775808.0), big, CMP_EQ), "True");
    CHECK(float_type.richcompare(F(9007199254740992.0), odd, CMP_LT), "True");
    CHECK(float_type.richcompare(odd, F(9007199254740992.0), CMP_GT), "True");
    CHECK(float_type.richcompare(odd, F(9007199254740992.0), CMP_EQ), "False");
    CHECK(float_type.richcompare(F(NAN), v_small(1), CMP_NE), "True");
    CHECK(float_type.richcompare(F(INFINITY), big, CMP_GT), "True");
    CHECK(float_type.richcompare(F(0.5), v_small(1), CMP_LE), "True");
    CHECK_HASH(1.5, 1152921504606846977LL);
    CHECK_HASH(0.1, 230584300921369408LL);
    CHECK_HASH(-2.5, -1152921504606846978LL);
    CHECK_HASH(1e300, 1224995262755759164LL);
    CHECK_HASH(5e-324, 16777216);
    CHECK_HASH(1180591620717411303424.0, 512);
    CHECK_HASH(INFINITY, 314159);
    CHECK_HASH(-1.0, -2);
    CHECK_HASH(4.0, 4);
}

static void test_round_text(void)
{
    CHECK(round2(2.675, 2), "2.67");
    CHECK(round2(1234.5, -1), "1230.0");
    CHECK(round2(1e300, -300), "1e+300");
    CHECK(round2(0.125, 2), "0.12");
    CHECK(round2(5e-324, 400), "5e-324");
    CHECK(round2(-0.4, 0), "-0.0");
    CHECK(round2(1.7976931348623157e308, -308), "<error>");
    CHECK(meth("__round__", F(2.5), 0, NULL), "2");
    CHECK(meth("__round__", F(-3.5), 0, NULL), "-4");
    CHECK(meth("__round__", F(1e20), 0, NULL), "100000000000000000000");
    CHECK(meth("__floor__", F(-7.5), 0, NULL), "-8");
    CHECK(meth("__ceil__", F(-7.5), 0, NULL), "-7");
    CHECK(meth("__trunc__", F(INFINITY), 0, NULL), "<error>");
    CHECK(meth("as_integer_ratio", F(0.1), 0, NULL), "(3602879701896397, 36028797018963968)");
    CHECK(meth("as_integer_ratio", F(-8.0), 0, NULL), "(-8, 1)");
    CHECK(meth("hex", F(1.5), 0, NULL), "0x1.8000000000000p+0");
    CHECK(meth("hex", F(5e-324), 0, NULL), "0x0.0000000000001p-1022");
    CHECK(meth("hex", F(-0.0), 0, NULL), "-0x0.0p+0");
    value ft = v_from_obj(&float_type);
    CHECK(meth("fromhex", ft, 1, (value[]){S("0x1.8p1")}), "3.0");
    CHECK(meth("fromhex", ft, 1, (value[]){S(" -0X1P-1074 ")}), "-5e-324");
    CHECK(meth("fromhex", ft, 1, (value[]){S("0x1.fffffffffffff8p1023")}), "<error>");
    CHECK(meth("fromhex", ft, 1, (value[]){S("0x.8")}), "0.5");
    CHECK(meth("fromhex", ft, 1, (value[]){S("inf")}), "inf");
    CHECK(meth("fromhex", ft, 1, (value[]){S("0x")}), "<error>");
    CHECK(parse(" -InFinity "), "-inf");
    CHECK(parse("1_0.5"), "10.5");
    CHECK(parse("1e1_0"), "10000000000.0");
    CHECK(parse(".5e-3"), "0.0005");
    CHECK(parse("nan(1)"), "<error>");
    CHECK(parse("0x1p3"), "<error>");
    CHECK(parse("1__0"), "<error>");
    CHECK(parse(""), "<error>");
    CHECK(parse("\xd9\xa1\xd9\xa2.5"), "12.5");
}

static void test_format(void)
{
    CHECK(fmt(1.5, "010,.2f"), "000,001.50");
    CHECK(fmt(1234567.5, "015,.1f"), "0,001,234,567.5");
    CHECK(fmt(-0.0001, "z.2f"), "0.00");
    CHECK(fmt(-0.0, "z"), "0.0");
    CHECK(fmt(1e200, "f"), "99999999999999996973312221251036165947450327545502362648241750950346848435554075534196338404706251868027512415973882408182135734368278484639385041047239877871023591066789981811181813306167128854888448.000000");
    CHECK(fmt(1.5, ""), "1.5");
    CHECK(fmt(1e16, ".3"), "1e+16");
    CHECK(fmt(123.0, ".3"), "1.23e+02");
    CHECK(fmt(1.0, ".0"), "1e+00");
    CHECK(fmt(0.0001, ".3"), "0.0001");
    CHECK(fmt(1.0, "#.0f"), "1.");
    CHECK(fmt(1.0, "#g"), "1.00000");
    CHECK(fmt(1.5, ".0%"), "150%");
    CHECK(fmt(INFINITY, "010"), "0000000inf");
    CHECK(fmt(-NAN, "f"), "nan");
    CHECK(fmt(1234.5, ","), "1,234.5");
    CHECK(fmt(12345.6, "_.2f"), "12_345.60");
    CHECK(fmt(1.0, "=+10.2f"), "+     1.00");
    CHECK(fmt(12.0, "n"), "12");
    CHECK(fmt(1e100, "n"), "1e+100");
    CHECK(fmt(1.5, "E"), "1.500000E+00");
    CHECK(fmt(INFINITY, "F"), "INF");
    CHECK(fmt(1.0, "d"), "<error>");
    CHECK(fmt(1.0, ".2,"), "<error>");
}

int main(void)
{
    if (runtime_init() < 0)
        return 1;
    can_raise = exc_OverflowError.new != NULL;
    test_arith();
    test_compare_hash();
    test_round_text();
    test_format();
    printf("test_float: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
