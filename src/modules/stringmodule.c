/* The `_string` module: the two helpers string.Formatter is built on.
 * formatter_parser(s) iterates over a str.format string as
 * (literal, field name, spec, conversion) tuples, parsing each field
 * with str.format's own parser (str_format_parse_field), so the
 * grammar and the errors are str.format's; an error is raised by the
 * next() that reaches it. formatter_field_name_split(name) splits
 * "0.attr[key]" into its first part (an int when all digits) and an
 * iterator over (is_attribute, name_or_key) pairs, again lazily. */
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../unicode/unicode.h"
#include "../vm/exc.h"

typedef struct fmt_iter {
    object hdr;
    value str;    /* the str parsed */
    size_t pos;   /* byte offset of the next chunk */
} fmt_iter;

static type_object formatteriterator_type, fieldnameiterator_type;

static value iter_self(value self) { return self; }

static void fmt_iter_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((fmt_iter *)o)->str); }

static value fmt_iter_new(type_object *type, value s, size_t pos)
{
    fmt_iter *it = (fmt_iter *)gc_alloc(type, sizeof(fmt_iter));
    if (!it)
        return V_NULL;
    it->str = s;
    it->pos = pos;
    return v_from_obj(it);
}

static int need_str(value v)
{
    if (v_is_str(v))
        return 0;
    exc_raise(&exc_TypeError, "expected str, got %s", v_type_name(v));
    return -1;
}

/* -- formatter_parser --------------------------------------------------------- */

static value formatter_next(value self)
{
    fmt_iter *it = (fmt_iter *)v_obj(self);
    const char *d = str_data(it->str);
    size_t n = str_size(it->str), p = it->pos, start = p;
    if (p >= n)
        return V_NULL;
    while (p < n && d[p] != '{' && d[p] != '}')
        p++;
    value lit;
    if (p >= n) {
        it->pos = p;
        lit = str_from_utf8(d + start, p - start);
        return lit ? tuple_pack(4, lit, V_NONE, V_NONE, V_NONE) : V_NULL;
    }
    char c = d[p];
    if (p + 1 < n && d[p + 1] == c) {   /* a doubled brace ends the literal, keeping one */
        it->pos = p + 2;
        lit = str_from_utf8(d + start, p + 1 - start);
        return lit ? tuple_pack(4, lit, V_NONE, V_NONE, V_NONE) : V_NULL;
    }
    if (c == '}' || p + 1 >= n) {
        it->pos = n;
        return exc_raise(&exc_ValueError, "Single '%c' encountered in format string", c);
    }
    size_t lit_end = p++, name[2], spec[2];
    uint32_t conv;
    if (str_format_parse_field(d, n, &p, name, spec, &conv) < 0) {
        it->pos = n;
        return V_NULL;
    }
    it->pos = p;
    lit = str_from_utf8(d + start, lit_end - start);
    value fname = lit ? str_from_utf8(d + name[0], name[1] - name[0]) : V_NULL;
    value fspec = fname ? str_from_utf8(d + spec[0], spec[1] - spec[0]) : V_NULL;
    value fconv = V_NONE;
    if (fspec && conv) {
        char buf[4];
        int len = utf8_encode(conv, buf);
        fconv = str_from_utf8(buf, (size_t)len);
    }
    return fconv ? tuple_pack(4, lit, fname, fspec, fconv) : V_NULL;
}

static value st_formatter_parser(value self, int argc, const value *argv, value kwnames)
{
    if (need_str(argv[0]) < 0)
        return V_NULL;
    return fmt_iter_new(&formatteriterator_type, argv[0], 0);
}

/* -- formatter_field_name_split ------------------------------------------------- */

/* The part d[b..e) as an int when it is all digits, else as a str. */
static value int_or_str(const char *d, size_t b, size_t e)
{
    bool digits = e > b;
    for (size_t i = b; i < e && digits; i++)
        digits = d[i] >= '0' && d[i] <= '9';
    return digits ? int_from_str(d + b, e - b, 10) : str_from_utf8(d + b, e - b);
}

/* Where an error leaves the iterator follows CPython's, so a caller that
 * goes on after one sees the same items: past the offending character. */
static value fieldname_next(value self)
{
    fmt_iter *it = (fmt_iter *)v_obj(self);
    const char *d = str_data(it->str);
    size_t n = str_size(it->str), p = it->pos;
    if (p >= n)
        return V_NULL;
    size_t b;
    value part, is_attr;
    if (d[p] == '.') {
        b = ++p;
        while (p < n && d[p] != '.' && d[p] != '[')
            p++;
        it->pos = p;
        if (p == b)
            return exc_raise(&exc_ValueError, "Empty attribute in format string");
        part = str_from_utf8(d + b, p - b);
        is_attr = V_TRUE;
    } else if (d[p] == '[') {
        b = ++p;
        while (p < n && d[p] != ']')
            p++;
        it->pos = p < n ? p + 1 : n;
        if (p >= n)
            return exc_raise(&exc_ValueError, "Missing ']' in format string");
        if (p == b)
            return exc_raise(&exc_ValueError, "Empty attribute in format string");
        part = int_or_str(d, b, p);
        is_attr = V_FALSE;
    } else {
        p++;
        while (p < n && ((unsigned char)d[p] & 0xC0) == 0x80)   /* the rest of a UTF-8 character */
            p++;
        it->pos = p;
        return exc_raise(&exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    return part ? tuple_pack(2, is_attr, part) : V_NULL;
}

static value st_formatter_field_name_split(value self, int argc, const value *argv, value kwnames)
{
    if (need_str(argv[0]) < 0)
        return V_NULL;
    const char *d = str_data(argv[0]);
    size_t n = str_size(argv[0]), p = 0;
    while (p < n && d[p] != '.' && d[p] != '[')
        p++;
    value first = int_or_str(d, 0, p);
    value rest = first ? fmt_iter_new(&fieldnameiterator_type, argv[0], p) : V_NULL;
    return rest ? tuple_pack(2, first, rest) : V_NULL;
}

/* -- The module ----------------------------------------------------------------- */

static type_object formatteriterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "formatteriterator",
    .basicsize = sizeof(fmt_iter),
    .trace = fmt_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = formatter_next,
};

static type_object fieldnameiterator_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "fieldnameiterator",
    .basicsize = sizeof(fmt_iter),
    .trace = fmt_iter_trace,
    .getattr = obj_generic_getattr,
    .iter = iter_self,
    .iternext = fieldname_next,
};

static const method_def string_functions[] = {
    { "formatter_parser", st_formatter_parser, METH_O, "parse the argument as a format string" },
    { "formatter_field_name_split", st_formatter_field_name_split, METH_O, "split the argument as a field name" },
    { NULL, NULL, 0, NULL },
};

value stringmodule_init(void)
{
    value m = module_new("_string");
    if (!m || modules_add_functions(m, string_functions) < 0)
        return V_NULL;
    if ((!(formatteriterator_type.flags & TYPE_READY) && type_ready(&formatteriterator_type) < 0) ||
        (!(fieldnameiterator_type.flags & TYPE_READY) && type_ready(&fieldnameiterator_type) < 0))
        return V_NULL;
    value doc = str_from_cstr("string helper module");
    if (!doc || dict_set_cstr(module_dict(m), "__doc__", doc) < 0)
        return V_NULL;
    return m;
}
