/* The `_csv` module under CPython's csv.py: Dialect (validated, read-only
 * formatting parameters), reader (a state machine fed one character at a
 * time, with CPython 3.11's states and messages, so quoting, escapechar,
 * doublequote, skipinitialspace, strict and quoted fields spanning lines
 * behave the same), writer (writerow/writerows, quoting a field as the
 * dialect asks), the dialect registry, field_size_limit, the QUOTE_*
 * constants and Error. Characters are code points; "not set" is
 * NOT_SET, and the end of an input line is fed to the reader as EOL, a
 * value no code point takes, so NUL is ordinary data as in 3.11. The
 * field being read is UTF-8 in a gc_alloc_raw block the reader traces. */
#include <string.h>
#include "modules.h"
#include "../gc/gc.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/float.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/module.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/str_internal.h"
#include "../objects/tuple.h"
#include "../objects/type.h"
#include "../vm/exc.h"

#define NOT_SET 0xFFFFFFFFu
#define EOL ((int64_t)-2)

enum { QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE };

static value csv_error;      /* _csv.Error */
static value csv_dialects;   /* name -> Dialect */
static int64_t field_limit = 128 * 1024;

#define ERR_TYPE ((type_object *)v_obj(csv_error))

typedef struct dialect_object {
    object hdr;
    uint32_t delimiter, quotechar, escapechar;
    value lineterminator;
    int quoting;
    bool doublequote, skipinitialspace, strict;
} dialect_object;

extern type_object csv_dialect_type, csv_reader_type, csv_writer_type;

#define DIA(v) ((dialect_object *)v_obj(v))

static void dialect_trace(object *o, gc_tracer *t) { gc_mark_value(t, ((dialect_object *)o)->lineterminator); }

/* -- Dialect ---------------------------------------------------------------- */

static const char *const dialect_names[] = {
    "dialect", "delimiter", "doublequote", "escapechar", "lineterminator",
    "quotechar", "quoting", "skipinitialspace", "strict", NULL,
};

static int set_char(const char *name, uint32_t *out, value src, uint32_t dflt, bool none_ok)
{
    if (!src) {
        *out = dflt;
        return 0;
    }
    if (none_ok && src == V_NONE) {
        *out = NOT_SET;
        return 0;
    }
    if (!v_isinstance(src, &str_type)) {
        exc_raise(&exc_TypeError, "\"%s\" must be string%s, not %s", name, none_ok ? " or None" : "",
                  v_type_name(src));
        return -1;
    }
    if (str_len(src) != 1) {
        exc_raise(&exc_TypeError, "\"%s\" must be a 1-character string", name);
        return -1;
    }
    *out = str_char_at(src, 0);
    return 0;
}

static int set_bool(bool *out, value src, bool dflt)
{
    if (!src) {
        *out = dflt;
        return 0;
    }
    int t = obj_truthy(src);
    if (t < 0)
        return -1;
    *out = t;
    return 0;
}

static value dialect_new(type_object *type, int argc, const value *argv, value kwnames)
{
    size_t nkw = kwnames ? tuple_len(kwnames) : 0;
    for (size_t i = 0; i < nkw; i++) {
        value k = tuple_get(kwnames, i);
        bool known = false;
        for (int j = 0; dialect_names[j]; j++)
            known = known || str_eq_cstr(k, dialect_names[j]);
        if (!known)
            return exc_raise(&exc_TypeError, "'%S' is an invalid keyword argument for this function", k);
    }
    value a[9];
    if (str_parse_args("Dialect", argc, argv, kwnames, dialect_names, 0, a) < 0)
        return V_NULL;
    value dialect = a[0];
    if (dialect && v_isinstance(dialect, &str_type)) {
        dialect = dict_get(csv_dialects, dialect);
        if (!dialect) {
            if (!exc_occurred())
                exc_raise(ERR_TYPE, "unknown dialect");
            return V_NULL;
        }
    }
    bool any = false;
    for (int i = 1; i < 9; i++)
        any = any || a[i];
    if (dialect && v_isinstance(dialect, &csv_dialect_type) && !any)
        return dialect;
    if (dialect && dialect != V_NONE) {
        for (int i = 1; i < 9; i++) {
            if (a[i])
                continue;
            a[i] = obj_getattr_cstr(dialect, dialect_names[i]);
            if (!a[i])
                exc_clear();
        }
    }
    dialect_object *d = (dialect_object *)seq_alloc(type, sizeof(dialect_object), 0);
    if (!d)
        return V_NULL;
    if (set_char("delimiter", &d->delimiter, a[1], ',', false) < 0 || set_bool(&d->doublequote, a[2], true) < 0 ||
        set_char("escapechar", &d->escapechar, a[3], NOT_SET, true) < 0)
        return V_NULL;
    if (!a[4]) {
        d->lineterminator = str_from_cstr("\r\n");
        if (!d->lineterminator)
            return V_NULL;
    } else if (a[4] == V_NONE) {
        d->lineterminator = V_NULL;
    } else if (!v_isinstance(a[4], &str_type)) {
        return exc_raise(&exc_TypeError, "\"lineterminator\" must be a string");
    } else {
        d->lineterminator = a[4];
    }
    if (set_char("quotechar", &d->quotechar, a[5], '"', true) < 0)
        return V_NULL;
    if (!a[6]) {
        d->quoting = QUOTE_MINIMAL;
    } else {
        if (!v_is_int_exact(a[6]))
            return exc_raise(&exc_TypeError, "\"quoting\" must be an integer");
        int64_t q;
        if (int_as_i64(a[6], &q) < 0)
            return V_NULL;
        if (q < 0 || q > 3)
            return exc_raise(&exc_TypeError, "bad \"quoting\" value");
        d->quoting = (int)q;
    }
    if (set_bool(&d->skipinitialspace, a[7], false) < 0 || set_bool(&d->strict, a[8], false) < 0)
        return V_NULL;
    if (a[5] == V_NONE && !a[6])
        d->quoting = QUOTE_NONE;
    if (d->quoting != QUOTE_NONE && d->quotechar == NOT_SET)
        return exc_raise(&exc_TypeError, "quotechar must be set if quoting enabled");
    if (!d->lineterminator)
        return exc_raise(&exc_TypeError, "lineterminator must be set");
    return v_from_obj(d);
}

static value char_or_none(uint32_t c) { return c == NOT_SET ? V_NONE : str_from_cp(c); }
static value get_delimiter(value self) { return char_or_none(DIA(self)->delimiter); }
static value get_quotechar(value self) { return char_or_none(DIA(self)->quotechar); }
static value get_escapechar(value self) { return char_or_none(DIA(self)->escapechar); }
static value get_lineterminator(value self) { return DIA(self)->lineterminator; }
static value get_quoting(value self) { return v_small(DIA(self)->quoting); }
static value get_doublequote(value self) { return v_bool(DIA(self)->doublequote); }
static value get_skipinitialspace(value self) { return v_bool(DIA(self)->skipinitialspace); }
static value get_strict(value self) { return v_bool(DIA(self)->strict); }

static const getset_def dialect_getsets[] = {
    { "delimiter", get_delimiter, NULL, NULL },
    { "doublequote", get_doublequote, NULL, NULL },
    { "escapechar", get_escapechar, NULL, NULL },
    { "lineterminator", get_lineterminator, NULL, NULL },
    { "quotechar", get_quotechar, NULL, NULL },
    { "quoting", get_quoting, NULL, NULL },
    { "skipinitialspace", get_skipinitialspace, NULL, NULL },
    { "strict", get_strict, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* Dialect(dialect, **kw) for reader() and writer(): argv[0] is the
 * optional positional dialect, followed by the keyword values. */
static value make_dialect(int argc, const value *argv, value kwnames)
{
    return dialect_new(&csv_dialect_type, argc, argv, kwnames);
}

/* -- reader ------------------------------------------------------------------- */

enum {
    START_RECORD, START_FIELD, ESCAPED_CHAR, IN_FIELD, IN_QUOTED_FIELD,
    ESCAPE_IN_QUOTED_FIELD, QUOTE_IN_QUOTED_FIELD, EAT_CRNL, AFTER_ESCAPED_CRNL,
};

typedef struct reader_object {
    object hdr;
    value input, dialect, fields;
    char *field;            /* UTF-8, gc_alloc_raw, cap bytes */
    size_t size, cap;       /* bytes */
    int64_t len;            /* characters */
    int state;
    bool numeric;
    int64_t line_num;
} reader_object;

#define RD(v) ((reader_object *)v_obj(v))

static void reader_trace(object *o, gc_tracer *t)
{
    reader_object *r = (reader_object *)o;
    gc_mark_value(t, r->input);
    gc_mark_value(t, r->dialect);
    gc_mark_value(t, r->fields);
    gc_mark_raw(t, r->field);
}

static int add_char(reader_object *r, uint32_t c)
{
    if (r->len >= field_limit) {
        exc_raise(ERR_TYPE, "field larger than field limit (%lld)", (long long)field_limit);
        return -1;
    }
    if (r->size + 4 > r->cap) {
        size_t cap = r->cap * 2 + 64;
        char *p = r->field ? gc_realloc_raw(r->field, r->cap, cap) : gc_alloc_raw(cap);
        if (!p)
            return -1;
        r->field = p;
        r->cap = cap;
    }
    char *o = r->field + r->size;
    if (c < 0x80) {
        o[0] = (char)c;
        r->size += 1;
    } else if (c < 0x800) {
        o[0] = (char)(0xC0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3F));
        r->size += 2;
    } else if (c < 0x10000) {
        o[0] = (char)(0xE0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[2] = (char)(0x80 | (c & 0x3F));
        r->size += 3;
    } else {
        o[0] = (char)(0xF0 | (c >> 18));
        o[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        o[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        o[3] = (char)(0x80 | (c & 0x3F));
        r->size += 4;
    }
    r->len++;
    return 0;
}

static int save_field(reader_object *r)
{
    value f = str_from_utf8_len(r->field ? r->field : "", r->size, (size_t)r->len);
    if (!f)
        return -1;
    if (r->numeric) {
        r->numeric = false;
        value x = obj_call1(v_from_obj(&float_type), f);
        if (!x)
            return -1;
        f = x;
    }
    r->size = 0;
    r->len = 0;
    return list_append(r->fields, f);
}

static int process_char(reader_object *r, int64_t c)
{
    dialect_object *d = DIA(r->dialect);
    bool nl = c == '\n' || c == '\r';
    switch (r->state) {
    case START_RECORD:
        if (c == EOL)
            return 0;   /* an empty line: [] */
        if (nl) {
            r->state = EAT_CRNL;
            return 0;
        }
        r->state = START_FIELD;
        /* fall through */
    case START_FIELD:
        if (nl || c == EOL) {
            if (save_field(r) < 0)
                return -1;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d->quotechar && d->quoting != QUOTE_NONE) {
            r->state = IN_QUOTED_FIELD;
        } else if (c == d->escapechar) {
            r->state = ESCAPED_CHAR;
        } else if (c == ' ' && d->skipinitialspace) {
            /* skip it */
        } else if (c == d->delimiter) {
            if (save_field(r) < 0)
                return -1;
        } else {
            if (d->quoting == QUOTE_NONNUMERIC)
                r->numeric = true;
            if (add_char(r, (uint32_t)c) < 0)
                return -1;
            r->state = IN_FIELD;
        }
        return 0;
    case ESCAPED_CHAR:
        if (nl) {
            if (add_char(r, (uint32_t)c) < 0)
                return -1;
            r->state = AFTER_ESCAPED_CRNL;
            return 0;
        }
        if (c == EOL)
            c = '\n';
        if (add_char(r, (uint32_t)c) < 0)
            return -1;
        r->state = IN_FIELD;
        return 0;
    case AFTER_ESCAPED_CRNL:
        if (c == EOL)
            return 0;
        /* fall through */
    case IN_FIELD:
        if (nl || c == EOL) {
            if (save_field(r) < 0)
                return -1;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (c == d->escapechar) {
            r->state = ESCAPED_CHAR;
        } else if (c == d->delimiter) {
            if (save_field(r) < 0)
                return -1;
            r->state = START_FIELD;
        } else if (add_char(r, (uint32_t)c) < 0) {
            return -1;
        }
        return 0;
    case IN_QUOTED_FIELD:
        if (c == EOL)
            ;
        else if (c == d->escapechar)
            r->state = ESCAPE_IN_QUOTED_FIELD;
        else if (c == d->quotechar && d->quoting != QUOTE_NONE)
            r->state = d->doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
        else if (add_char(r, (uint32_t)c) < 0)
            return -1;
        return 0;
    case ESCAPE_IN_QUOTED_FIELD:
        if (c == EOL)
            c = '\n';
        if (add_char(r, (uint32_t)c) < 0)
            return -1;
        r->state = IN_QUOTED_FIELD;
        return 0;
    case QUOTE_IN_QUOTED_FIELD:
        if (d->quoting != QUOTE_NONE && c == d->quotechar) {
            if (add_char(r, (uint32_t)c) < 0)
                return -1;
            r->state = IN_QUOTED_FIELD;
        } else if (c == d->delimiter) {
            if (save_field(r) < 0)
                return -1;
            r->state = START_FIELD;
        } else if (nl || c == EOL) {
            if (save_field(r) < 0)
                return -1;
            r->state = c == EOL ? START_RECORD : EAT_CRNL;
        } else if (!d->strict) {
            if (add_char(r, (uint32_t)c) < 0)
                return -1;
            r->state = IN_FIELD;
        } else {
            value dl = str_from_cp(d->delimiter), q = dl ? str_from_cp(d->quotechar) : V_NULL;
            if (!q)
                return -1;
            exc_raise(ERR_TYPE, "'%S' expected after '%S'", dl, q);
            return -1;
        }
        return 0;
    case EAT_CRNL:
        if (nl)
            ;
        else if (c == EOL)
            r->state = START_RECORD;
        else {
            exc_raise(ERR_TYPE, "new-line character seen in unquoted field - do you need to open the file in "
                                "universal-newline mode?");
            return -1;
        }
        return 0;
    }
    return 0;
}

static void reader_reset(reader_object *r)
{
    r->fields = V_NULL;
    r->size = 0;
    r->len = 0;
    r->state = START_RECORD;
    r->numeric = false;
}

static value reader_next(value self)
{
    reader_object *r = RD(self);
    reader_reset(r);
    r->fields = list_new(0);
    if (!r->fields)
        return V_NULL;
    do {
        value line = obj_next(r->input);
        if (!line) {
            if (!exc_occurred() && (r->len != 0 || r->state == IN_QUOTED_FIELD)) {
                if (DIA(r->dialect)->strict)
                    return exc_raise(ERR_TYPE, "unexpected end of data");
                if (save_field(r) < 0)
                    return V_NULL;
                break;
            }
            return V_NULL;
        }
        if (!v_isinstance(line, &str_type))
            return exc_raise(ERR_TYPE,
                             "iterator should return strings, not %s (the file should be opened in text mode)",
                             v_type_name(line));
        r->line_num++;
        const char *p = str_data(line);
        size_t n = str_size(line), pos = 0;
        while (pos < n) {
            uint32_t c = str_next_cp(p, n, &pos);
            if (process_char(r, c) < 0)
                return V_NULL;
        }
        if (process_char(r, EOL) < 0)
            return V_NULL;
    } while (r->state != START_RECORD);
    value f = r->fields;
    r->fields = V_NULL;
    return f;
}

static value reader_iter(value self) { return self; }

static value csv_reader(value self, int argc, const value *argv, value kwnames)
{
    (void)self;
    if (argc < 1)
        return exc_raise(&exc_TypeError, " expected at least 1 argument, got 0");
    if (argc > 2)
        return exc_raise(&exc_TypeError, " expected at most 2 arguments, got %d", argc);
    reader_object *r = (reader_object *)gc_alloc(&csv_reader_type, sizeof(reader_object));
    if (!r)
        return V_NULL;
    value res = v_from_obj(r);
    r->input = obj_iter(argv[0]);
    if (!r->input)
        return V_NULL;
    r->dialect = make_dialect(argc - 1, argv + 1, kwnames);
    if (!r->dialect)
        return V_NULL;
    reader_reset(r);
    return res;
}

static value reader_get_dialect(value self) { return RD(self)->dialect; }
static value reader_get_line_num(value self) { return v_small(RD(self)->line_num); }

static const getset_def reader_getsets[] = {
    { "dialect", reader_get_dialect, NULL, NULL },
    { "line_num", reader_get_line_num, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

/* -- writer ------------------------------------------------------------------- */

typedef struct writer_object {
    object hdr;
    value write, dialect;
} writer_object;

#define WR(v) ((writer_object *)v_obj(v))

static void writer_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((writer_object *)o)->write);
    gc_mark_value(t, ((writer_object *)o)->dialect);
}

static void add_cp(str_builder *b, uint32_t c)
{
    char u[4];
    size_t n;
    if (c < 0x80) {
        u[0] = (char)c;
        n = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    sb_str_add(b, u, n);
}

static bool in_lineterminator(dialect_object *d, uint32_t c)
{
    value lt = d->lineterminator;
    const char *p = str_data(lt);
    size_t n = str_size(lt), pos = 0;
    while (pos < n)
        if (str_next_cp(p, n, &pos) == c)
            return true;
    return false;
}

/* Appends field s (V_NULL: empty) to the record; quoted says whether to
 * quote it and may be turned on by the characters it holds. Two passes,
 * as the quote decision must precede the field's first character. */
static int join_field(dialect_object *d, str_builder *b, value s, bool quoted, bool first)
{
    const char *p = s ? str_data(s) : "";
    size_t n = s ? str_size(s) : 0;
    for (int phase = 0; phase < 2; phase++) {
        if (phase == 1) {
            if (!first)
                add_cp(b, d->delimiter);
            if (quoted)
                add_cp(b, d->quotechar);
        }
        size_t pos = 0;
        while (pos < n) {
            uint32_t c = str_next_cp(p, n, &pos);
            bool esc = false;
            if (c == d->delimiter || c == d->escapechar || c == d->quotechar || in_lineterminator(d, c)) {
                if (d->quoting == QUOTE_NONE) {
                    esc = true;
                } else {
                    if (c == d->quotechar) {
                        if (d->doublequote) {
                            if (phase == 1)
                                add_cp(b, d->quotechar);
                        } else {
                            esc = true;
                        }
                    } else if (c == d->escapechar) {
                        esc = true;
                    }
                    if (!esc)
                        quoted = true;
                }
                if (esc) {
                    if (d->escapechar == NOT_SET) {
                        exc_raise(ERR_TYPE, "need to escape, but no escapechar set");
                        return -1;
                    }
                    if (phase == 1)
                        add_cp(b, d->escapechar);
                }
            }
            if (phase == 1)
                add_cp(b, c);
        }
        if (phase == 1 && quoted)
            add_cp(b, d->quotechar);
    }
    return 0;
}

/* Whether CPython's PyNumber_Check holds (QUOTE_NONNUMERIC leaves numbers unquoted). */
static bool is_number(value v)
{
    type_object *t = v_type(v);
    return v_is_int_like(v) || t->nb_index || t->nb_int || t->nb_float ||
           strcmp(t->name, "complex") == 0 || (t->mro && type_lookup(t, str_intern_cstr("__complex__")));
}

static value writer_writerow(value self, int argc, const value *argv, value kwnames)
{
    (void)argc, (void)kwnames;
    dialect_object *d = DIA(WR(self)->dialect);
    value it = obj_iter(argv[0]);
    if (!it) {
        if (exc_matches(&exc_TypeError)) {
            exc_clear();
            return exc_raise(ERR_TYPE, "iterable expected, not %s", v_type_name(argv[0]));
        }
        return V_NULL;
    }
    str_builder b;
    sb_str_init(&b);
    size_t nfields = 0;
    for (;;) {
        value f = obj_next(it);
        if (!f) {
            if (exc_occurred()) {
                sb_str_abandon(&b);
                return V_NULL;
            }
            break;
        }
        bool quoted = d->quoting == QUOTE_ALL || (d->quoting == QUOTE_NONNUMERIC && !is_number(f));
        value s = V_NULL;
        if (f != V_NONE) {
            s = v_isinstance(f, &str_type) ? f : obj_str(f);
            if (!s) {
                sb_str_abandon(&b);
                return V_NULL;
            }
        }
        if (join_field(d, &b, s, quoted, nfields == 0) < 0) {
            sb_str_abandon(&b);
            return V_NULL;
        }
        nfields++;
    }
    if (nfields == 1 && b.size == 0) {   /* a lone empty field is written "" */
        if (d->quoting == QUOTE_NONE) {
            sb_str_abandon(&b);
            return exc_raise(ERR_TYPE, "single empty field record must be quoted");
        }
        add_cp(&b, d->quotechar);
        add_cp(&b, d->quotechar);
    }
    sb_str_add_value(&b, d->lineterminator);
    value line = sb_str_finish(&b);
    if (!line)
        return V_NULL;
    return obj_call1(WR(self)->write, line);
}

static value writer_writerows(value self, int argc, const value *argv, value kwnames)
{
    value it = obj_iter(argv[0]);
    if (!it)
        return V_NULL;
    for (;;) {
        value row = obj_next(it);
        if (!row)
            return exc_occurred() ? V_NULL : V_NONE;
        if (!writer_writerow(self, 1, &row, kwnames))
            return V_NULL;
    }
    (void)argc;
}

static value csv_writer(value self, int argc, const value *argv, value kwnames)
{
    (void)self;
    if (argc < 1)
        return exc_raise(&exc_TypeError, " expected at least 1 argument, got 0");
    if (argc > 2)
        return exc_raise(&exc_TypeError, " expected at most 2 arguments, got %d", argc);
    writer_object *w = (writer_object *)gc_alloc(&csv_writer_type, sizeof(writer_object));
    if (!w)
        return V_NULL;
    value res = v_from_obj(w);
    w->write = obj_getattr_cstr(argv[0], "write");
    if (!w->write) {
        if (!exc_matches(&exc_AttributeError))
            return V_NULL;
        exc_clear();
        return exc_raise(&exc_TypeError, "argument 1 must have a \"write\" method");
    }
    w->dialect = make_dialect(argc - 1, argv + 1, kwnames);
    if (!w->dialect)
        return V_NULL;
    return res;
}

static value writer_get_dialect(value self) { return WR(self)->dialect; }

static const getset_def writer_getsets[] = {
    { "dialect", writer_get_dialect, NULL, NULL },
    { NULL, NULL, NULL, NULL },
};

static const method_def writer_methods[] = {
    { "writerow", writer_writerow, METH_O,
      "writerow(iterable)\n\nConstruct and write a CSV record from an iterable of fields.  Non-string\n"
      "elements will be converted to string." },
    { "writerows", writer_writerows, METH_O,
      "writerows(iterable of iterables)\n\nConstruct and write a series of iterables to a csv file.  Non-string\n"
      "elements will be converted to string." },
    { NULL, NULL, 0, NULL },
};

/* -- Module functions ---------------------------------------------------------- */

static value csv_register_dialect(value self, int argc, const value *argv, value kwnames)
{
    (void)self;
    if (argc < 1)
        return exc_raise(&exc_TypeError, "register_dialect() expected at least 1 argument, got 0");
    if (argc > 2)
        return exc_raise(&exc_TypeError, "register_dialect() expected at most 2 arguments, got %d", argc);
    if (!v_isinstance(argv[0], &str_type))
        return exc_raise(&exc_TypeError, "dialect name must be a string");
    value d = make_dialect(argc - 1, argv + 1, kwnames);
    if (!d || dict_set(csv_dialects, argv[0], d) < 0)
        return V_NULL;
    return V_NONE;
}

static value csv_unregister_dialect(value self, int argc, const value *argv, value kwnames)
{
    (void)self, (void)argc, (void)kwnames;
    value d = dict_get(csv_dialects, argv[0]);
    if (!d) {
        if (!exc_occurred())
            exc_raise(ERR_TYPE, "unknown dialect");
        return V_NULL;
    }
    if (dict_del(csv_dialects, argv[0]) < 0)
        return V_NULL;
    return V_NONE;
}

static value csv_get_dialect(value self, int argc, const value *argv, value kwnames)
{
    (void)self, (void)argc, (void)kwnames;
    value d = dict_get(csv_dialects, argv[0]);
    if (!d && !exc_occurred())
        exc_raise(ERR_TYPE, "unknown dialect");
    return d;
}

static value csv_list_dialects(value self, int argc, const value *argv, value kwnames)
{
    (void)self, (void)argc, (void)argv, (void)kwnames;
    value l = list_new(0);
    size_t pos = 0;
    value k, v;
    while (l && dict_next(csv_dialects, &pos, &k, &v))
        if (list_append(l, k) < 0)
            return V_NULL;
    return l;
}

static value csv_field_size_limit(value self, int argc, const value *argv, value kwnames)
{
    (void)self;
    static const char *const names[] = { "new_limit", NULL };
    if (argc > 1)
        return exc_raise(&exc_TypeError, "field_size_limit() takes at most 1 argument (%d given)", argc);
    value a[1];
    if (str_parse_args("field_size_limit", argc, argv, kwnames, names, 0, a) < 0)
        return V_NULL;
    int64_t old = field_limit;
    if (a[0]) {
        if (!v_is_int_like(a[0]))
            return exc_raise(&exc_TypeError, "limit must be an integer");
        int64_t n;
        if (int_as_i64(a[0], &n) < 0)
            return V_NULL;
        field_limit = n;
    }
    return int_from_i64(old);
}

static const method_def csv_functions[] = {
    { "reader", csv_reader, METH_KEYWORDS,
      "    csv_reader = reader(iterable [, dialect='excel']\n                        [optional keyword args])\n"
      "    for row in csv_reader:\n        process(row)\n" },
    { "writer", csv_writer, METH_KEYWORDS,
      "    csv_writer = csv.writer(fileobj [, dialect='excel']\n                            [optional keyword args])\n"
      "    for row in sequence:\n        csv_writer.writerow(row)\n" },
    { "register_dialect", csv_register_dialect, METH_KEYWORDS,
      "Create a mapping from a string name to a dialect class.\n    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])" },
    { "unregister_dialect", csv_unregister_dialect, METH_O,
      "Delete the name/dialect mapping associated with a string name.\n    csv.unregister_dialect(name)" },
    { "get_dialect", csv_get_dialect, METH_O,
      "Return the dialect instance associated with name.\n    dialect = csv.get_dialect(name)" },
    { "list_dialects", csv_list_dialects, METH_NOARGS,
      "Return a list of all know dialect names.\n    names = csv.list_dialects()" },
    { "field_size_limit", csv_field_size_limit, METH_KEYWORDS,
      "Sets an upper limit on parsed fields.\n    csv.field_size_limit([limit])\n\n"
      "Returns old limit. If limit is not given, no new limit is set and\nthe old limit is returned" },
    { NULL, NULL, 0, NULL },
};

type_object csv_dialect_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_csv.Dialect",
    .basicsize = sizeof(dialect_object),
    .flags = TYPE_BASETYPE,
    .trace = dialect_trace,
    .getattr = obj_generic_getattr,
    .new = dialect_new,
    .getsets = dialect_getsets,
    .doc = "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n",
};

type_object csv_reader_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_csv.reader",
    .basicsize = sizeof(reader_object),
    .trace = reader_trace,
    .getattr = obj_generic_getattr,
    .iter = reader_iter,
    .iternext = reader_next,
    .getsets = reader_getsets,
    .doc = "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n",
};

type_object csv_writer_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "_csv.writer",
    .basicsize = sizeof(writer_object),
    .trace = writer_trace,
    .getattr = obj_generic_getattr,
    .methods = writer_methods,
    .getsets = writer_getsets,
    .doc = "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n",
};

static value make_error_class(void)
{
    value ns = dict_new(), nm = str_from_cstr("Error"), bases = tuple_pack(1, v_from_obj(&exc_Exception));
    value mod = str_from_cstr("_csv");
    if (!ns || !nm || !bases || !mod || dict_set_cstr(ns, "__module__", mod) < 0)
        return V_NULL;
    value args[3] = { nm, bases, ns };
    return obj_call(v_from_obj(&type_type), 3, args, V_NULL);
}

value csvmodule_init(void)
{
    value m = module_new("_csv");
    if (!m || modules_add_functions(m, csv_functions) < 0)
        return V_NULL;
    type_object *types[] = { &csv_dialect_type, &csv_reader_type, &csv_writer_type };
    for (int i = 0; i < 3; i++)
        if (!(types[i]->flags & TYPE_READY) && type_ready(types[i]) < 0)
            return V_NULL;
    if (!csv_error) {
        value e = make_error_class(), ds = dict_new();
        if (!e || !ds)
            return V_NULL;
        csv_error = e;
        csv_dialects = ds;
        gc_root(&csv_error);
        gc_root(&csv_dialects);
    }
    value d = module_dict(m);
    value ver = str_from_cstr("1.0");
    value doc = str_from_cstr("CSV parsing and writing.\n");
    if (!ver || !doc || dict_set_cstr(d, "__version__", ver) < 0 || dict_set_cstr(d, "__doc__", doc) < 0 ||
        dict_set_cstr(d, "Error", csv_error) < 0 || dict_set_cstr(d, "_dialects", csv_dialects) < 0 ||
        dict_set_cstr(d, "Dialect", v_from_obj(&csv_dialect_type)) < 0 ||
        dict_set_cstr(d, "Reader", v_from_obj(&csv_reader_type)) < 0 ||
        dict_set_cstr(d, "Writer", v_from_obj(&csv_writer_type)) < 0 ||
        dict_set_cstr(d, "QUOTE_MINIMAL", v_small(QUOTE_MINIMAL)) < 0 ||
        dict_set_cstr(d, "QUOTE_ALL", v_small(QUOTE_ALL)) < 0 ||
        dict_set_cstr(d, "QUOTE_NONNUMERIC", v_small(QUOTE_NONNUMERIC)) < 0 ||
        dict_set_cstr(d, "QUOTE_NONE", v_small(QUOTE_NONE)) < 0)
        return V_NULL;
    return m;
}
