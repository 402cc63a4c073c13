/* Unit test of the compiler (src/front/symtable.c, compile*.c,
 * assemble.c) and the code object (src/objects/code.c): snippets covering
 * every statement and expression compile to code objects (the assembler's
 * stack-depth check is a consistency check of every shape), code object
 * fields come out as CPython's (flags, argument counts, varnames, cells
 * and frees, docstring const, names), the exception table and positions
 * answer look-ups, and SyntaxErrors carry CPython's messages. */
#include <stdio.h>
#include <string.h>
#include "../../src/front/compile.h"
#include "../../src/front/parser.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/vm/code.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/runtime.h"

static int failures;

static value compile_text(const char *src, diag *err)
{
    diag_init(err);
    return compile_source(src, strlen(src), "<test>", PARSE_FILE, 0, err);
}

static value must_compile(const char *src)
{
    diag err;
    value co = compile_text(src, &err);
    if (!co) {
        failures++;
        if (err.type != DIAG_NONE)
            printf("FAIL compiling:\n%s\n  -> %s: %s (line %d)\n", src, diag_type_name(err.type),
                   err.msg, err.lineno);
        else
            printf("FAIL compiling:\n%s\n  -> a Python exception\n", src);
        diag_clear(&err);
        exc_clear();
        return V_NULL;
    }
    return co;
}

static void must_fail(const char *src, const char *msg, int lineno)
{
    diag err;
    value co = compile_text(src, &err);
    if (co || err.type != DIAG_SYNTAX_ERROR || strcmp(err.msg, msg) != 0 || err.lineno != lineno) {
        failures++;
        printf("FAIL %s: want SyntaxError '%s' at line %d, got %s '%s' at line %d\n", src, msg,
               lineno, co ? "no error" : diag_type_name(err.type), err.msg ? err.msg : "",
               err.lineno);
    }
    diag_clear(&err);
    exc_clear();
}

/* The first code object among co's constants (a def's body). */
static code_object *first_child(value co)
{
    code_object *c = v_code(co);
    for (size_t i = 0; i < tuple_len(c->consts); i++)
        if (v_is_code(tuple_get(c->consts, i)))
            return v_code(tuple_get(c->consts, i));
    return NULL;
}

static void check(bool ok, const char *what)
{
    if (!ok) {
        failures++;
        printf("FAIL %s\n", what);
    }
}

static void check_names(value tuple, const char *want, const char *what)
{
    char buf[512] = "";
    for (size_t i = 0; i < tuple_len(tuple); i++) {
        if (i)
            strcat(buf, ",");
        strncat(buf, str_data(tuple_get(tuple, i)), sizeof buf - strlen(buf) - 1);
    }
    if (strcmp(buf, want) != 0) {
        failures++;
        printf("FAIL %s: got '%s', want '%s'\n", what, buf, want);
    }
}

static const char *const snippets[] = {
    "x = 1\ny = x + 2 * 3\nprint(y)\n",
    "a, b = 1, 2\na, *b, c = range(5)\n[a, b] = b, a\nx = y = z = 0\n",
    "x = 1\nx += 2\no.a += 1\nd[k] -= 1\nd[1:2] *= 3\n",
    "x: int = 1\ny: str\no.a: int = 2\n",
    "def f(x: int, *a: str, k: bool = True, **kw) -> None:\n    v: int = 1\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\n",
    "while x:\n    if y: break\n    if z: continue\nelse:\n    w = 1\n",
    "for i in range(10):\n    if i: continue\n    break\nelse:\n    pass\n",
    "for a, (b, c) in d.items():\n    print(a, b, c)\n",
    "try:\n    f()\nexcept ValueError as e:\n    print(e)\nexcept (TypeError, KeyError):\n    pass\nexcept:\n    raise\nelse:\n    g()\nfinally:\n    h()\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            continue\n",
    "def f():\n    try:\n        return 1\n    finally:\n        print('f')\n",
    "def f():\n    while True:\n        try:\n            break\n        except E as e:\n            return e\n",
    "def f():\n    with a() as b, c() as (d, e):\n        return b\n",
    "with open(f) as g:\n    for l in g:\n        if l: break\n",
    "raise ValueError('x') from None\n",
    "assert x, 'msg'\nassert y\n",
    "del a, b[1], c.d, e[1:2]\n",
    "import os, os.path\nimport a.b.c as d\nfrom x import y as z, w\nfrom . import m\nfrom ..p import *\n",
    "def f():\n    global g\n    g = 1\n    def h():\n        nonlocal q\n    q = 2\n",
    "class C(B, metaclass=M):\n    '''doc'''\n    x = 1\n    def m(self):\n        return __class__\n    @property\n    def p(self):\n        return super().p\n",
    "@d1\n@d2(1)\ndef f(): pass\n@dec\nclass K: pass\n",
    "f = lambda x, y=1, *a, z, **k: x + y\n",
    "l = [x * y for x in a if x for y in b if y]\ns = {x for x in a}\nd = {k: v for k, v in a}\ng = (x for x in a)\n",
    "def f():\n    return [(lambda: x) for x in range(3)]\n",
    "def g():\n    x = yield 1\n    yield from h()\n    return x\n",
    "async def f():\n    await g()\n    async with a as b:\n        pass\n    async for x in y:\n        pass\n    return [z async for z in w]\n",
    "async def agen():\n    yield 1\n",
    "x = a if b else c\ny = a and b or c\nz = not a\nw = a < b < c\nv = a is not None\nu = a not in b\n",
    "f(*a, **k)\nf(1, *a, 2, x=1, **k, y=2)\nf(a, b=1)\no.m(1, k=2)\no.m(*a)\n",
    "s = f'{x!r:>{w}} and {y}'\nt = f'plain'\n",
    "x = {1: 2, **d, 3: 4}\ny = [*a, 1, *b]\nz = {*a, 1}\nt = (*a, 1)\n",
    "x = a[1:2]\ny = a[::2]\nz = a[1:2, 3]\n",
    "if (n := len(a)) > 10:\n    print(n)\n[y := f(x) for x in z]\n",
    "def outer():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "x = 2 ** 100\ny = 'ab' * 3\nz = -1\nw = (1, (2, 3))\nv = 1e300 * 1e300\n",
    "b = b'bytes'\nc = 12345678901234567890123\ne = ...\n",
    "def f(a, /, b, *, c):\n    return a, b, c\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except E:\n        break\n    finally:\n        continue\n",
    "match p:\n    case 0 | 1 as s if s:\n        pass\n    case [a, *rest]:\n        pass\n"
    "    case [x, *_, y]:\n        pass\n    case {'k': v, **kw}:\n        pass\n"
    "    case P(1, y=q) | P(q, y=2):\n        pass\n    case None:\n        pass\n    case _:\n        pass\n",
    "try:\n    f()\nexcept* ValueError as eg:\n    print(eg)\nexcept* (TypeError, KeyError):\n    pass\nelse:\n    g()\nfinally:\n    h()\n",
    "from __future__ import annotations\nx: list[int] = []\ndef f(a: T) -> U: pass\n",
    "def f(*args: *Ts): pass\n",
    "async def f():\n    return [[i async for i in a] for j in b]\n",
    "def f():\n    global G\n    [G := 1 for _ in ()]\n",
    "x = 3j + 1\nif __debug__:\n    pass\n",
    NULL,
};

static void test_snippets(void)
{
    for (int i = 0; snippets[i]; i++)
        must_compile(snippets[i]);
}

static void test_fields(void)
{
    value co = must_compile("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    '''doc'''\n    x = a\n"
                            "    def g():\n        return x + c\n    return g\n");
    if (!co)
        return;
    code_object *f = first_child(co);
    check(f && f->argcount == 3 && f->posonlyargcount == 2 && f->kwonlyargcount == 2, "f arg counts");
    if (!f)
        return;
    check((f->flags & (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS)) ==
              (CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS), "f flags");
    check(!(f->flags & CO_NOFREE), "f has cells");
    check_names(code_varnames(f), "a,b,c,d,e,args,kw,g", "f co_varnames");
    check_names(code_cellvars(f), "c,x", "f co_cellvars");
    check(v_is_str(tuple_get(f->consts, 0)) && str_eq_cstr(tuple_get(f->consts, 0), "doc"), "docstring const");
    check(str_eq_cstr(f->qualname, "f"), "f qualname");
    code_object *g = first_child(v_from_obj(f));
    check(g && (g->flags & CO_NESTED), "g nested");
    if (g) {
        check_names(code_freevars(g), "c,x", "g co_freevars");
        check(str_eq_cstr(g->qualname, "f.<locals>.g"), "g qualname");
        check(tuple_get(g->consts, 0) == V_NONE, "g consts[0] is None");
    }

    co = must_compile("def gen():\n    yield 1\nasync def co():\n    pass\nasync def ag():\n    yield\n");
    if (co) {
        int seen = 0;
        code_object *m = v_code(co);
        for (size_t i = 0; i < tuple_len(m->consts); i++) {
            value k = tuple_get(m->consts, i);
            if (!v_is_code(k))
                continue;
            code_object *c = v_code(k);
            if (str_eq_cstr(c->name, "gen"))
                seen += (c->flags & CO_GENERATOR) != 0;
            if (str_eq_cstr(c->name, "co"))
                seen += (c->flags & CO_COROUTINE) != 0;
            if (str_eq_cstr(c->name, "ag"))
                seen += (c->flags & CO_ASYNC_GENERATOR) != 0;
        }
        check(seen == 3, "generator/coroutine/async generator flags");
    }

    co = must_compile("class A:\n    def m(self):\n        return [self for _ in ()]\n");
    if (co) {
        code_object *a = first_child(co);
        code_object *m = a ? first_child(v_from_obj(a)) : NULL;
        code_object *lc = m ? first_child(v_from_obj(m)) : NULL;
        check(lc && str_eq_cstr(lc->qualname, "A.m.<locals>.<listcomp>"), "listcomp qualname");
        check(lc && lc->argcount == 1 && str_eq_cstr(tuple_get(lc->localsplusnames, 0), ".0"),
              "listcomp .0 argument");
    }
}

static void test_tables(void)
{
    value co = must_compile("x = 1\ntry:\n    y = 2\nexcept E:\n    z = 3\n");
    if (!co)
        return;
    code_object *c = v_code(co);
    check(code_addr_to_line(c, 1) == 1, "line of the first store");
    int line, end_line, col, end_col;
    bool found = false;
    for (int i = 0; i < c->ninstrs; i++) {
        if (code_op(c->instrs[i]) == OP_STORE_NAME && code_addr_to_line(c, i) == 3) {
            found = true;
            int target, depth, lasti;
            check(code_find_handler(c, i, &target, &depth, &lasti), "store in try has a handler");
            check(depth == 0 && !lasti, "try handler depth 0, no lasti");
            check(code_addr_to_pos(c, i, &line, &end_line, &col, &end_col) && col == 4 && end_col == 5,
                  "store position columns");
        }
    }
    check(found, "store on line 3");
    int t, d, l;
    check(!code_find_handler(c, 0, &t, &d, &l), "no handler at the start");
}

static void test_errors(void)
{
    must_fail("return 1\n", "'return' outside function", 1);
    must_fail("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3);
    must_fail("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2);
    must_fail("while x:\n    def f():\n        continue\n", "'continue' not properly in loop", 3);
    must_fail("[x for x in y]\nbreak\n", "'break' outside loop", 2);
    must_fail("def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1);
    must_fail("match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
              "name capture 'y' makes remaining patterns unreachable", 2);
    must_fail("match x:\n    case [a] | [b]:\n        pass\n", "alternative patterns bind different names", 2);
    must_fail("match x:\n    case {1: a, 1: b}:\n        pass\n", "mapping pattern checks duplicate key (1)", 2);
    must_fail("for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
              "'break', 'continue' and 'return' cannot appear in an except* block", 5);
    must_fail("x = 1\nfrom __future__ import annotations\n",
              "from __future__ imports must occur at the beginning of the file", 2);
    must_fail("from __future__ import braces\n", "not a chance", 1);
}

int main(void)
{
    if (runtime_init() < 0)
        return 1;
    test_snippets();
    test_fields();
    test_tables();
    test_errors();
    if (failures) {
        printf("%d failures\n", failures);
        return 1;
    }
    printf("test_compile: ok\n");
    return 0;
}
