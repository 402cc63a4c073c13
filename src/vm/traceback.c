/* Traceback objects and the printer of uncaught exceptions (traceback.h).
 *
 * The printer follows CPython 3.11's C implementation of the default
 * excepthook, since that is what prints every uncaught exception:
 *   - the chain first: __cause__ (or, unless __suppress_context__,
 *     __context__) is printed before the exception, recursively, followed
 *     by "The above exception was the direct cause..." / "During handling
 *     of the above exception...", each exception at most once (cycles);
 *   - a traceback: "Traceback (most recent call last):", each entry as
 *     `  File "f.py", line 3, in func`, the source line without its
 *     indentation, and a caret line under the failing expression unless it
 *     would cover the whole line; a binary operation or subscript gets
 *     CPython's `~~^~~` anchors, found by parsing the expression's text
 *     with Taipan's parser; runs of one repeated entry are folded after
 *     three into "[Previous line repeated N more times]";
 *   - a SyntaxError's location block (src/front/diag.c prints it);
 *   - "module.Qualname: str(exc)", with 3.11's ". Did you mean: 'x'?" for
 *     a NameError or AttributeError with a close name, then the __notes__;
 *   - exception groups inside their frame of "| " margins and
 *     "+---- n ----" separators, at most 15 wide and 10 deep. */
#include "traceback.h"
#include <stdlib.h>
#include <string.h>
#include "../front/diag.h"
#include "../front/parser.h"
#include "../gc/gc.h"
#include "../objects/exceptions.h"
#include "../objects/list.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../unicode/unicode.h"
#include "../objects/dict.h"
#include "code.h"
#include "exc.h"
#include "frame.h"

/* -- The traceback type ------------------------------------------------------- */

static void tb_trace(object *o, gc_tracer *t)
{
    traceback_object *tb = (traceback_object *)o;
    gc_mark_value(t, tb->next);
    gc_mark_value(t, tb->frame);
    gc_mark_value(t, tb->code);
    gc_mark_value(t, tb->globals);
    gc_mark_value(t, tb->builtins);
}

value traceback_new(value next, value frame, value code, int lasti, int lineno)
{
    object *o = gc_alloc(&traceback_type, sizeof(traceback_object));
    if (!o)
        return V_NULL;
    traceback_object *tb = (traceback_object *)o;
    tb->next = next;
    tb->frame = frame;
    tb->code = code;
    tb->globals = tb->builtins = V_NULL;
    tb->lasti = lasti;
    tb->lineno = lineno;
    return v_from_obj(o);
}

int traceback_here(value exc, value frame, value code, int lasti, int lineno)
{
    value tb = traceback_new(v_exc(exc)->traceback, frame, code, lasti, lineno);
    if (!tb)
        return -1;
    /* the VM records the running frame: keep its namespaces for the
     * NameError suggestions (no frame object is made for this) */
    struct frame *f = ts()->frame;
    if (f && f->code == code) {
        v_traceback(tb)->globals = f->globals;
        v_traceback(tb)->builtins = f->builtins;
    }
    v_exc(exc)->traceback = tb;
    return 0;
}

static value tb_get_next(value self)
{
    value n = v_traceback(self)->next;
    return n ? n : V_NONE;
}

static int tb_set_next(value self, value v)
{
    if (!v)
        return exc_raise(&exc_TypeError, "can't delete tb_next attribute"), -1;
    if (v != V_NONE && !v_is_traceback(v))
        return exc_raise(&exc_TypeError, "expected traceback object or None, got '%s'", v_type_name(v)), -1;
    for (value c = v; c != V_NONE && c; c = v_traceback(c)->next)
        if (c == self)
            return exc_raise(&exc_ValueError, "traceback loop detected"), -1;
    v_traceback(self)->next = v == V_NONE ? V_NULL : v;
    return 0;
}

static value tb_get_frame(value self)
{
    value f = v_traceback(self)->frame;
    return f ? f : V_NONE;
}

static value tb_get_lineno(value self) { return v_small(v_traceback(self)->lineno); }
/* tb_lasti counts bytes, as CPython's (two per instruction) */
static value tb_get_lasti(value self) { return v_small((int64_t)v_traceback(self)->lasti * 2); }

static const getset_def tb_getsets[] = {
    {"tb_next", tb_get_next, tb_set_next, NULL},
    {"tb_frame", tb_get_frame, NULL, NULL},
    {"tb_lineno", tb_get_lineno, NULL, NULL},
    {"tb_lasti", tb_get_lasti, NULL, NULL},
    {NULL, NULL, NULL, NULL},
};

type_object traceback_type = {
    .hdr = {&type_type, 0, 0},
    .name = "traceback",
    .basicsize = sizeof(traceback_object),
    .trace = tb_trace,
    .getsets = tb_getsets,
};

/* -- Printing context ---------------------------------------------------------- */

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10, TB_LIMIT = 1000, TB_RECURSIVE_CUTOFF = 3,
       SOURCE_INDENT = 4 };

typedef struct printer {
    FILE *f;
    int depth;          /* exception group nesting */
    bool need_close;    /* the group's closing line is still owed */
    value *seen;        /* exceptions printed or being printed (malloc'd) */
    size_t nseen, capseen;
} printer;

static const char *margin_of(printer *p) { return p->depth ? "| " : ""; }
static int indent_of(printer *p) { return 2 * p->depth; }

static void write_indent(printer *p, int n)
{
    for (int i = 0; i < n; i++)
        fputc(' ', p->f);
}

static void write_margin_with(printer *p, const char *margin)
{
    write_indent(p, indent_of(p));
    fputs(margin, p->f);
}

static void write_margin(printer *p) { write_margin_with(p, margin_of(p)); }

static bool seen(printer *p, value v)
{
    for (size_t i = 0; i < p->nseen; i++)
        if (p->seen[i] == v)
            return true;
    return false;
}

static void mark_seen(printer *p, value v)
{
    if (p->nseen == p->capseen) {
        size_t cap = p->capseen ? 2 * p->capseen : 16;
        value *n = realloc(p->seen, cap * sizeof *n);
        if (!n)
            return;   /* without memory only cycle detection suffers */
        p->seen = n;
        p->capseen = cap;
    }
    p->seen[p->nseen++] = v;
}

/* -- Source lines and carets ------------------------------------------------------ */

/* Line `lineno` of the file, without its line ending (malloc'd), or NULL. */
static char *read_source_line(const char *filename, int lineno)
{
    if (lineno < 1)
        return NULL;
    FILE *in = fopen(filename, "rb");
    if (!in)
        return NULL;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n = 0;
    for (int i = 0; i < lineno; i++) {
        n = getline(&line, &cap, in);
        if (n < 0)
            break;
    }
    fclose(in);
    if (n < 0) {
        free(line);
        return NULL;
    }
    if (n > 0 && line[n - 1] == '\n')
        line[--n] = 0;
    if (n > 0 && line[n - 1] == '\r')
        line[--n] = 0;
    return line;
}

/* CPython's byte offset -> character offset within a line (a column just
 * past the end counts one more, as its decoder counts the NUL). */
static long char_offset(const char *line, long col)
{
    long len = (long)strlen(line);
    if (col > len + 1)
        col = len + 1;
    if (col < 0)
        return -1;
    long n = col <= len ? col : len;
    return (long)utf8_count(line, (size_t)n) + (col > len ? 1 : 0);
}

/* Byte index of character `ch` in s. */
static size_t byte_index(const char *s, long ch)
{
    size_t i = 0;
    for (long c = 0; c < ch && s[i]; c++) {
        i++;
        while (s[i] && ((unsigned char)s[i] & 0xC0) == 0x80)
            i++;
    }
    return i;
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* The `~~^~~` anchors of a binary operation or subscript, found by parsing
 * the failing expression's text alone; character offsets within the line.
 * False when the expression is anything else or does not parse. */
static bool find_anchors(const char *line, long start, long end, long *left, long *right)
{
    size_t b0 = byte_index(line, start), b1 = byte_index(line, end);
    if (b1 <= b0)
        return false;
    size_t n = b1 - b0;
    char *seg = malloc(n + 1);
    if (!seg)
        return false;
    memcpy(seg, line + b0, n);
    seg[n] = 0;
    ast_arena arena;
    arena_init(&arena);
    diag err;
    diag_init(&err);
    bool found = false;
    ast_node *mod = parse_source(seg, n, "<string>", PARSE_FILE, PARSE_STRING_INPUT, &arena, &err);
    if (mod && ast_seq_len(mod->v.Module.body) == 1) {
        ast_node *st = ast_seq_node(mod->v.Module.body, 0);
        ast_node *e = st->kind == AST_Expr ? st->v.Expr.value : NULL;
        long l = -1, r = -1;
        if (e && e->kind == AST_BinOp) {
            ast_node *a = e->v.BinOp.left, *b = e->v.BinOp.right;
            for (int i = a->end_col_offset; i < b->col_offset; i++) {
                if (is_ws(seg[i]))
                    continue;
                l = i;
                r = i + 1;
                if (i + 1 < b->col_offset && !is_ws(seg[i + 1]))
                    r++;
                break;
            }
            found = l >= 0;
        } else if (e && e->kind == AST_Subscript) {
            l = e->v.Subscript.value->end_col_offset;
            r = e->v.Subscript.slice->end_col_offset + 1;
            found = true;
        }
        if (found) {
            *left = char_offset(seg, l) + start;
            *right = char_offset(seg, r) + start;
        }
    }
    diag_clear(&err);
    arena_free(&arena);
    free(seg);
    return found;
}

/* The caret line under the source line, by CPython 3.11's rules. */
static void print_carets(printer *p, const char *line, const code_pos *pos, int truncation)
{
    if (pos->lineno < 0 || pos->end_lineno < 0 || pos->col < 0 || pos->end_col < 0)
        return;
    long start = char_offset(line, pos->col), end = char_offset(line, pos->end_col);
    if (start < 0 || end < 0)
        return;
    long left = -1, right = -1;
    const char *primary = "^", *secondary = "^";
    if (pos->lineno == pos->end_lineno) {
        if (find_anchors(line, start, end, &left, &right)) {
            primary = "~";
            secondary = "^";
        }
    } else {
        /* a multi-line expression: up to the line's last non-blank */
        long i = (long)strlen(line);
        while (--i >= 0 && is_ws(line[i]))
            ;
        end = i + 1;
    }
    long line_len = (long)utf8_count(line, strlen(line));
    long stripped_len = line_len - truncation - SOURCE_INDENT;
    bool special = left != -1 || right != -1;
    if (end - start == stripped_len && !special)
        return;
    write_margin(p);
    for (long off = truncation + 1; off <= end; off++) {
        if (off <= start)
            fputc(' ', p->f);
        else if (special && left < off && off <= right)
            fputs(secondary, p->f);
        else
            fputs(primary, p->f);
    }
    fputc('\n', p->f);
}

/* One entry: the File line, the source line, the carets. */
static void print_entry(printer *p, traceback_object *tb)
{
    code_object *co = tb->code && v_is_code(tb->code) ? v_code(tb->code) : NULL;
    const char *filename = co && co->filename ? str_data(co->filename) : "???";
    const char *name = co && co->name ? str_data(co->name) : "???";
    write_margin(p);
    fprintf(p->f, "  File \"%s\", line %d, in %s\n", filename, tb->lineno, name);
    char *line = read_source_line(filename, tb->lineno);
    if (!line)
        return;
    int ws = 0;
    while (line[ws] == ' ' || line[ws] == '\t' || line[ws] == '\f')
        ws++;
    write_margin(p);
    write_indent(p, SOURCE_INDENT);
    fputs(line + ws, p->f);
    fputc('\n', p->f);
    if (co && co->positions && tb->lasti >= 0 && tb->lasti < co->ninstrs)
        print_carets(p, line, &co->positions[tb->lasti], ws - SOURCE_INDENT);
    free(line);
}

static bool same_place(traceback_object *a, traceback_object *b)
{
    if (!a || a->lineno != b->lineno || a->lineno == -1)
        return false;
    if (!a->code || !b->code || !v_is_code(a->code) || !v_is_code(b->code))
        return a->code == b->code;
    code_object *x = v_code(a->code), *y = v_code(b->code);
    return str_eq(x->filename, y->filename) && str_eq(x->name, y->name);
}

static void print_repeated(printer *p, long cnt)
{
    cnt -= TB_RECURSIVE_CUTOFF;
    write_margin(p);
    fprintf(p->f, "  [Previous line repeated %ld more time%s]\n", cnt, cnt > 1 ? "s" : "");
}

static void print_tb_entries(printer *p, value tbv)
{
    long depth = 0;
    for (value t = tbv; t; t = v_traceback(t)->next)
        depth++;
    while (tbv && depth > TB_LIMIT) {
        depth--;
        tbv = v_traceback(tbv)->next;
    }
    traceback_object *last = NULL;
    long cnt = 0;
    for (; tbv; tbv = v_traceback(tbv)->next) {
        traceback_object *tb = v_traceback(tbv);
        if (!same_place(last, tb)) {
            if (cnt > TB_RECURSIVE_CUTOFF)
                print_repeated(p, cnt);
            last = tb;
            cnt = 0;
        }
        cnt++;
        if (cnt <= TB_RECURSIVE_CUTOFF)
            print_entry(p, tb);
    }
    if (cnt > TB_RECURSIVE_CUTOFF)
        print_repeated(p, cnt);
}

/* -- One exception ------------------------------------------------------------------ */

static void print_traceback(printer *p, value exc)
{
    value tb = v_exc(exc)->traceback;
    if (!tb || !v_is_traceback(tb))
        return;
    const char *header = "Traceback (most recent call last):\n";
    const char *header_margin = margin_of(p);
    if (v_isinstance(exc, &exc_BaseExceptionGroup)) {
        header = "Exception Group Traceback (most recent call last):\n";
        if (p->depth == 1)
            header_margin = "+ ";
    }
    write_margin_with(p, header_margin);
    fputs(header, p->f);
    print_tb_entries(p, tb);
}

static const char *str_or(value v, const char *dflt)
{
    return v && v_is_str(v) ? str_data(v) : dflt;
}

/* A SyntaxError's location block; *msg becomes what follows "SyntaxError: ". */
static void print_syntax_location(printer *p, value exc, value *msg)
{
    exc_object *e = v_exc(exc);
    value lineno = e->slot[EXC_SYN_LINENO];
    if (!lineno || !v_is_int(lineno))
        return;   /* CPython then prints the exception as any other */
    *msg = exc_slot(exc, EXC_SYN_MSG);
    write_margin(p);
    fprintf(p->f, "  File \"%s\", line %ld\n", str_or(e->slot[EXC_SYN_FILENAME], "<string>"),
            (long)v_int(lineno));
    value text = e->slot[EXC_SYN_TEXT];
    if (!text || !v_is_str(text))
        return;
    value off = e->slot[EXC_SYN_OFFSET], end_line = e->slot[EXC_SYN_END_LINENO];
    value end_off = e->slot[EXC_SYN_END_OFFSET];
    long offset = off && v_is_int(off) ? (long)v_int(off) : -1;
    long end_offset = end_off && v_is_int(end_off) ? (long)v_int(end_off) : -1;
    int end_lineno = end_line && v_is_int(end_line) ? (int)v_int(end_line) : (int)v_int(lineno);
    diag_print_source(p->f, str_data(text), (int)v_int(lineno), offset, end_lineno, end_offset,
                      !v_isinstance(exc, &exc_IndentationError));
}

static void print_type_name(printer *p, type_object *t)
{
    value mod = t->module;
    if (mod && v_is_str(mod) && !str_eq_cstr(mod, "__main__") && !str_eq_cstr(mod, "builtins"))
        fprintf(p->f, "%s.", str_data(mod));
    const char *q = str_or(t->qualname, NULL);
    if (!q) {
        const char *dot = strrchr(t->name, '.');
        q = dot ? dot + 1 : t->name;
    }
    fputs(q, p->f);
}

/* Writes text with the margin before each of its lines. */
static void write_lines(printer *p, const char *s, size_t n)
{
    size_t i = 0;
    do {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t end = nl ? (size_t)(nl - s) : n;
        write_margin(p);
        fwrite(s + i, 1, end - i, p->f);
        fputc('\n', p->f);
        i = end + 1;
    } while (i < n);
}

static void print_notes(printer *p, value exc)
{
    value notes = obj_getattr_cstr(exc, "__notes__");
    if (!notes) {
        exc_clear();
        return;
    }
    value it = obj_iter(notes);
    if (!it) {
        exc_clear();
        value r = obj_repr(notes);
        write_margin(p);
        fputs(r ? str_data(r) : "<__notes__ repr() failed>", p->f);
        fputc('\n', p->f);
        exc_clear();
        return;
    }
    value note;
    while ((note = obj_next(it))) {
        value s = v_is_str(note) ? note : obj_str(note);
        if (!s) {
            exc_clear();
            write_margin(p);
            fputs("<note str() failed>\n", p->f);
            continue;
        }
        write_lines(p, str_data(s), str_size(s));
    }
    exc_clear();
}

/* -- "Did you mean" -------------------------------------------------------------------- */

/* CPython 3.11's suggestions for NameError and AttributeError: the closest
 * candidate name by an edit distance where a case-only change costs 1 and
 * any other insertion, deletion or substitution 2, within a third of the
 * characters involved; none from lists of 750 names or more. */
enum { SUGGEST_MOVE = 2, SUGGEST_CASE = 1, SUGGEST_MAX_LEN = 40, SUGGEST_MAX_ITEMS = 750 };

static size_t subst_cost(char a, char b)
{
    if (a == b)
        return 0;
    char la = a >= 'A' && a <= 'Z' ? (char)(a + 32) : a;
    char lb = b >= 'A' && b <= 'Z' ? (char)(b + 32) : b;
    return la == lb ? SUGGEST_CASE : SUGGEST_MOVE;
}

/* The weighted distance of a and b, or something above max when larger.
 * One row of the table is kept. Like CPython's, each new row starts from
 * j * MOVE rather than (j + 1) * MOVE: that underestimate is part of
 * which names CPython suggests, so it is kept. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max)
{
    while (na && nb && a[0] == b[0])
        a++, b++, na--, nb--;
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (!na || !nb)
        return (na + nb) * SUGGEST_MOVE;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN)
        return max + 1;
    if (nb < na) {   /* the row runs over the shorter string */
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * SUGGEST_MOVE > max)
        return max + 1;
    size_t row[SUGGEST_MAX_LEN];   /* row[i]: cost of b[:j] against a[:i+1] */
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * SUGGEST_MOVE;
    size_t cell = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * SUGGEST_MOVE, lowest = (size_t)-1;
        cell = diag;
        for (size_t i = 0; i < na; i++) {
            size_t subst = diag + subst_cost(b[j], a[i]);
            diag = row[i];
            size_t move = (cell < diag ? cell : diag) + SUGGEST_MOVE;
            cell = move < subst ? move : subst;
            row[i] = cell;
            if (cell < lowest)
                lowest = cell;
        }
        if (lowest > max)
            return max + 1;
    }
    return cell;
}

/* The best candidate for name among the str items of list l, or V_NULL. */
static value best_suggestion(value l, value name)
{
    size_t n = list_len(l);
    if (n >= SUGGEST_MAX_ITEMS)
        return V_NULL;
    value best = V_NULL;
    size_t best_dist = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        value item = list_get(l, i);
        if (!v_is_str(item))
            return V_NULL;
        if (str_eq(item, name))
            continue;
        size_t max = (str_size(name) + str_size(item) + 3) * SUGGEST_MOVE / 6;
        if (best && best_dist - 1 < max)
            max = best_dist - 1;
        size_t d = edit_distance(str_data(name), str_size(name), str_data(item), str_size(item), max);
        if (d > max)
            continue;
        if (!best || d < best_dist) {
            best = item;
            best_dist = d;
        }
    }
    return best;
}

static value suggest_from_iterable(value names, value name)
{
    value l = list_new(0);
    if (!l || list_extend(l, names) < 0)
        return V_NULL;
    return best_suggestion(l, name);
}

static value suggest_attribute(value exc, value name)
{
    value obj = exc_slot(exc, EXC_ATTR_OBJ);
    if (!obj || obj == V_NONE)
        return V_NULL;
    value d = obj_call_method(obj, "__dir__", 0, NULL);
    value l = d ? list_new(0) : V_NULL;
    if (!l || list_extend(l, d) < 0 || list_sort(l, V_NULL, 0) < 0)
        return V_NULL;
    return best_suggestion(l, name);
}

static value suggest_name(value exc, value name)
{
    value tbv = v_exc(exc)->traceback;
    if (!tbv || !v_is_traceback(tbv))
        return V_NULL;
    traceback_object *tb = v_traceback(tbv);
    while (tb->next && v_is_traceback(tb->next))
        tb = v_traceback(tb->next);
    value r = V_NULL;
    if (tb->code) {
        value vars = code_varnames(v_code(tb->code));
        r = vars ? suggest_from_iterable(vars, name) : V_NULL;
    }
    if (!r && !exc_occurred() && tb->globals)
        r = suggest_from_iterable(tb->globals, name);
    if (!r && !exc_occurred() && tb->builtins)
        r = suggest_from_iterable(tb->builtins, name);
    return r;
}

/* Writes ". Did you mean: 'x'?" when there is a suggestion; never fails. */
static void print_suggestion(printer *p, value exc)
{
    value name = V_NULL, s = V_NULL;
    if (v_isinstance(exc, &exc_AttributeError)) {
        name = exc_slot(exc, EXC_ATTR_NAME);
        if (name && v_is_str(name))
            s = suggest_attribute(exc, name);
    } else if (v_isinstance(exc, &exc_NameError)) {
        name = exc_slot(exc, EXC_NAME_NAME);
        if (name && v_is_str(name))
            s = suggest_name(exc, name);
    }
    exc_clear();
    if (s)
        fprintf(p->f, ". Did you mean: '%s'?", str_data(s));
}

static void print_one(printer *p, value exc)
{
    fflush(stdout);
    if (!v_is_exc(exc)) {
        write_margin(p);
        fprintf(p->f, "TypeError: print_exception(): Exception expected for value, %s found\n",
                v_type_name(exc));
        return;
    }
    print_traceback(p, exc);
    value msg = V_NULL;
    if (v_isinstance(exc, &exc_SyntaxError))
        print_syntax_location(p, exc, &msg);
    write_margin(p);
    print_type_name(p, v_type(exc));
    value s = msg ? obj_str(msg) : obj_str(exc);
    if (!s) {
        exc_clear();
        fputs(": <exception str() failed>", p->f);
    } else if (str_size(s)) {
        fputs(": ", p->f);
        fwrite(str_data(s), 1, str_size(s), p->f);
    }
    print_suggestion(p, exc);
    fputc('\n', p->f);
    print_notes(p, exc);
}

/* -- Chains and groups -------------------------------------------------------------------- */

static void print_recursive(printer *p, value exc);

static void print_chained(printer *p, value exc, const char *message)
{
    bool need_close = p->need_close;
    if (!exc_enter_recursive(" in print_chained")) {
        exc_clear();
        return;
    }
    print_recursive(p, exc);
    exc_leave_recursive();
    p->need_close = need_close;
    write_margin(p);
    fputc('\n', p->f);
    write_margin(p);
    fputs(message, p->f);
    write_margin(p);
    fputc('\n', p->f);
}

static void print_cause_and_context(printer *p, value exc)
{
    mark_seen(p, exc);
    if (!v_is_exc(exc))
        return;
    exc_object *e = v_exc(exc);
    if (e->cause) {
        if (!seen(p, e->cause))
            print_chained(p, e->cause, "The above exception was the direct cause of the following exception:\n");
        return;
    }
    if (e->suppress_context || !e->context || seen(p, e->context))
        return;
    print_chained(p, e->context, "During handling of the above exception, another exception occurred:\n");
}

static void print_group(printer *p, value eg)
{
    if (p->depth > MAX_GROUP_DEPTH) {
        write_margin(p);
        fprintf(p->f, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
        return;
    }
    bool top = p->depth == 0;
    if (top)
        p->depth++;
    print_one(p, eg);
    value excs = exc_slot(eg, EXC_GROUP_EXCS);
    size_t total = v_is_tuple(excs) ? tuple_len(excs) : 0;
    size_t n = total <= MAX_GROUP_WIDTH ? total : MAX_GROUP_WIDTH + 1;
    p->need_close = false;
    for (size_t i = 0; i < n; i++) {
        bool last = i == n - 1;
        if (last)
            p->need_close = true;   /* a nested group may draw the closing line */
        write_indent(p, indent_of(p));
        bool truncated = i >= MAX_GROUP_WIDTH;
        if (truncated)
            fprintf(p->f, "%s+---------------- ... ----------------\n", i == 0 ? "+-" : "  ");
        else
            fprintf(p->f, "%s+---------------- %zu ----------------\n", i == 0 ? "+-" : "  ", i + 1);
        p->depth++;
        if (!truncated) {
            if (exc_enter_recursive(" in print_exception_group")) {
                print_recursive(p, tuple_get(excs, i));
                exc_leave_recursive();
            } else {
                exc_clear();
            }
        } else {
            size_t more = total - MAX_GROUP_WIDTH;
            write_margin(p);
            fprintf(p->f, "and %zu more exception%s\n", more, more > 1 ? "s" : "");
        }
        if (last && p->need_close) {
            write_indent(p, indent_of(p));
            fputs("+------------------------------------\n", p->f);
            p->need_close = false;
        }
        p->depth--;
    }
    if (p->depth == 1)
        p->depth--;
}

static void print_recursive(printer *p, value exc)
{
    print_cause_and_context(p, exc);
    if (v_isinstance(exc, &exc_BaseExceptionGroup))
        print_group(p, exc);
    else
        print_one(p, exc);
}

void exc_print(value exc, FILE *f)
{
    /* printing runs str() and repr(): keep the caller's exception aside */
    value saved = exc_fetch();
    if (exc == V_NULL || !v_is_ptr(exc)) {
        /* a C function failed without setting an exception: say so
         * rather than crash (CPython raises SystemError then) */
        fputs("SystemError: error return without exception set\n", f);
        fflush(f);
        exc_restore(saved);
        return;
    }
    printer p = {.f = f};
    print_recursive(&p, exc);
    free(p.seen);
    fflush(f);
    exc_restore(saved);
}
