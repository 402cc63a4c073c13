/* Unit test of src/front/ast_dump.c and src/util/repr.c: small trees built
 * by hand with the ast_* constructors, dumped and compared with what
 * python3.11's ast.dump(tree, include_attributes=True, indent=3) prints for
 * the same trees (the expected texts below were produced that way; every
 * node sits at line 1, columns 0..5). Also repr() of every single code point
 * and byte, hashed against python3.11's. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/front/ast.h"
#include "../../src/front/ast_dump.h"
#include "../../src/unicode/unicode.h"
#include "../../src/util/repr.h"

static const char want_empty[] =
        "Module(body=[], type_ignores=[])\n";
static const char want_assign_dict[] =
        "Module(\n"
        "   body=[\n"
        "      Assign(\n"
        "         targets=[\n"
        "            Name(\n"
        "               id='x',\n"
        "               ctx=Store(),\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5)],\n"
        "         value=Dict(\n"
        "            keys=[\n"
        "               Constant(\n"
        "                  value=1,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               None],\n"
        "            values=[\n"
        "               Constant(\n"
        "                  value=2,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Name(\n"
        "                  id='d',\n"
        "                  ctx=Load(),\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5)],\n"
        "            lineno=1,\n"
        "            col_offset=0,\n"
        "            end_lineno=1,\n"
        "            end_col_offset=5),\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5)],\n"
        "   type_ignores=[\n"
        "      TypeIgnore(lineno=3, tag='[x]')])\n";
static const char want_compare_if[] =
        "Module(\n"
        "   body=[\n"
        "      If(\n"
        "         test=Compare(\n"
        "            left=Name(\n"
        "               id='a',\n"
        "               ctx=Load(),\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5),\n"
        "            ops=[\n"
        "               Lt(),\n"
        "               Eq()],\n"
        "            comparators=[\n"
        "               Name(\n"
        "                  id='b',\n"
        "                  ctx=Load(),\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Name(\n"
        "                  id='c',\n"
        "                  ctx=Load(),\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5)],\n"
        "            lineno=1,\n"
        "            col_offset=0,\n"
        "            end_lineno=1,\n"
        "            end_col_offset=5),\n"
        "         body=[\n"
        "            Pass(\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5)],\n"
        "         orelse=[],\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5)],\n"
        "   type_ignores=[])\n";
static const char want_importfrom[] =
        "Module(\n"
        "   body=[\n"
        "      ImportFrom(\n"
        "         names=[\n"
        "            alias(\n"
        "               name='a',\n"
        "               asname='b',\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5)],\n"
        "         level=1,\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5),\n"
        "      Global(\n"
        "         names=[\n"
        "            'a',\n"
        "            'b'],\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5),\n"
        "      Import(\n"
        "         names=[\n"
        "            alias(\n"
        "               name='os',\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5)],\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5)],\n"
        "   type_ignores=[])\n";
static const char want_funcdef[] =
        "Module(\n"
        "   body=[\n"
        "      FunctionDef(\n"
        "         name='f',\n"
        "         args=arguments(\n"
        "            posonlyargs=[],\n"
        "            args=[\n"
        "               arg(\n"
        "                  arg='a',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5)],\n"
        "            kwonlyargs=[\n"
        "               arg(\n"
        "                  arg='b',\n"
        "                  annotation=Name(\n"
        "                     id='int',\n"
        "                     ctx=Load(),\n"
        "                     lineno=1,\n"
        "                     col_offset=0,\n"
        "                     end_lineno=1,\n"
        "                     end_col_offset=5),\n"
        "                  type_comment='int',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5)],\n"
        "            kw_defaults=[\n"
        "               None],\n"
        "            kwarg=arg(\n"
        "               arg='k',\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5),\n"
        "            defaults=[]),\n"
        "         body=[\n"
        "            Expr(\n"
        "               value=Constant(\n"
        "                  value=Ellipsis,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5)],\n"
        "         decorator_list=[],\n"
        "         returns=Name(\n"
        "            id='int',\n"
        "            ctx=Load(),\n"
        "            lineno=1,\n"
        "            col_offset=0,\n"
        "            end_lineno=1,\n"
        "            end_col_offset=5),\n"
        "         type_comment='(...) -> int',\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5)],\n"
        "   type_ignores=[])\n";
static const char want_consts[] =
        "Module(\n"
        "   body=[\n"
        "      Expr(\n"
        "         value=Tuple(\n"
        "            elts=[\n"
        "               Constant(\n"
        "                  value=None,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=True,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=False,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=Ellipsis,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=0,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=42,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=12345678901234567890123,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=1.0,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=0.1,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=1e+16,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=1.5e-05,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=inf,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=1j,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=1.5e+300j,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=0j,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value='abc',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=\"it's\",\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value='say \"hi\"',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value='both \\'\"',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value='tab\\tnl\\nret\\r\\\\ \\x00\\x7f\\x80\\xa0é\\u200b一😀\\udc80\\U000e0001',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=b'',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=b\"it's\",\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value=b'\\x00\\t\\n\\r\\\\\\x7f\\x80\\xff',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value='u',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               Constant(\n"
        "                  value='x',\n"
        "                  kind='u',\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5)],\n"
        "            ctx=Load(),\n"
        "            lineno=1,\n"
        "            col_offset=0,\n"
        "            end_lineno=1,\n"
        "            end_col_offset=5),\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5)],\n"
        "   type_ignores=[])\n";
static const char want_ops[] =
        "Expression(\n"
        "   body=BoolOp(\n"
        "      op=And(),\n"
        "      values=[\n"
        "         BinOp(\n"
        "            left=Name(\n"
        "               id='a',\n"
        "               ctx=Load(),\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5),\n"
        "            op=FloorDiv(),\n"
        "            right=UnaryOp(\n"
        "               op=USub(),\n"
        "               operand=Name(\n"
        "                  id='b',\n"
        "                  ctx=Load(),\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               lineno=1,\n"
        "               col_offset=0,\n"
        "               end_lineno=1,\n"
        "               end_col_offset=5),\n"
        "            lineno=1,\n"
        "            col_offset=0,\n"
        "            end_lineno=1,\n"
        "            end_col_offset=5),\n"
        "         JoinedStr(\n"
        "            values=[\n"
        "               FormattedValue(\n"
        "                  value=Name(\n"
        "                     id='x',\n"
        "                     ctx=Load(),\n"
        "                     lineno=1,\n"
        "                     col_offset=0,\n"
        "                     end_lineno=1,\n"
        "                     end_col_offset=5),\n"
        "                  conversion=-1,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5)],\n"
        "            lineno=1,\n"
        "            col_offset=0,\n"
        "            end_lineno=1,\n"
        "            end_col_offset=5)],\n"
        "      lineno=1,\n"
        "      col_offset=0,\n"
        "      end_lineno=1,\n"
        "      end_col_offset=5))\n";
static const char want_match[] =
        "Module(\n"
        "   body=[\n"
        "      Match(\n"
        "         subject=Name(\n"
        "            id='x',\n"
        "            ctx=Load(),\n"
        "            lineno=1,\n"
        "            col_offset=0,\n"
        "            end_lineno=1,\n"
        "            end_col_offset=5),\n"
        "         cases=[\n"
        "            match_case(\n"
        "               pattern=MatchAs(\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               body=[\n"
        "                  Pass(\n"
        "                     lineno=1,\n"
        "                     col_offset=0,\n"
        "                     end_lineno=1,\n"
        "                     end_col_offset=5)]),\n"
        "            match_case(\n"
        "               pattern=MatchSingleton(\n"
        "                  value=None,\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               guard=Name(\n"
        "                  id='g',\n"
        "                  ctx=Load(),\n"
        "                  lineno=1,\n"
        "                  col_offset=0,\n"
        "                  end_lineno=1,\n"
        "                  end_col_offset=5),\n"
        "               body=[\n"
        "                  Pass(\n"
        "                     lineno=1,\n"
        "                     col_offset=0,\n"
        "                     end_lineno=1,\n"
        "                     end_col_offset=5)])],\n"
        "         lineno=1,\n"
        "         col_offset=0,\n"
        "         end_lineno=1,\n"
        "         end_col_offset=5)],\n"
        "   type_ignores=[])\n";

#define WANT_STR_HASH 0x5922037D85E27319ULL
#define WANT_BYTES_HASH 0xA0580FBF5D0AC999ULL

#define P 1, 0, 1, 5

static arena A;
static int failures;

/* A sequence of the given items, NULL-terminated; SEQ0 is the empty one. */
static ast_seq *seq(void *first, ...)
{
    void *items[64];
    int n = 0;
    va_list ap;
    va_start(ap, first);
    for (void *it = first; it != (void *)-1; it = va_arg(ap, void *))
        items[n++] = it;
    va_end(ap);
    ast_seq *s = ast_seq_new(&A, n);
    memcpy(s->items, items, (size_t)n * sizeof(void *));
    return s;
}
#define SEQ(...) seq(__VA_ARGS__, (void *)-1)
#define SEQ0 NULL

static ast_node *name(const char *id, int ctx) { return ast_Name(&A, id, ctx, P); }
static ast_node *load(const char *id) { return name(id, AST_CTX_Load); }

static ast_node *cint(int64_t v)
{
    ast_constant c = { .kind = AST_CONST_INT, .u.i = v };
    return ast_Constant(&A, c, NULL, P);
}

static ast_node *ckind(int kind) { return ast_Constant(&A, (ast_constant){ .kind = kind }, NULL, P); }

static ast_node *cfloat(int kind, double f)
{
    ast_constant c = { .kind = kind, .u.f = f };
    return ast_Constant(&A, c, NULL, P);
}

static ast_node *cstr(int kind, const char *s, size_t len, const char *k)
{
    ast_constant c = { .kind = kind, .u.str = { s, len } };
    return ast_Constant(&A, c, k, P);
}
#define STR(lit) cstr(AST_CONST_STR, lit, sizeof lit - 1, NULL)
#define BYTES(lit) cstr(AST_CONST_BYTES, lit, sizeof lit - 1, NULL)

static void check(const char *what, ast_node *tree, const char *want)
{
    char *got = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&got, &len);
    if (!f || ast_dump(tree, f) != 0) {
        failures++;
        printf("FAIL %s: ast_dump failed\n", what);
    }
    if (f)
        fclose(f);
    if (!got || strcmp(got, want) != 0) {
        failures++;
        printf("FAIL %s:\n--- got\n%s--- want\n%s", what, got ? got : "(null)", want);
    }
    free(got);
}

static void test_trees(void)
{
    check("empty", ast_Module(&A, SEQ0, SEQ0), want_empty);

    ast_node *dict = ast_Dict(&A, SEQ(cint(1), NULL), SEQ(cint(2), load("d")), P);
    check("assign_dict",
          ast_Module(&A, SEQ(ast_Assign(&A, SEQ(name("x", AST_CTX_Store)), dict, NULL, P)),
                     SEQ(ast_TypeIgnore(&A, 3, "[x]"))),
          want_assign_dict);

    ast_seq *ops = SEQ((void *)(intptr_t)AST_CMP_Lt, (void *)(intptr_t)AST_CMP_Eq);
    ast_node *cmp = ast_Compare(&A, load("a"), ops, SEQ(load("b"), load("c")), P);
    check("compare_if", ast_Module(&A, SEQ(ast_If(&A, cmp, SEQ(ast_Pass(&A, P)), SEQ0, P)), SEQ0),
          want_compare_if);

    check("importfrom",
          ast_Module(&A, SEQ(ast_ImportFrom(&A, NULL, SEQ(ast_alias(&A, "a", "b", P)), 1, P),
                             ast_Global(&A, SEQ("a", "b"), P),
                             ast_Import(&A, SEQ(ast_alias(&A, "os", NULL, P)), P)), SEQ0),
          want_importfrom);

    ast_node *args = ast_arguments(&A, SEQ0, SEQ(ast_arg(&A, "a", NULL, NULL, P)), NULL,
                                   SEQ(ast_arg(&A, "b", load("int"), "int", P)), SEQ(NULL),
                                   ast_arg(&A, "k", NULL, NULL, P), SEQ0);
    ast_node *body = ast_Expr(&A, ckind(AST_CONST_ELLIPSIS), P);
    check("funcdef",
          ast_Module(&A, SEQ(ast_FunctionDef(&A, "f", args, SEQ(body), SEQ0, load("int"),
                                             "(...) -> int", P)), SEQ0),
          want_funcdef);

    static const char weird[] = "tab\tnl\nret\r\\ \x00\x7f\xc2\x80\xc2\xa0\xc3\xa9\xe2\x80\x8b"
                                "\xe4\xb8\x80\xf0\x9f\x98\x80\xed\xb2\x80\xf3\xa0\x80\x81";
    ast_seq *elts = SEQ(ckind(AST_CONST_NONE), ckind(AST_CONST_TRUE), ckind(AST_CONST_FALSE),
                        ckind(AST_CONST_ELLIPSIS), cint(0), cint(42),
                        cstr(AST_CONST_BIGINT, "12345678901234567890123", 23, NULL),
                        cfloat(AST_CONST_FLOAT, 1.0), cfloat(AST_CONST_FLOAT, 0.1),
                        cfloat(AST_CONST_FLOAT, 1e16), cfloat(AST_CONST_FLOAT, 1.5e-5),
                        cfloat(AST_CONST_FLOAT, HUGE_VAL), cfloat(AST_CONST_COMPLEX, 1.0),
                        cfloat(AST_CONST_COMPLEX, 1.5e300), cfloat(AST_CONST_COMPLEX, 0.0),
                        STR("abc"), STR("it's"), STR("say \"hi\""), STR("both '\""), STR(weird),
                        BYTES(""), BYTES("it's"), BYTES("\x00\t\n\r\\\x7f\x80\xff"), STR("u"),
                        cstr(AST_CONST_STR, "x", 1, "u"));
    check("consts",
          ast_Module(&A, SEQ(ast_Expr(&A, ast_Tuple(&A, elts, AST_CTX_Load, P), P)), SEQ0),
          want_consts);

    ast_node *neg = ast_UnaryOp(&A, AST_UNARY_USub, load("b"), P);
    ast_node *fv = ast_FormattedValue(&A, load("x"), -1, NULL, P);
    ast_node *boolop = ast_BoolOp(&A, AST_BOOL_And,
                                  SEQ(ast_BinOp(&A, load("a"), AST_OP_FloorDiv, neg, P),
                                      ast_JoinedStr(&A, SEQ(fv), P)), P);
    check("ops", ast_Expression(&A, boolop), want_ops);

    ast_node *c1 = ast_match_case(&A, ast_MatchAs(&A, NULL, NULL, P), NULL, SEQ(ast_Pass(&A, P)));
    ast_node *single = ast_MatchSingleton(&A, (ast_constant){ .kind = AST_CONST_NONE }, P);
    ast_node *c2 = ast_match_case(&A, single, load("g"), SEQ(ast_Pass(&A, P)));
    check("match", ast_Module(&A, SEQ(ast_Match(&A, load("x"), SEQ(c1, c2), P)), SEQ0), want_match);
}

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001B3ULL;
    return h;
}

static void test_repr(void)
{
    strbuf sb;
    sb_init(&sb);
    uint64_t h = 0xCBF29CE484222325ULL;
    for (uint32_t c = 0; c < 0x110000; c++) {
        char buf[4];
        sb.len = 0;
        repr_str(&sb, buf, (size_t)utf8_encode(c, buf));
        sb_putc(&sb, '\n');
        h = fnv(h, sb.data, sb.len);
    }
    if (h != WANT_STR_HASH) {
        failures++;
        printf("FAIL repr of single code points: hash %016llX\n", (unsigned long long)h);
    }
    h = 0xCBF29CE484222325ULL;
    static const char second[] = { '\'', '"', 'A', '\\' };
    for (int a = 0; a < 256; a++) {
        for (int i = 0; i < 4; i++) {
            char two[2] = { (char)a, second[i] };
            sb.len = 0;
            repr_bytes(&sb, two, 2);
            sb_putc(&sb, '\n');
            h = fnv(h, sb.data, sb.len);
        }
    }
    if (h != WANT_BYTES_HASH) {
        failures++;
        printf("FAIL repr of bytes: hash %016llX\n", (unsigned long long)h);
    }
    sb_free(&sb);
}

int main(void)
{
    arena_init(&A);
    test_trees();
    test_repr();
    arena_free(&A);
    if (failures)
        printf("test_ast_dump: %d failures\n", failures);
    return failures != 0;
}
