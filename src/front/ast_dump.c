/* The AST as text, byte for byte what CPython 3.11's
 * ast.dump(tree, include_attributes=True, indent=3) prints.
 *
 * The walk is generic: ast_kind_infos[] says, for each kind, its fields in
 * order with their types and whether they are optional, and whether the kind
 * carries the four position attributes. ast.dump's layout rules, restated:
 *   - a node prints as Kind(field=value, ...); an optional field whose value
 *     is None (a NULL here) is left out; attributes follow the fields;
 *   - a node goes on one line when it has at most 3 printed values and all
 *     are "simple": a scalar (repr of str/int/constant), an empty list, or an
 *     enum like Load(). Otherwise each value goes on its own line, indented
 *     3 spaces per level, and the closing parenthesis follows the last value;
 *   - a non-empty list always spreads one item per line; an empty one is [];
 *   - a None inside a list (Dict.keys, kw_defaults) prints as None.
 * Output goes through a strbuf that is flushed to the FILE every megabyte. */
#include "ast_dump.h"
#include <inttypes.h>
#include <string.h>
#include "../util/float_repr.h"
#include "../util/repr.h"
#include "../util/strbuf.h"

#define FLUSH_AT (1u << 20)
#define MAX_DEPTH 10000

typedef struct dumper {
    strbuf sb;
    FILE *out;
    int failed;   /* a write failed, memory ran out, or the tree is too deep */
} dumper;

static void flush(dumper *d)
{
    if (d->sb.failed)
        d->failed = 1;
    if (d->sb.len && fwrite(d->sb.data, 1, d->sb.len, d->out) != d->sb.len)
        d->failed = 1;
    d->sb.len = 0;
}

static void put(dumper *d, const char *s) { sb_puts(&d->sb, s); }

/* '\n' and then 3 spaces per level. */
static void newline(dumper *d, int level)
{
    static const char spaces[] = "                                                                ";
    sb_putc(&d->sb, '\n');
    size_t n = (size_t)level * 3;
    while (n) {
        size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
        sb_append(&d->sb, spaces, k);
        n -= k;
    }
}

static void put_int(dumper *d, int64_t v)
{
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%" PRId64, v);
    sb_append(&d->sb, buf, (size_t)n);
}

static void put_enum(dumper *d, const char *const *names, int count, int v)
{
    if (v >= 1 && v < count) {
        put(d, names[v]);
        put(d, "()");
    } else {
        put(d, "None");
    }
}

static void put_constant(dumper *d, const ast_constant *c)
{
    char buf[64];
    switch (c->kind) {
    case AST_CONST_TRUE: put(d, "True"); break;
    case AST_CONST_FALSE: put(d, "False"); break;
    case AST_CONST_ELLIPSIS: put(d, "Ellipsis"); break;
    case AST_CONST_INT: put_int(d, c->u.i); break;
    case AST_CONST_BIGINT: sb_append(&d->sb, c->u.str.s, c->u.str.len); break;
    case AST_CONST_FLOAT:
        float_repr(c->u.f, buf, sizeof buf);
        put(d, buf);
        break;
    case AST_CONST_COMPLEX:
        complex_repr(0.0, c->u.f, buf, sizeof buf);
        put(d, buf);
        break;
    case AST_CONST_STR: repr_str(&d->sb, c->u.str.s, c->u.str.len); break;
    case AST_CONST_BYTES: repr_bytes(&d->sb, c->u.str.s, c->u.str.len); break;
    default: put(d, "None"); break;
    }
}

/* -- Fields ---------------------------------------------------------------- */

#define FIELD(n, f, T) (*(T const *)((const char *)(n) + (f)->offset))

/* Is the field left out (an optional field holding None)? */
static int omitted(const ast_node *n, const ast_field_info *f)
{
    if (!f->optional)
        return 0;
    if (f->type == AST_FT_NODE)
        return FIELD(n, f, ast_node *) == NULL;
    if (f->type == AST_FT_STR)
        return FIELD(n, f, char *) == NULL;
    return 0;
}

/* Does the value print as a "simple" one (see the top of the file)? */
static int simple(const ast_node *n, const ast_field_info *f)
{
    switch (f->type) {
    case AST_FT_NODE:
        return 0;   /* every node kind prints at least one value */
    case AST_FT_SEQ: case AST_FT_IDENT_SEQ: case AST_FT_CMPOP_SEQ:
        return ast_seq_len(FIELD(n, f, ast_seq *)) == 0;
    default:
        return 1;
    }
}

static void dump_node(dumper *d, const ast_node *n, int level);

static void dump_seq(dumper *d, const ast_seq *s, int type, int level)
{
    int len = ast_seq_len(s);
    if (len == 0) {
        put(d, "[]");
        return;
    }
    level++;
    sb_putc(&d->sb, '[');
    for (int i = 0; i < len; i++) {
        if (i)
            sb_putc(&d->sb, ',');
        newline(d, level);
        void *item = s->items[i];
        if (type == AST_FT_CMPOP_SEQ)
            put_enum(d, ast_cmpop_names, AST_CMP_NotIn + 1, (int)(intptr_t)item);
        else if (type == AST_FT_IDENT_SEQ && item)
            repr_str(&d->sb, item, strlen(item));
        else if (item)
            dump_node(d, item, level);
        else
            put(d, "None");
    }
    sb_putc(&d->sb, ']');
}

static void dump_value(dumper *d, const ast_node *n, const ast_field_info *f, int level)
{
    switch (f->type) {
    case AST_FT_NODE: {
        const ast_node *c = FIELD(n, f, ast_node *);
        if (c)
            dump_node(d, c, level);
        else
            put(d, "None");
        break;
    }
    case AST_FT_SEQ: case AST_FT_IDENT_SEQ: case AST_FT_CMPOP_SEQ:
        dump_seq(d, FIELD(n, f, ast_seq *), f->type, level);
        break;
    case AST_FT_STR: {
        const char *s = FIELD(n, f, char *);
        if (s)
            repr_str(&d->sb, s, strlen(s));
        else
            put(d, "None");
        break;
    }
    case AST_FT_CONST: put_constant(d, &FIELD(n, f, ast_constant)); break;
    case AST_FT_INT: put_int(d, FIELD(n, f, int)); break;
    case AST_FT_ENUM_expr_context:
        put_enum(d, ast_expr_context_names, AST_CTX_Del + 1, FIELD(n, f, int));
        break;
    case AST_FT_ENUM_boolop: put_enum(d, ast_boolop_names, AST_BOOL_Or + 1, FIELD(n, f, int)); break;
    case AST_FT_ENUM_operator:
        put_enum(d, ast_operator_names, AST_OP_FloorDiv + 1, FIELD(n, f, int));
        break;
    case AST_FT_ENUM_unaryop:
        put_enum(d, ast_unaryop_names, AST_UNARY_USub + 1, FIELD(n, f, int));
        break;
    case AST_FT_ENUM_cmpop: put_enum(d, ast_cmpop_names, AST_CMP_NotIn + 1, FIELD(n, f, int)); break;
    default: put(d, "None"); break;
    }
}

/* -- Nodes ----------------------------------------------------------------- */

static const char *const attr_names[4] = { "lineno", "col_offset", "end_lineno", "end_col_offset" };

/* Starts the next value: ", " on one line, or ",\n" and the indent. */
static void separate(dumper *d, int first, int one_line, int level)
{
    if (!first)
        put(d, one_line ? ", " : ",");
    if (!one_line)
        newline(d, level);
}

static void dump_node(dumper *d, const ast_node *n, int level)
{
    if (n->kind <= AST_NONE_KIND || n->kind >= AST_KIND_COUNT || level > MAX_DEPTH) {
        d->failed = 1;
        put(d, "None");
        return;
    }
    const ast_kind_info *k = &ast_kind_infos[n->kind];
    int nargs = 0, all_simple = 1;
    for (int i = 0; i < k->nfields; i++) {
        if (omitted(n, &k->fields[i]))
            continue;
        nargs++;
        all_simple = all_simple && simple(n, &k->fields[i]);
    }
    if (k->has_attributes)
        nargs += 4;
    int one_line = all_simple && nargs <= 3;
    level++;

    put(d, k->name);
    sb_putc(&d->sb, '(');
    int first = 1;
    for (int i = 0; i < k->nfields; i++) {
        const ast_field_info *f = &k->fields[i];
        if (omitted(n, f))
            continue;
        separate(d, first, one_line, level);
        first = 0;
        put(d, f->name);
        sb_putc(&d->sb, '=');
        dump_value(d, n, f, level);
    }
    if (k->has_attributes) {
        const int attrs[4] = { n->lineno, n->col_offset, n->end_lineno, n->end_col_offset };
        for (int i = 0; i < 4; i++) {
            separate(d, first, one_line, level);
            first = 0;
            put(d, attr_names[i]);
            sb_putc(&d->sb, '=');
            put_int(d, attrs[i]);
        }
    }
    sb_putc(&d->sb, ')');
    if (d->sb.len >= FLUSH_AT)
        flush(d);
}

int ast_dump(const ast_node *n, FILE *out)
{
    dumper d = { .out = out };
    sb_init(&d.sb);
    if (n)
        dump_node(&d, n, 0);
    else
        put(&d, "None");
    sb_putc(&d.sb, '\n');
    flush(&d);
    sb_free(&d.sb);
    if (fflush(out) != 0)
        d.failed = 1;
    return d.failed ? -1 : 0;
}

/* Depth of the deepest path below n, counting nodes, but descending no
 * further than limit + 1 so that a pathological tree costs bounded stack. */
static int depth_below(const ast_node *n, int limit)
{
    if (!n || limit < 0)
        return 0;
    if (n->kind <= AST_NONE_KIND || n->kind >= AST_KIND_COUNT)
        return 1;
    const ast_kind_info *k = &ast_kind_infos[n->kind];
    int best = 0;
    for (int i = 0; i < k->nfields && best <= limit; i++) {
        const ast_field_info *f = &k->fields[i];
        const char *slot = (const char *)n + f->offset;
        if (f->type == AST_FT_NODE) {
            int d = depth_below(*(ast_node *const *)slot, limit - 1);
            if (d > best)
                best = d;
        } else if (f->type == AST_FT_SEQ) {
            const ast_seq *s = *(const ast_seq *const *)slot;
            for (int j = 0; j < ast_seq_len(s) && best <= limit; j++) {
                int d = depth_below(ast_seq_node(s, j), limit - 1);
                if (d > best)
                    best = d;
            }
        }
    }
    return best + 1;
}

int ast_depth_exceeds(const ast_node *n, int limit)
{
    return depth_below(n, limit) > limit;
}
