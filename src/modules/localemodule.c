/* The `_locale` module, which Lib/locale.py wraps: setlocale, localeconv,
 * nl_langinfo (with CPython's table of accepted constants), strcoll,
 * strxfrm, getencoding, the gettext family, the LC_* constants and
 * `Error` (locale.Error). CPython sets LC_CTYPE from the environment at
 * start-up and coerces the C locale to C.UTF-8; Taipan does neither at
 * start-up, so this module does both when it is first imported, which
 * is when a program can first observe the locale. Strings from the C
 * library are decoded as UTF-8 with surrogateescape. */
#define _GNU_SOURCE
#include <errno.h>
#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

static value locale_error;   /* the class locale.Error (a GC root) */

static value decode(const char *s)
{
    value b = bytes_from(s, strlen(s));
    return b ? bytes_decode(b, "utf-8", "surrogateescape") : V_NULL;
}

/* A str argument as a NUL-terminated C string (kept alive by *keep);
 * NULL with TypeError / ValueError. */
static const char *c_string(value v, const char *what, value *keep)
{
    if (!v_is_str(v)) {
        exc_raise(&exc_TypeError, "%s must be str, not %s", what, v_type_name(v));
        return NULL;
    }
    value b = str_encode(v, "utf-8", "surrogateescape");
    if (!b)
        return NULL;
    if (strlen(bytes_data(b)) != bytes_size(b)) {
        exc_raise(&exc_ValueError, "embedded null character");
        return NULL;
    }
    *keep = b;
    return bytes_data(b);
}

/* A str argument as a wide string (malloc'd; the caller frees). */
static wchar_t *wide(value v, const char *what)
{
    if (!v_is_str(v)) {
        exc_raise(&exc_TypeError, "%s must be str, not %s", what, v_type_name(v));
        return NULL;
    }
    const char *d = str_data(v);
    size_t n = str_size(v), len = str_len(v), k = 0;
    wchar_t *w = malloc((len + 1) * sizeof *w);
    if (!w) {
        exc_no_memory();
        return NULL;
    }
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)d[i];
        int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
        uint32_t cp = extra == 0 ? c : extra == 1 ? c & 0x1F : extra == 2 ? c & 0x0F : c & 0x07;
        for (int j = 1; j <= extra && i + (size_t)j < n; j++)
            cp = cp << 6 | ((unsigned char)d[i + (size_t)j] & 0x3F);
        i += (size_t)extra + 1;
        if (cp == 0) {
            free(w);
            exc_raise(&exc_ValueError, "embedded null character");
            return NULL;
        }
        w[k++] = (wchar_t)cp;
    }
    w[k] = 0;
    return w;
}

static value from_wide(const wchar_t *w, size_t n)
{
    str_builder b;
    sb_str_init(&b);
    for (size_t i = 0; i < n; i++) {
        char buf[4];
        uint32_t cp = (uint32_t)w[i];
        int len;
        if (cp < 0x80) {
            buf[0] = (char)cp;
            len = 1;
        } else if (cp < 0x800) {
            buf[0] = (char)(0xC0 | cp >> 6);
            buf[1] = (char)(0x80 | (cp & 0x3F));
            len = 2;
        } else if (cp < 0x10000) {
            buf[0] = (char)(0xE0 | cp >> 12);
            buf[1] = (char)(0x80 | (cp >> 6 & 0x3F));
            buf[2] = (char)(0x80 | (cp & 0x3F));
            len = 3;
        } else {
            buf[0] = (char)(0xF0 | (cp >> 18 & 0x07));
            buf[1] = (char)(0x80 | (cp >> 12 & 0x3F));
            buf[2] = (char)(0x80 | (cp >> 6 & 0x3F));
            buf[3] = (char)(0x80 | (cp & 0x3F));
            len = 4;
        }
        sb_str_add(&b, buf, (size_t)len);
    }
    return sb_str_finish(&b);
}

static int int_arg(value v, int *out)
{
    int64_t x;
    if (args_index(v, &x) < 0)
        return -1;
    if (x > INT_MAX || x < INT_MIN) {
        exc_raise(&exc_OverflowError, "signed integer is %s", x > INT_MAX ? "greater than maximum" : "less than minimum");
        return -1;
    }
    *out = (int)x;
    return 0;
}

static value raise_locale(const char *msg)
{
    return exc_raise(v_as_type(locale_error), "%s", msg);
}

/* -- setlocale / localeconv ------------------------------------------------------ */

static value lc_setlocale(value self, int argc, const value *argv, value kw)
{
    if (args_count("setlocale", argc, 1, 2) < 0)
        return V_NULL;
    int cat;
    if (int_arg(argv[0], &cat) < 0)
        return V_NULL;
    if (argc == 1 || argv[1] == V_NONE) {
        const char *r = setlocale(cat, NULL);
        return r ? decode(r) : raise_locale("locale query failed");
    }
    value keep;
    if (!v_is_str(argv[1]))
        return exc_raise(&exc_TypeError, "setlocale() argument 2 must be str or None, not %s", v_type_name(argv[1]));
    const char *loc = c_string(argv[1], "setlocale() argument 2", &keep);
    if (!loc)
        return V_NULL;
    const char *r = setlocale(cat, loc);
    return r ? decode(r) : raise_locale("unsupported locale setting");
}

/* A grouping string as CPython lists it: its bytes up to and including
 * the terminating 0 or CHAR_MAX; [] when empty. */
static value grouping(const char *s)
{
    value l = list_new(0);
    if (!l || !*s)
        return l;
    for (size_t i = 0;; i++) {
        if (list_append(l, v_small((unsigned char)s[i] == CHAR_MAX ? CHAR_MAX : s[i])) < 0)
            return V_NULL;
        if (s[i] == 0 || (unsigned char)s[i] == CHAR_MAX)
            return l;
    }
}

static value lc_localeconv(value self, int argc, const value *argv, value kw)
{
    struct lconv *c = localeconv();
    value d = dict_new();
    if (!d)
        return V_NULL;
    const struct { const char *name; const char *s; } strs[] = {
        { "int_curr_symbol", c->int_curr_symbol }, { "currency_symbol", c->currency_symbol },
        { "mon_decimal_point", c->mon_decimal_point }, { "mon_thousands_sep", c->mon_thousands_sep },
    };
    const struct { const char *name; const char *s; } signs[] = {
        { "positive_sign", c->positive_sign }, { "negative_sign", c->negative_sign },
    };
    const struct { const char *name; char v; } chars[] = {
        { "int_frac_digits", c->int_frac_digits }, { "frac_digits", c->frac_digits },
        { "p_cs_precedes", c->p_cs_precedes }, { "p_sep_by_space", c->p_sep_by_space },
        { "n_cs_precedes", c->n_cs_precedes }, { "n_sep_by_space", c->n_sep_by_space },
        { "p_sign_posn", c->p_sign_posn }, { "n_sign_posn", c->n_sign_posn },
    };
    for (size_t i = 0; i < sizeof strs / sizeof *strs; i++) {
        value s = decode(strs[i].s);
        if (!s || dict_set_cstr(d, strs[i].name, s) < 0)
            return V_NULL;
    }
    value mg = grouping(c->mon_grouping);
    if (!mg || dict_set_cstr(d, "mon_grouping", mg) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof signs / sizeof *signs; i++) {
        value s = decode(signs[i].s);
        if (!s || dict_set_cstr(d, signs[i].name, s) < 0)
            return V_NULL;
    }
    for (size_t i = 0; i < sizeof chars / sizeof *chars; i++)
        if (dict_set_cstr(d, chars[i].name, v_small((unsigned char)chars[i].v)) < 0)
            return V_NULL;
    value dp = decode(c->decimal_point), ts = dp ? decode(c->thousands_sep) : V_NULL, g = ts ? grouping(c->grouping) : V_NULL;
    if (!g || dict_set_cstr(d, "decimal_point", dp) < 0 || dict_set_cstr(d, "thousands_sep", ts) < 0 ||
        dict_set_cstr(d, "grouping", g) < 0)
        return V_NULL;
    return d;
}

/* -- nl_langinfo ---------------------------------------------------------------- */

#define LI(name) { #name, name }
static const struct { const char *name; int item; } langinfo[] = {
    LI(RADIXCHAR), LI(THOUSEP), LI(CRNCYSTR), LI(D_T_FMT), LI(D_FMT), LI(T_FMT), LI(AM_STR), LI(PM_STR),
    LI(CODESET), LI(T_FMT_AMPM), LI(ERA), LI(ERA_D_FMT), LI(ALT_DIGITS), LI(YESEXPR), LI(NOEXPR), LI(_DATE_FMT),
    LI(DAY_1), LI(DAY_2), LI(DAY_3), LI(DAY_4), LI(DAY_5), LI(DAY_6), LI(DAY_7),
    LI(ABDAY_1), LI(ABDAY_2), LI(ABDAY_3), LI(ABDAY_4), LI(ABDAY_5), LI(ABDAY_6), LI(ABDAY_7),
    LI(MON_1), LI(MON_2), LI(MON_3), LI(MON_4), LI(MON_5), LI(MON_6), LI(MON_7), LI(MON_8), LI(MON_9),
    LI(MON_10), LI(MON_11), LI(MON_12),
    LI(ABMON_1), LI(ABMON_2), LI(ABMON_3), LI(ABMON_4), LI(ABMON_5), LI(ABMON_6), LI(ABMON_7), LI(ABMON_8),
    LI(ABMON_9), LI(ABMON_10), LI(ABMON_11), LI(ABMON_12),
    LI(ERA_D_T_FMT), LI(ERA_T_FMT),
};

static value lc_nl_langinfo(value self, int argc, const value *argv, value kw)
{
    int item;
    if (int_arg(argv[0], &item) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof langinfo / sizeof *langinfo; i++)
        if (langinfo[i].item == item) {
            const char *r = nl_langinfo((nl_item)item);
            return decode(r ? r : "");
        }
    return exc_raise(&exc_ValueError, "unsupported langinfo constant");
}

/* -- Collation -------------------------------------------------------------------- */

static value lc_strcoll(value self, int argc, const value *argv, value kw)
{
    if (args_count("strcoll", argc, 2, 2) < 0)
        return V_NULL;
    wchar_t *a = wide(argv[0], "strcoll() argument 1");
    wchar_t *b = a ? wide(argv[1], "strcoll() argument 2") : NULL;
    if (!b) {
        free(a);
        return V_NULL;
    }
    int r = wcscoll(a, b);
    free(a);
    free(b);
    return v_small(r < 0 ? -1 : r > 0 ? 1 : 0);
}

static value lc_strxfrm(value self, int argc, const value *argv, value kw)
{
    wchar_t *s = wide(argv[0], "strxfrm() argument");
    if (!s)
        return V_NULL;
    size_t n = wcsxfrm(NULL, s, 0);
    wchar_t *out = malloc((n + 1) * sizeof *out);
    if (!out) {
        free(s);
        return exc_no_memory();
    }
    wcsxfrm(out, s, n + 1);
    value r = from_wide(out, n);
    free(s);
    free(out);
    return r;
}

static value lc_getencoding(value self, int argc, const value *argv, value kw)
{
    const char *cs = nl_langinfo(CODESET);
    return str_from_cstr(cs && *cs ? cs : "UTF-8");
}

/* -- gettext ---------------------------------------------------------------------- */

/* An optional str argument (None: NULL). */
static int opt_string(value v, const char *what, const char **out, value *keep)
{
    if (v == V_NONE) {
        *out = NULL;
        return 0;
    }
    return (*out = c_string(v, what, keep)) ? 0 : -1;
}

static value result_or_none(const char *s) { return s ? decode(s) : V_NONE; }

static value lc_gettext(value self, int argc, const value *argv, value kw)
{
    value keep;
    const char *m = c_string(argv[0], "gettext() argument", &keep);
    return m ? decode(gettext(m)) : V_NULL;
}

static value lc_dgettext(value self, int argc, const value *argv, value kw)
{
    value k1, k2;
    const char *dom, *m;
    if (args_count("dgettext", argc, 2, 2) < 0 || opt_string(argv[0], "dgettext() argument 1", &dom, &k1) < 0 ||
        !(m = c_string(argv[1], "dgettext() argument 2", &k2)))
        return V_NULL;
    return decode(dgettext(dom, m));
}

static value lc_dcgettext(value self, int argc, const value *argv, value kw)
{
    value k1, k2;
    const char *dom, *m;
    int cat;
    if (args_count("dcgettext", argc, 3, 3) < 0 || opt_string(argv[0], "dcgettext() argument 1", &dom, &k1) < 0 ||
        !(m = c_string(argv[1], "dcgettext() argument 2", &k2)) || int_arg(argv[2], &cat) < 0)
        return V_NULL;
    return decode(dcgettext(dom, m, cat));
}

static value lc_textdomain(value self, int argc, const value *argv, value kw)
{
    value k;
    const char *dom;
    if (opt_string(argv[0], "textdomain() argument", &dom, &k) < 0)
        return V_NULL;
    const char *r = textdomain(dom);
    return r ? decode(r) : exc_raise(&exc_OSError, "%s", strerror(errno));
}

static value lc_bindtextdomain(value self, int argc, const value *argv, value kw)
{
    value k1, k2;
    const char *dom, *dir;
    if (args_count("bindtextdomain", argc, 2, 2) < 0 ||
        !(dom = c_string(argv[0], "bindtextdomain() argument 1", &k1)) ||
        opt_string(argv[1], "bindtextdomain() argument 2", &dir, &k2) < 0)
        return V_NULL;
    if (!*dom)
        return exc_raise(&exc_OSError, "%s", strerror(EINVAL));
    return result_or_none(bindtextdomain(dom, dir));
}

static value lc_bind_textdomain_codeset(value self, int argc, const value *argv, value kw)
{
    value k1, k2;
    const char *dom, *cs;
    if (args_count("bind_textdomain_codeset", argc, 2, 2) < 0 ||
        !(dom = c_string(argv[0], "bind_textdomain_codeset() argument 1", &k1)) ||
        opt_string(argv[1], "bind_textdomain_codeset() argument 2", &cs, &k2) < 0)
        return V_NULL;
    return result_or_none(bind_textdomain_codeset(dom, cs));
}

/* -- The module ------------------------------------------------------------------ */

static const method_def locale_functions[] = {
    { "setlocale", lc_setlocale, METH_FAST, "setlocale(category, locale=None): sets or (None) reads a category's locale." },
    { "localeconv", lc_localeconv, METH_NOARGS, "The number and money formatting conventions of the current locale." },
    { "nl_langinfo", lc_nl_langinfo, METH_O, "One item of the locale's information (CODESET, D_T_FMT, DAY_1, ...)." },
    { "strcoll", lc_strcoll, METH_FAST, "-1, 0 or 1 as a sorts before, with or after b in the locale." },
    { "strxfrm", lc_strxfrm, METH_O, "A key that compares as the locale collates s." },
    { "getencoding", lc_getencoding, METH_NOARGS, "The encoding of the current LC_CTYPE locale." },
    { "gettext", lc_gettext, METH_O, "gettext(msg): its translation in the current domain." },
    { "dgettext", lc_dgettext, METH_FAST, "dgettext(domain, msg): its translation in domain." },
    { "dcgettext", lc_dcgettext, METH_FAST, "dcgettext(domain, msg, category): its translation in domain and category." },
    { "textdomain", lc_textdomain, METH_O, "textdomain(domain): sets (None: reads) the current domain." },
    { "bindtextdomain", lc_bindtextdomain, METH_FAST, "bindtextdomain(domain, dir): where domain's catalogs are." },
    { "bind_textdomain_codeset", lc_bind_textdomain_codeset, METH_FAST, "bind_textdomain_codeset(domain, codeset): the encoding of its translations." },
    { NULL, NULL, 0, NULL },
};

#define LC(name) { #name, name }
static const struct { const char *name; int v; } lc_constants[] = {
    LC(LC_CTYPE), LC(LC_COLLATE), LC(LC_TIME), LC(LC_MONETARY), LC(LC_NUMERIC), LC(LC_ALL), LC(LC_MESSAGES),
    { "CHAR_MAX", CHAR_MAX },
};

/* CPython's start-up locale: LC_CTYPE from the environment, and the C
 * or POSIX locale coerced to C.UTF-8 (PEP 538). */
static void startup_locale(void)
{
    const char *r = setlocale(LC_CTYPE, "");
    if (!r || !strcmp(r, "C") || !strcmp(r, "POSIX"))
        if (!setlocale(LC_CTYPE, "C.UTF-8"))
            setlocale(LC_CTYPE, "C.utf8");
}

value localemodule_init(void)
{
    value m = module_new("_locale");
    if (!m || modules_add_functions(m, locale_functions) < 0)
        return V_NULL;
    value d = module_dict(m);
    if (!locale_error) {
        value name = str_from_cstr("Error"), bases = tuple_pack(1, v_from_obj(&exc_Exception)), ns = dict_new();
        value mod = str_from_cstr("locale");
        if (!name || !bases || !ns || !mod || dict_set_cstr(ns, "__module__", mod) < 0)
            return V_NULL;
        value args[3] = { name, bases, ns };
        value cls = obj_call(v_from_obj(&type_type), 3, args, V_NULL);
        if (!cls)
            return V_NULL;
        gc_root(&locale_error);
        locale_error = cls;
        startup_locale();
    }
    if (dict_set_cstr(d, "Error", locale_error) < 0)
        return V_NULL;
    for (size_t i = 0; i < sizeof lc_constants / sizeof *lc_constants; i++)
        if (dict_set_cstr(d, lc_constants[i].name, v_small(lc_constants[i].v)) < 0)
            return V_NULL;
    for (size_t i = 0; i < sizeof langinfo / sizeof *langinfo; i++)
        if (dict_set_cstr(d, langinfo[i].name, v_small(langinfo[i].item)) < 0)
            return V_NULL;
    return m;
}
