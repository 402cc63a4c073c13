/* Source text to code object with Python exceptions (pycompile.h): the
 * front end reports a failure as a diag; here it becomes the exception
 * CPython raises for it, and the SyntaxWarnings found on the way are
 * printed as CPython's warnings module prints them by default. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "pycompile.h"
#include "exc.h"
#include "import.h"
#include "../front/compile.h"
#include "../front/parser.h"
#include "../objects/exceptions.h"
#include "../objects/int.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../unicode/unicode.h"

/* -- Reading a line back from a file ------------------------------------------ */

char *pycompile_file_line(const char *filename, int lineno)
{
    size_t fl = filename ? strlen(filename) : 0;
    if (!fl || lineno < 1 || (filename[0] == '<' && filename[fl - 1] == '>'))
        return NULL;
    FILE *f = fopen(filename, "rb");
    if (!f)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = -1;
    for (int i = 0; i < lineno; i++)
        if ((n = getline(&line, &cap, f)) < 0)
            break;
    fclose(f);
    if (n < 0) {
        free(line);
        return NULL;
    }
    /* a UTF-8 BOM is not part of the first line's text */
    if (lineno == 1 && n >= 3 && !memcmp(line, "\xEF\xBB\xBF", 3))
        memmove(line, line + 3, (size_t)n - 2);
    return line;
}

/* -- Warnings ---------------------------------------------------------------- */

/* Writes "  LINE" for the text [s, e) stripped of whitespace at both
 * ends, as warnings.formatwarning does with line.strip(). */
static void print_stripped(const char *s, const char *e)
{
    while (s < e && strchr(" \t\f\v\r\n", *s))
        s++;
    while (e > s && strchr(" \t\f\v\r\n", e[-1]))
        e--;
    if (e > s)
        fprintf(stderr, "  %.*s\n", (int)(e - s), s);
}

void pycompile_print_warning(const char *filename, int lineno, const char *msg,
                             const char *src, size_t len)
{
    fflush(stdout);
    fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", filename, lineno, msg);
    if (src) {
        const char *s = src, *end = src + len;
        for (int i = 1; i < lineno && s < end; i++) {
            const char *nl = memchr(s, '\n', (size_t)(end - s));
            s = nl ? nl + 1 : end;
        }
        const char *e = memchr(s, '\n', (size_t)(end - s));
        print_stripped(s, e ? e : end);
        return;
    }
    char *line = pycompile_file_line(filename, lineno);
    if (line) {
        print_stripped(line, line + strlen(line));
        free(line);
    }
}


/* -- diag -> exception -------------------------------------------------------- */

/* A str from text the front end produced or a file held: UTF-8, with
 * any invalid byte replaced by U+FFFD (CPython decodes with "replace"). */
static value text_str(const char *s)
{
    size_t n = strlen(s);
    str_builder b;
    sb_str_init(&b);
    while (n) {
        uint32_t cp;
        int k = utf8_decode(s, n, &cp);
        if (k > 0)
            sb_str_add(&b, s, (size_t)k);
        else
            sb_str_add(&b, "\xEF\xBF\xBD", 3);
        k = k > 0 ? k : 1;
        s += k;
        n -= (size_t)k;
    }
    return sb_str_finish(&b);
}

static type_object *diag_exc_type(int type)
{
    switch (type) {
    case DIAG_INDENTATION_ERROR: return &exc_IndentationError;
    case DIAG_TAB_ERROR: return &exc_TabError;
    case DIAG_RECURSION_ERROR: return &exc_RecursionError;
    case DIAG_VALUE_ERROR: return &exc_ValueError;
    default: return &exc_SyntaxError;
    }
}

/* SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
 * end_offset)), as the parser and the compiler build it. */
static value syntax_error(diag *d, const char *filename, bool from_compiler)
{
    value msg = text_str(d->msg ? d->msg : "");
    value fname = text_str(d->filename ? d->filename : filename ? filename : "<string>");
    if (!msg || !fname)
        return V_NULL;
    value text = V_NONE;
    char *ftext = from_compiler ? pycompile_file_line(filename, d->lineno) : NULL;
    /* the parser always shows some line, if only an empty one, except for
     * an undecodable source (offset -1), which has no text and no end */
    bool decoding = !from_compiler && !d->text && d->offset == -1;
    const char *t = from_compiler ? ftext : d->text ? d->text : decoding ? NULL : "";
    if (t) {
        text = text_str(t);
        free(ftext);
        if (!text)
            return V_NULL;
    }
    /* an end column the diag leaves out (0) is None in the compiler's errors */
    value end_offset = d->end_offset == 0 && from_compiler ? V_NONE : v_small(d->end_offset);
    value end_lineno = v_small(d->end_lineno);
    if (decoding)
        end_lineno = end_offset = V_NONE;
    value info = tuple_pack(6, fname, v_small(d->lineno), v_small(d->offset), text, end_lineno,
                            end_offset);
    if (!info)
        return V_NULL;
    value args[2] = { msg, info };
    return exc_new(diag_exc_type(d->type), 2, args);
}

value pycompile_raise_diag(diag *d, const char *filename, bool from_compiler)
{
    value exc;
    switch (d->type) {
    case DIAG_NONE:
        if (!exc_occurred())
            exc_raise(&exc_SystemError, "compilation failed without an error");
        return V_NULL;
    case DIAG_MEMORY_ERROR:
        diag_clear(d);
        return exc_no_memory();
    case DIAG_RECURSION_ERROR:
    case DIAG_VALUE_ERROR:
        exc = exc_raise(diag_exc_type(d->type), "%s", d->msg ? d->msg : "");
        diag_clear(d);
        return exc;
    default:
        exc = syntax_error(d, filename, from_compiler);
        diag_clear(d);
        return exc ? exc_raise_value(exc) : V_NULL;
    }
}

/* -- Warnings of compile() ------------------------------------------------------ */

/* compile() sends its SyntaxWarnings through the warnings module, as
 * CPython does, so filters and catch_warnings see them. They are only
 * collected while the front end runs (no Python code may run while the
 * tree's constants live in its arena) and issued afterwards in order; one
 * that a filter turns into an error becomes a SyntaxError at its line. */
typedef struct pending_warnings {
    const char *filename;
    int n, cap;
    struct { int lineno; char *msg; } *items;
} pending_warnings;

static void collect_warning(void *ctx, int lineno, const char *msg)
{
    pending_warnings *w = ctx;
    if (w->n == w->cap) {
        int cap = w->cap ? w->cap * 2 : 4;
        void *p = realloc(w->items, (size_t)cap * sizeof *w->items);
        if (!p)
            return;
        w->items = p;
        w->cap = cap;
    }
    char *m = strdup(msg);
    if (!m)
        return;
    w->items[w->n].lineno = lineno;
    w->items[w->n].msg = m;
    w->n++;
}

/* Issues the collected warnings: 0, or -1 with the exception set. */
static int issue_warnings(pending_warnings *w)
{
    int rc = 0;
    value warn_explicit = V_NULL;
    for (int i = 0; i < w->n && rc == 0; i++) {
        if (!warn_explicit) {
            value mod = import_module(str_intern_cstr("warnings"));
            warn_explicit = mod ? obj_getattr_cstr(mod, "warn_explicit") : V_NULL;
            if (!warn_explicit) {   /* too early for the warnings module: print */
                exc_clear();
                for (; i < w->n; i++)
                    pycompile_print_warning(w->filename, w->items[i].lineno, w->items[i].msg, NULL, 0);
                break;
            }
        }
        value args[4];
        args[0] = str_from_cstr(w->items[i].msg);
        args[1] = v_from_obj(&exc_SyntaxWarning);
        args[2] = args[0] ? str_from_cstr(w->filename) : V_NULL;
        args[3] = v_small(w->items[i].lineno);
        value r = args[2] ? obj_call(warn_explicit, 4, args, V_NULL) : V_NULL;
        if (!r) {
            if (exc_matches(&exc_SyntaxWarning)) {
                exc_clear();
                diag d;
                diag_init(&d);
                diag_raise_raw(&d, DIAG_SYNTAX_ERROR, NULL, w->items[i].lineno, 0, 0, 0, w->items[i].msg);
                (void)pycompile_raise_diag(&d, w->filename, true);
            }
            rc = -1;
        }
    }
    for (int i = 0; i < w->n; i++)
        free(w->items[i].msg);
    free(w->items);
    w->items = NULL;
    w->n = w->cap = 0;
    return rc;
}

/* -- Compiling ------------------------------------------------------------------ */

value pycompile_source(const char *src, size_t len, const char *filename, int mode, int flags)
{
    /* checked before the tokenizer exists: an error without a location */
    if (memchr(src, 0, len))
        return exc_raise(&exc_SyntaxError, "source code string cannot contain null bytes");
    int pflags = PARSE_STRING_INPUT | (flags & PYCOMPILE_STR ? PARSE_UTF8_INPUT : 0);
    int cflags = (flags & (PYCOMPILE_OPTIMIZE | PYCOMPILE_NO_DOCSTRINGS) ? COMPILE_OPTIMIZE : 0) |
                 (flags & PYCOMPILE_NO_DOCSTRINGS ? COMPILE_NO_DOCSTRINGS : 0) |
                 (flags & PYCOMPILE_FUTURE_ANNOTATIONS ? COMPILE_FUTURE_ANNOTATIONS : 0);
    ast_arena arena;
    arena_init(&arena);
    diag err;
    diag_init(&err);
    pending_warnings w = { filename, 0, 0, NULL };
    ast_node *mod = parse_source_ex(src, len, filename, mode, pflags, &arena, &err, collect_warning, &w);
    if (!mod) {
        arena_free(&arena);
        if (issue_warnings(&w) < 0) {
            diag_clear(&err);
            return V_NULL;
        }
        return pycompile_raise_diag(&err, filename, false);
    }
    value code = compile_ast_warn(mod, filename, mode, cflags, src, len, &err, collect_warning, &w);
    arena_free(&arena);
    if (issue_warnings(&w) < 0) {
        diag_clear(&err);
        return V_NULL;
    }
    if (!code && err.type != DIAG_NONE)
        return pycompile_raise_diag(&err, filename, true);
    return code;
}
