/* str.format and str.format_map (the replacement-field grammar
 * "{name.attr[key]!conv:spec}", auto and manual numbering, nested fields
 * in the spec up to two levels, CPython 3.11's messages), and
 * str.__format__ (fill, align, width, precision over the shared parser in
 * format_spec.c). Formatting a value calls its __format__ (str directly). */
#include <string.h>
#include "str_internal.h"
#include "format_spec.h"
#include "exceptions.h"
#include "int.h"
#include "tuple.h"
#include "names.h"
#include "type.h"
#include "../vm/exc.h"
#include "../unicode/unicode.h"

typedef struct fmt_ctx {
    const value *args;      /* positional arguments */
    size_t nargs;
    const value *kwvals;    /* keyword argument values, names in kwnames */
    value kwnames;
    value mapping;          /* format_map's mapping, or V_NULL */
    int auto_state;         /* 0 unknown, 1 automatic, 2 manual */
    size_t next_auto;
} fmt_ctx;

static value render(fmt_ctx *cx, const char *d, size_t n, int depth);

/* format(v, spec) */
static value format_value(value v, value spec)
{
    if (v_is_str(v)) {
        value argv[1] = {spec};
        return str_dunder_format(v, 1, argv, V_NULL);
    }
    /* looked up on the type, so a class formats as itself, not through
     * the unbound __format__ of its own namespace */
    int found = 0;
    value r = call_special(v, N(__format__), 1, &spec, &found);
    if (!r && !found && !exc_occurred())
        return exc_raise(&exc_TypeError, "Type %s doesn't define __format__", v_type_name(v));
    if (!r) return V_NULL;
    if (!v_is_str_like(r))
        return exc_raise(&exc_TypeError, "__format__ must return a str, not %s", v_type_name(r));
    return r;
}

static value lookup_kw(fmt_ctx *cx, value name)
{
    if (cx->mapping) return obj_getitem(cx->mapping, name);
    size_t nk = cx->kwnames ? tuple_len(cx->kwnames) : 0;
    for (size_t i = 0; i < nk; i++)
        if (str_eq(tuple_get(cx->kwnames, i), name)) return cx->kwvals[i];
    return exc_raise_key_error(name);
}

static int all_digits(const char *s, size_t n)
{
    if (n == 0) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

static value positional(fmt_ctx *cx, size_t i)
{
    if (cx->mapping) return exc_raise(&exc_ValueError, "Format string contains positional fields");
    if (i >= cx->nargs)
        return exc_raise(&exc_IndexError, "Replacement index %zu out of range for positional args tuple", i);
    return cx->args[i];
}

/* Resolves "name.attr[key]..." to a value. */
static value resolve_field(fmt_ctx *cx, const char *f, size_t n)
{
    size_t i = 0;
    while (i < n && f[i] != '.' && f[i] != '[') i++;
    value v;
    if (i == 0) {
        if (cx->auto_state == 2)
            return exc_raise(&exc_ValueError,
                             "cannot switch from manual field specification to automatic field numbering");
        cx->auto_state = 1;
        v = positional(cx, cx->next_auto++);
    } else if (all_digits(f, i)) {
        if (cx->auto_state == 1)
            return exc_raise(&exc_ValueError,
                             "cannot switch from automatic field numbering to manual field specification");
        cx->auto_state = 2;
        size_t k = 0;
        for (size_t j = 0; j < i; j++) k = k * 10 + (size_t)(f[j] - '0');
        v = positional(cx, k);
    } else {
        value name = str_from_utf8(f, i);
        if (!name) return V_NULL;
        v = lookup_kw(cx, name);
    }
    if (!v) return V_NULL;
    while (i < n) {
        if (f[i] == '.') {
            size_t j = ++i;
            while (i < n && f[i] != '.' && f[i] != '[') i++;
            if (i == j) return exc_raise(&exc_ValueError, "Empty attribute in format string");
            value name = str_from_utf8(f + j, i - j);
            if (!name) return V_NULL;
            v = obj_getattr(v, name);
        } else if (f[i] == '[') {
            size_t j = ++i;
            while (i < n && f[i] != ']') i++;
            if (i >= n) return exc_raise(&exc_ValueError, "Missing ']' in format string");
            if (i == j) return exc_raise(&exc_ValueError, "Empty attribute in format string");
            value key;
            if (all_digits(f + j, i - j)) key = int_from_str(f + j, i - j, 10);
            else key = str_from_utf8(f + j, i - j);
            if (!key) return V_NULL;
            i++;
            if (i < n && f[i] != '.' && f[i] != '[')
                return exc_raise(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
            v = obj_getitem(v, key);
        } else {
            return exc_raise(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (!v) return V_NULL;
    }
    return v;
}

/* A replacement field as parsed: [name_b, name_e), the conversion (0:
 * none) and the spec [spec_b, spec_e). */
typedef struct field {
    size_t name_b, name_e, spec_b, spec_e;
    uint32_t conv;
} field;

/* Parses the field that starts at d[*p] (just after its '{') and leaves *p
 * after its closing '}'. The grammar and the messages follow CPython's
 * parse_field, which reads straight on from the '{', so an unclosed field
 * is reported by what it was reading when the string ended. */
static int parse_field(const char *d, size_t n, size_t *p, field *fd)
{
    size_t i = *p;
    char c = 0;
    fd->name_b = i;
    fd->conv = 0;
    while (i < n) {
        c = d[i++];
        if (c == '{') {
            exc_raise(&exc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < n && d[i] != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    fd->name_e = i > fd->name_b ? i - 1 : i;
    fd->spec_b = fd->spec_e = i;
    if (c != '!' && c != ':') {
        if (c != '}') {
            exc_raise(&exc_ValueError, "expected '}' before end of string");
            return -1;
        }
        *p = i;
        return 0;
    }
    if (c == '!') {
        if (i >= n) {
            exc_raise(&exc_ValueError, "end of string while looking for conversion specifier");
            return -1;
        }
        fd->conv = str_next_cp(d, n, &i);
        if (i < n) {
            c = d[i++];
            if (c == '}') { fd->spec_b = fd->spec_e = i - 1; *p = i; return 0; }
            if (c != ':') {
                exc_raise(&exc_ValueError, "expected ':' after conversion specifier");
                return -1;
            }
        }
    }
    fd->spec_b = i;
    int count = 1;
    while (i < n) {
        c = d[i++];
        if (c == '{') count++;
        else if (c == '}' && --count == 0) {
            fd->spec_e = i - 1;
            *p = i;
            return 0;
        }
    }
    exc_raise(&exc_ValueError, "unmatched '{' in format spec");
    return -1;
}

int str_format_parse_field(const char *d, size_t n, size_t *p, size_t name[2], size_t spec[2], uint32_t *conv)
{
    field fd;
    if (parse_field(d, n, p, &fd) < 0)
        return -1;
    name[0] = fd.name_b;
    name[1] = fd.name_e;
    spec[0] = fd.spec_b;
    spec[1] = fd.spec_e;
    *conv = fd.conv;
    return 0;
}

/* Formats one parsed field. */
static value render_field(fmt_ctx *cx, const char *d, const field *fd, int depth)
{
    /* CPython's order: the object, its conversion, then the spec, so
     * automatic numbering counts the field before fields in its spec */
    value v = resolve_field(cx, d + fd->name_b, fd->name_e - fd->name_b);
    if (!v) return V_NULL;
    switch (fd->conv) {
    case 0: break;
    case 'r': v = obj_repr(v); break;
    case 's': v = obj_str(v); break;
    case 'a': v = str_ascii(v); break;
    default: {
        value c = str_from_cp(fd->conv);
        if (!c) return V_NULL;
        return exc_raise(&exc_ValueError, "Unknown conversion specifier %S", c);
    }
    }
    if (!v) return V_NULL;
    value spec = str_empty();
    if (fd->spec_e > fd->spec_b) {
        spec = render(cx, d + fd->spec_b, fd->spec_e - fd->spec_b, depth + 1);
        if (!spec) return V_NULL;
    }
    return format_value(v, spec);
}

static value render(fmt_ctx *cx, const char *d, size_t n, int depth)
{
    /* a spec may hold fields, but their specs may not (CPython's limit of 2) */
    if (depth > 1) return exc_raise(&exc_ValueError, "Max string recursion exceeded");
    str_builder b;
    sb_str_init(&b);
    size_t p = 0;
    while (p < n) {
        char c = d[p];
        if (c != '{' && c != '}') {
            size_t q = p;
            while (q < n && d[q] != '{' && d[q] != '}') q++;
            sb_str_add(&b, d + p, q - p);
            p = q;
            continue;
        }
        if (p + 1 < n && d[p + 1] == c) { sb_str_add(&b, &c, 1); p += 2; continue; }
        if (c == '}' || p + 1 >= n) {
            sb_str_abandon(&b);
            return exc_raise(&exc_ValueError, "Single '%c' encountered in format string", c);
        }
        p++;
        field fd;
        if (parse_field(d, n, &p, &fd) < 0) { sb_str_abandon(&b); return V_NULL; }
        value r = render_field(cx, d, &fd, depth);
        if (!r) { sb_str_abandon(&b); return V_NULL; }
        sb_str_add_value(&b, r);
    }
    return sb_str_finish(&b);
}

value str_format_method(value self, int argc, const value *argv, value kwnames)
{
    fmt_ctx cx = {.args = argv, .nargs = (size_t)argc, .kwvals = argv + argc, .kwnames = kwnames};
    return render(&cx, str_data(self), str_size(self), 0);
}

value str_format_map_method(value self, int argc, const value *argv, value kwnames)
{
    fmt_ctx cx = {.args = NULL, .nargs = 0, .mapping = argv[0]};
    return render(&cx, str_data(self), str_size(self), 0);
}

value str_dunder_format(value self, int argc, const value *argv, value kwnames)
{
    value spec = argv[0];
    if (!v_is_str_like(spec))
        return exc_raise(&exc_TypeError, "__format__() argument must be str, not %s",
                         spec == V_NONE ? "None" : v_type_name(spec));
    const char *s = str_data(spec);
    size_t n = str_size(spec);
    /* an empty spec means str(self), which a subclass may override */
    if (n == 0) return v_is_str(self) ? self : obj_str(self);
    format_spec f;
    if (format_spec_parse(s, n, "str", &f) < 0) return V_NULL;
    /* CPython parses with 's' as the default type, so this is a parse error */
    if (f.grouping && !f.type) return exc_raise(&exc_ValueError, "Cannot specify '%c' with 's'.", f.grouping);
    if ((f.type && f.type != 's') || f.type_nul)
        return format_spec_unknown(&f, "str");
    if (f.sign)
        return exc_raise(&exc_ValueError, f.sign == ' ' ? "Space not allowed in string format specifier"
                                                        : "Sign not allowed in string format specifier");
    if (f.no_neg_zero)
        return exc_raise(&exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) return exc_raise(&exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') {
        /* a '0' before the width sets '=' only for numbers */
        uint32_t cp;
        int k = utf8_decode(s, n, &cp);
        int explicit_align = s[0] == '=' || (k > 0 && (size_t)k < n && s[k] == '=');
        if (explicit_align)
            return exc_raise(&exc_ValueError, "'=' alignment not allowed in string format specifier");
        f.align = '<';
    }
    size_t len = str_len(self), bytes = str_size(self);
    if (f.precision >= 0 && (size_t)f.precision < len) {
        len = (size_t)f.precision;
        bytes = str_offset(self, len);
    }
    return format_spec_text(&f, str_data(self), bytes, len, '<');
}
