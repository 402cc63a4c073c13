/* Helpers of the hash modules (hashutil.h): argument reading with
 * hashlib's messages and the hex form of digests. */
#include <limits.h>
#include "hashutil.h"
#include "../objects/bytearray.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/memoryview.h"
#include "../objects/str.h"
#include "../vm/exc.h"

/* 1 with *p, *n set for a C-contiguous buffer; -1 with the error of a
 * released or strided memoryview; 0 for a non-buffer (no exception). */
static int buffer_of(value obj, const char **p, size_t *n)
{
    if (buffer_get(obj, p, n))
        return 1;
    if (v_is_memoryview(obj)) {
        if (!((memoryview_object *)v_obj(obj))->obj)
            exc_raise(&exc_ValueError, "operation forbidden on released memoryview object");
        else
            exc_raise(&exc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    return 0;
}

int hash_data(value obj, const char **p, size_t *n)
{
    if (v_isinstance(obj, &str_type)) {
        exc_raise(&exc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    int r = buffer_of(obj, p, n);
    if (r == 0)
        exc_raise(&exc_TypeError, "object supporting the buffer API required");
    return r > 0 ? 0 : -1;
}

int hash_bytes_param(value obj, const char **p, size_t *n)
{
    int r = buffer_of(obj, p, n);
    if (r == 0)
        exc_raise(&exc_TypeError, "a bytes-like object is required, not '%s'", v_type_name(obj));
    return r > 0 ? 0 : -1;
}

value hash_hex(const unsigned char *d, size_t n)
{
    char *out;
    value s = str_new_ascii(2 * n, &out);
    if (!s)
        return V_NULL;
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = "0123456789abcdef"[d[i] >> 4];
        out[2 * i + 1] = "0123456789abcdef"[d[i] & 15];
    }
    return s;
}

int hash_parse_string_args(const char *fname, int argc, const value *argv, value kwnames,
                           const char **p, size_t *n)
{
    static const char *const names[] = { "string", "usedforsecurity" };
    value a[2];
    *p = NULL;
    *n = 0;
    if (num_parse_args(fname, argc, argv, kwnames, names, 2, 1, 0, a) < 0)
        return -1;
    /* the flag is converted (its __bool__ may raise) before the data is read */
    if (a[1] && obj_truthy(a[1]) < 0)
        return -1;
    return a[0] ? hash_data(a[0], p, n) : 0;
}

int hash_c_int(value v, int *out)
{
    if (v_is_float(v) || !v_type(v)->nb_index) {
        exc_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", v_type_name(v));
        return -1;
    }
    value i = obj_index(v);
    int64_t n;
    if (!i)
        return -1;
    if (int_as_i64(i, &n) < 0 || n < INT_MIN || n > INT_MAX) {
        exc_clear();
        exc_raise(&exc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)n;
    return 0;
}

int hash_c_unsigned(value v, const char *overflow_msg, uint64_t *out)
{
    if (!v_is_int_like(v)) {
        exc_raise(&exc_TypeError, "an integer is required");
        return -1;
    }
    int64_t i;
    if (int_as_i64(v, &i) == 0) {
        if (i < 0) {
            exc_raise(&exc_ValueError, "value must be positive");
            return -1;
        }
        *out = (uint64_t)i;
        return 0;
    }
    exc_clear();
    mpz_t z;
    mpz_init(z);
    int_to_mpz(v, z);
    int sign = mpz_sgn(z);
    bool fits = mpz_sizeinbase(z, 2) <= 64;
    uint64_t u = fits ? (uint64_t)mpz_get_ui(z) : 0;
    mpz_clear(z);
    if (sign < 0) {
        exc_raise(&exc_ValueError, "value must be positive");
        return -1;
    }
    if (!fits) {
        exc_raise(&exc_OverflowError, "%s", overflow_msg);
        return -1;
    }
    *out = u;
    return 0;
}

int hash_copy_noargs(int argc)
{
    if (argc) {
        exc_raise(&exc_TypeError, "copy() takes no arguments");
        return -1;
    }
    return 0;
}
