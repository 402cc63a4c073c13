/* int.__format__: the integer presentation types of the format-spec
 * mini-language (b c d n o x X and none), with float's types (e f g %)
 * delegated to format_spec_float on the correctly rounded float value. */
#include <stdlib.h>
#include <string.h>
#include "int_internal.h"
#include "format_spec.h"
#include "str.h"
#include "../unicode/unicode.h"
#include "../vm/exc.h"

static value format_char(value v, const format_spec *f)
{
    if (f->sign)
        return exc_raise(&exc_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f->alternate)
        return exc_raise(&exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t cp;
    if (int_as_i64(v, &cp) < 0)
        return V_NULL;               /* CPython: "... too large to convert to C long" */
    if (cp < 0 || cp > 0x10ffff)
        return exc_raise(&exc_OverflowError, "%%c arg not in range(0x110000)");
    char buf[4];
    int n = utf8_encode((uint32_t)cp, buf);
    return format_spec_text(f, buf, (size_t)n, 1, '>');
}

value int_format(value v, const char *spec, size_t n)
{
    if (n == 0)
        return obj_str(v);
    format_spec f;
    if (format_spec_parse(spec, n, v_type_name(v), &f) < 0)
        return V_NULL;
    int base;
    switch (f.type) {
    case 0: case 'd': case 'n': base = 10; break;
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    case 'c': base = 0; break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d;
        if (int_to_double_checked(v, &d) < 0)
            return V_NULL;
        return format_spec_float(d, &f, v_type_name(v));
    }
    default:
        return format_spec_unknown(&f, v_type_name(v));
    }
    if (f.type_nul)
        return format_spec_unknown(&f, v_type_name(v));
    if (f.precision >= 0)
        return exc_raise(&exc_ValueError, "Precision not allowed in integer format specifier");
    if (f.no_neg_zero)
        return exc_raise(&exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (base == 0)
        return format_char(v, &f);
    int64_t small;
    if (base == 10 && int_small_of(v, &small) && small != INT64_MIN) {
        /* f"{i:06d}": digits on the stack, no GMP, no malloc */
        char buf[32];
        char *d = int_small_decimal(small < 0 ? -small : small, buf + sizeof buf);
        const char *sign = small < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
        return format_spec_number(&f, sign, "", d, (size_t)(buf + sizeof buf - d), 3, "", 0);
    }
    zview tv;
    const __mpz_struct *z = int_zget(v, &tv);
    if (base == 10 && int_max_str_digits > 0 &&
        mpz_sizeinbase(z, 10) > (size_t)int_max_str_digits + 1) {
        value s = int_to_decimal(v);   /* raises the limit error when it applies */
        if (!s)
            return V_NULL;
    }
    char *digits = malloc(mpz_sizeinbase(z, base) + 3);
    if (!digits)
        return exc_no_memory();
    mpz_get_str(digits, f.type == 'X' ? -16 : base, z);
    char *d = digits[0] == '-' ? digits + 1 : digits;
    if (base == 10 && int_max_str_digits > 0 && strlen(d) > (size_t)int_max_str_digits) {
        free(digits);
        return exc_raise(&exc_ValueError, "Exceeds the limit (%d digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit", int_max_str_digits);
    }
    const char *sign = mpz_sgn(z) < 0 ? "-" : f.sign == '+' ? "+" : f.sign == ' ' ? " " : "";
    const char *prefix = "";
    if (f.alternate)
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? (f.type == 'X' ? "0X" : "0x") : "";
    value r = format_spec_number(&f, sign, prefix, d, strlen(d), base == 10 ? 3 : 4, "", 0);
    free(digits);
    return r;
}

value int_format_m(value self, int argc, const value *argv, value kwnames)
{
    if (!v_is_str(argv[0]))
        return exc_raise(&exc_TypeError, "__format__() argument must be str, not %s",
                         argv[0] == V_NONE ? "None" : v_type_name(argv[0]));
    return int_format(self, str_data(argv[0]), str_size(argv[0]));
}
