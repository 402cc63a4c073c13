/* Driver for tools/check_ast_dump.py: reads trees that CPython's ast.parse
 * produced, serialised one token per line (see the script), rebuilds them
 * generically through ast_kind_infos and prints ast_dump of each, separated
 * by a line "\x01". This tests ast_dump.c on real files without the parser. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../src/front/ast.h"
#include "../src/front/ast_dump.h"

static arena A;
static char *line;
static size_t cap;

static const char *next(void)
{
    ssize_t n = getline(&line, &cap, stdin);
    if (n <= 0) {
        fprintf(stderr, "check_ast_dump: unexpected end of input\n");
        exit(2);
    }
    if (line[n - 1] == '\n')
        line[n - 1] = 0;
    return line;
}

static int hexval(char c)
{
    return c <= '9' ? c - '0' : c - 'a' + 10;
}

static char *unhex(const char *h, size_t *len)
{
    size_t n = strlen(h) / 2;
    char *s = arena_alloc(&A, n + 1);
    for (size_t i = 0; i < n; i++)
        s[i] = (char)(hexval(h[2 * i]) << 4 | hexval(h[2 * i + 1]));
    *len = n;
    return s;
}

static int any_enum(const char *name)
{
    static const struct { const char *const *names; int count; } tabs[] = {
        { ast_expr_context_names, AST_CTX_Del + 1 }, { ast_boolop_names, AST_BOOL_Or + 1 },
        { ast_operator_names, AST_OP_FloorDiv + 1 }, { ast_unaryop_names, AST_UNARY_USub + 1 },
        { ast_cmpop_names, AST_CMP_NotIn + 1 },
    };
    for (size_t t = 0; t < sizeof tabs / sizeof tabs[0]; t++)
        for (int i = 1; i < tabs[t].count; i++)
            if (strcmp(tabs[t].names[i], name) == 0)
                return i;
    fprintf(stderr, "check_ast_dump: unknown enum %s\n", name);
    exit(2);
}

static ast_node *read_node_kind(int kind);

static void *read_item(void)
{
    const char *t = next();
    if (t[0] == '-')
        return NULL;
    if (t[0] == 'S') {
        size_t len;
        return unhex(t + 2, &len);
    }
    if (t[0] == 'E')
        return (void *)(intptr_t)any_enum(t + 2);
    if (t[0] == 'N') {
        for (int k = 1; k < AST_KIND_COUNT; k++)
            if (strcmp(ast_kind_infos[k].name, t + 2) == 0)
                return read_node_kind(k);
    }
    fprintf(stderr, "check_ast_dump: bad item %s\n", t);
    exit(2);
}

static ast_constant read_const(void)
{
    const char *t = next();
    ast_constant c = {0};
    size_t len;
    switch (t[0]) {
    case 'n': c.kind = AST_CONST_NONE; break;
    case 'T': c.kind = AST_CONST_TRUE; break;
    case 'F': c.kind = AST_CONST_FALSE; break;
    case '.': c.kind = AST_CONST_ELLIPSIS; break;
    case 'i':
        if (strlen(t + 2) < 18) {
            c.kind = AST_CONST_INT;
            c.u.i = strtoll(t + 2, NULL, 10);
        } else {
            c.kind = AST_CONST_BIGINT;
            c.u.str.s = arena_strndup(&A, t + 2, strlen(t + 2));
            c.u.str.len = strlen(t + 2);
        }
        break;
    case 'f': case 'j': {
        uint64_t bits = strtoull(t + 2, NULL, 16);
        c.kind = t[0] == 'f' ? AST_CONST_FLOAT : AST_CONST_COMPLEX;
        memcpy(&c.u.f, &bits, sizeof bits);
        break;
    }
    case 's': case 'b':
        c.kind = t[0] == 's' ? AST_CONST_STR : AST_CONST_BYTES;
        c.u.str.s = unhex(t + 2, &len);
        c.u.str.len = len;
        break;
    default:
        fprintf(stderr, "check_ast_dump: bad constant %s\n", t);
        exit(2);
    }
    return c;
}

static void read_field(ast_node *n, const ast_field_info *f)
{
    char *p = (char *)n + f->offset;
    if (f->type == AST_FT_CONST) {
        *(ast_constant *)p = read_const();
        return;
    }
    if (f->type == AST_FT_SEQ || f->type == AST_FT_IDENT_SEQ || f->type == AST_FT_CMPOP_SEQ) {
        int len = atoi(next() + 2);
        ast_seq *s = len ? ast_seq_new(&A, len) : NULL;
        for (int i = 0; i < len; i++)
            s->items[i] = read_item();
        *(ast_seq **)p = s;
        return;
    }
    if (f->type == AST_FT_NODE || f->type == AST_FT_STR) {
        *(void **)p = read_item();
        return;
    }
    const char *t = next();
    if (f->type == AST_FT_INT)
        *(int *)p = atoi(t + 2);
    else
        *(int *)p = any_enum(t + 2);
}

static ast_node *read_node_kind(int kind)
{
    ast_node *n = ast_node_new(&A, kind);
    const ast_kind_info *k = &ast_kind_infos[kind];
    for (int i = 0; i < k->nfields; i++)
        read_field(n, &k->fields[i]);
    if (k->has_attributes) {
        n->lineno = atoi(next() + 2);
        n->col_offset = atoi(next() + 2);
        n->end_lineno = atoi(next() + 2);
        n->end_col_offset = atoi(next() + 2);
    }
    return n;
}

int main(void)
{
    int c;
    while ((c = getchar()) != EOF) {
        ungetc(c, stdin);
        arena_init(&A);
        ast_node *tree = read_item();
        next();   /* the end marker */
        ast_dump(tree, stdout);
        fputs("\x01\n", stdout);
        arena_free(&A);
    }
    return 0;
}
