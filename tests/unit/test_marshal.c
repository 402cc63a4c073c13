/* Unit test of src/vm/marshal.c, code_verify.c and pyc.c: every constant
 * kind round-trips (interned strs stay interned, code names load
 * interned); real code objects compiled from source round-trip to the
 * same bytes and, run through the VM, print what the original prints;
 * the verifier refuses each kind of unsound code object; hostile records
 * (huge counts, deep nesting, bad UTF-8, bad back-references) fail
 * cleanly; a corruption sweep over a real image (every truncation,
 * thousands of random mutations) only ever gives an exception or a
 * verified code object; and the .pyc layer reads what it writes, refuses
 * stale, foreign and damaged files silently, names cache files as
 * CPython does, and SipHash-1-3 matches CPython's (PYTHONHASHSEED=0
 * hash(b'abc') is SipHash-1-3 with a zero key). With TAIPAN_MARSHAL_CORPUS
 * set to a folder (e.g. /usr/lib/python3.11), every .py file under it
 * that compiles must also round-trip and verify: the check to run after
 * changing the compiler, opcodes.def or code_verify.c. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "../../src/front/compile.h"
#include "../../src/front/parser.h"
#include "../../src/modules/builtins.h"
#include "../../src/objects/bytes.h"
#include "../../src/objects/dict.h"
#include "../../src/objects/float.h"
#include "../../src/objects/int.h"
#include "../../src/objects/list.h"
#include "../../src/objects/module.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/util/strbuf.h"
#include "../../src/vm/code.h"
#include "../../src/vm/code_verify.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/marshal.h"
#include "../../src/vm/pyc.h"
#include "../../src/vm/runtime.h"

static int failures, checks;

#define CHECK(cond)                                                       \
    do {                                                                  \
        checks++;                                                         \
        if (!(cond)) {                                                    \
            failures++;                                                   \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);        \
        }                                                                 \
    } while (0)

/* -- Helpers ---------------------------------------------------------- */

static value compile_text(const char *src)
{
    diag err;
    diag_init(&err);
    value co = compile_source(src, strlen(src), "<test>", PARSE_FILE, 0, &err);
    if (!co) {
        printf("FATAL: does not compile: %s\n", err.msg ? err.msg : "?");
        exit(1);
    }
    diag_clear(&err);
    return co;
}

/* The marshalled form of v (malloc'd), or NULL with the exception left set. */
static char *dump(value v, size_t *len)
{
    strbuf sb;
    sb_init(&sb);
    if (marshal_dump(v, &sb) < 0) {
        sb_free(&sb);
        return NULL;
    }
    return sb_detach(&sb, len);
}

static value round_trip(value v)
{
    size_t len;
    char *b = dump(v, &len);
    if (!b)
        return V_NULL;
    value r = marshal_load((const uint8_t *)b, len);
    free(b);
    return r;
}

static bool same_bytes(value a, value b)
{
    size_t la, lb;
    char *x = dump(a, &la), *y = dump(b, &lb);
    bool same = x && y && la == lb && !memcmp(x, y, la);
    free(x);
    free(y);
    return same;
}

static bool exc_is(type_object *t)
{
    bool r = exc_matches(t);
    exc_clear();
    return r;
}

static value load_bytes(const char *b, size_t n)
{
    return marshal_load((const uint8_t *)b, n);
}

/* Every code object in co's tree passes the verifier again. */
static bool tree_verified(value co)
{
    if (code_verify(v_code(co)))
        return false;
    value consts = v_code(co)->consts;
    for (size_t i = 0; i < tuple_len(consts); i++)
        if (v_is_code(tuple_get(consts, i)) && !tree_verified(tuple_get(consts, i)))
            return false;
    return true;
}

/* What running `code` as a fresh __main__ prints (malloc'd). */
static char *run_capture(value code)
{
    fflush(stdout);
    char path[] = "/tmp/taipan_marshal_out_XXXXXX";
    int fd = mkstemp(path);
    int saved = dup(1);
    dup2(fd, 1);
    value mod = module_new("__main__");
    int r = mod ? builtins_run_main(code, mod) : -1;
    fflush(stdout);
    dup2(saved, 1);
    close(saved);
    if (r < 0) {
        value e = exc_fetch();
        value s = e ? obj_repr(e) : V_NULL;
        printf("run failed: %s\n", s ? str_data(s) : "?");
        exc_clear();
    }
    off_t n = lseek(fd, 0, SEEK_END);
    char *out = calloc((size_t)n + 1, 1);
    if (pread(fd, out, (size_t)n, 0) != n)
        out[0] = 0;
    close(fd);
    unlink(path);
    return out;
}

/* -- Constants -------------------------------------------------------- */

static void test_constants(void)
{
    value big = int_from_str("-123456789012345678901234567890123456789", 39, 10);
    value huge = int_from_str("9223372036854775808", 19, 10);   /* 2**63: past int64 */
    value vals[] = {
        V_NONE, V_TRUE, V_FALSE, V_ELLIPSIS, v_small(0), v_small(-1), v_small(V_SMALL_MAX),
        v_small(V_SMALL_MIN), big, huge, float_new(1.5), float_new(-0.0), float_new(1e308),
        str_from_cstr(""), str_from_cstr("h\xc3\xa9llo \xf0\x9f\x98\x80"), bytes_from("\0\xff", 2),
        tuple_empty(),
    };
    for (size_t i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        value r = round_trip(vals[i]);
        CHECK(r != V_NULL);
        if (!r) {
            exc_clear();
            continue;
        }
        CHECK(v_type(r) == v_type(vals[i]));
        value eq = obj_richcompare(r, vals[i], CMP_EQ);
        CHECK(eq == V_TRUE);
        CHECK(same_bytes(r, vals[i]));
    }
    /* float bits exactly: -0.0 and a NaN payload */
    union { double d; uint64_t u; } nan = { .u = 0x7ff8000000000123u };
    value f = round_trip(float_new(nan.d));
    CHECK(f && v_is_float(f));
    if (f) {
        union { double d; uint64_t u; } got = { .d = v_float(f) };
        CHECK(got.u == nan.u);
    }
    /* interned strs stay interned, plain ones stay plain; repeats are shared */
    value name = str_intern_cstr("some_identifier");
    value text = str_from_cstr("some text");
    value t = tuple_pack(4, name, text, name, text);
    value r = round_trip(t);
    CHECK(r && v_is_tuple(r) && tuple_len(r) == 4);
    if (r) {
        CHECK(tuple_get(r, 0) == name);   /* the very interned object */
        CHECK(!(v_obj(tuple_get(r, 1))->flags & STR_INTERNED));
        CHECK(tuple_get(r, 2) == tuple_get(r, 0) && tuple_get(r, 3) == tuple_get(r, 1));
    }
    size_t n1, n2;
    char *one = dump(tuple_pack(2, name, text), &n1), *two = dump(t, &n2);
    CHECK(one && two && n2 == n1 + 4);   /* the repeats are 2-byte back-references */
    free(one);
    free(two);
    /* unmarshallable */
    CHECK(round_trip(v_from_obj(&int_type)) == V_NULL && exc_is(&exc_ValueError));
    value d = dict_new();
    CHECK(d && dict_set(d, v_small(1), module_new("m")) == 0);
    CHECK(round_trip(d) == V_NULL && exc_is(&exc_ValueError));
    /* too deeply nested to dump */
    value deep = tuple_empty();
    for (int i = 0; i < MARSHAL_MAX_DEPTH + 5; i++)
        deep = tuple_pack(1, deep);
    CHECK(round_trip(deep) == V_NULL && exc_is(&exc_ValueError));
}

/* -- Hostile records -------------------------------------------------- */

static void test_hostile(void)
{
    CHECK(load_bytes("", 0) == V_NULL && exc_is(&exc_EOFError));
    CHECK(load_bytes("(", 1) == V_NULL && exc_is(&exc_EOFError));
    CHECK(load_bytes("Z", 1) == V_NULL && exc_is(&exc_ValueError));
    CHECK(load_bytes("NN", 2) == V_NULL && exc_is(&exc_ValueError));   /* trailing bytes */
    size_t used = 0;
    CHECK(marshal_load_prefix((const uint8_t *)"NN", 2, &used) == V_NONE && used == 1);
    /* huge counts fail before any allocation */
    CHECK(load_bytes("(\xff\xff\xff\xff\x07", 6) == V_NULL && exc_is(&exc_EOFError));
    CHECK(load_bytes("(\xff\xff\xff\xff\x0f", 6) == V_NULL && exc_is(&exc_ValueError));
    CHECK(load_bytes("u\xff\xff\xff\xff\x07x", 7) == V_NULL && exc_is(&exc_EOFError));
    CHECK(load_bytes("{\xff\xff\xff\x03NN", 7) == V_NULL && exc_is(&exc_EOFError));
    /* varints: overlong and overflowing */
    CHECK(load_bytes("i\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 11) == V_NULL && exc_is(&exc_ValueError));
    CHECK(load_bytes("i\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x00", 12) == V_NULL && exc_is(&exc_ValueError));
    value m = load_bytes("i\xfe\xff\xff\xff\xff\xff\xff\xff\xff\x01", 11);   /* int64 max */
    int64_t i64 = 0;
    CHECK(m && int_as_i64(m, &i64) == 0 && i64 == INT64_MAX);
    exc_clear();
    /* bad UTF-8, surrogates allowed as Taipan's strs hold them */
    CHECK(load_bytes("u\x01\xff", 3) == V_NULL && exc_is(&exc_ValueError));
    CHECK(load_bytes("u\x02\xc3\x28", 4) == V_NULL && exc_is(&exc_ValueError));
    CHECK(load_bytes("u\x02\xc0\x80", 4) == V_NULL && exc_is(&exc_ValueError));   /* overlong NUL */
    value sur = load_bytes("u\x03\xed\xa0\x80", 5);
    CHECK(sur && v_is_str(sur) && str_len(sur) == 1);
    /* back-references */
    CHECK(load_bytes("r\x00", 2) == V_NULL && exc_is(&exc_ValueError));
    CHECK(load_bytes("(\x02u\x01" "ar\x01", 7) == V_NULL && exc_is(&exc_ValueError));
    value pair = load_bytes("(\x02n\x01" "ar\x00", 7);
    CHECK(pair && tuple_len(pair) == 2 && tuple_get(pair, 0) == tuple_get(pair, 1) &&
          tuple_get(pair, 0) == str_intern_cstr("a"));
    /* longs: empty magnitude, bad sign */
    CHECK(load_bytes("l\x00\x00", 3) == V_NULL && exc_is(&exc_ValueError));
    CHECK(load_bytes("l\x02\x01\x01", 4) == V_NULL && exc_is(&exc_ValueError));
    value small = load_bytes("l\x01\x01\x05", 4);   /* a long that fits: canonical */
    CHECK(small == v_small(-5));
    /* deep nesting on load: refused, not a stack overflow */
    size_t depth = 200000;
    char *nest = malloc(depth * 2 + 1);
    for (size_t i = 0; i < depth; i++) {
        nest[2 * i] = '(';
        nest[2 * i + 1] = 1;
    }
    nest[2 * depth] = 'N';
    CHECK(load_bytes(nest, depth * 2 + 1) == V_NULL && exc_is(&exc_ValueError));
    free(nest);
    /* unhashable set members: a TypeError, as CPython */
    CHECK(load_bytes("<\x01[\x00", 4) == V_NULL && exc_is(&exc_TypeError));
}

/* -- Code objects ----------------------------------------------------- */

static const char *const programs[] = {
    "print('hello', 1 + 2, 2 ** 100, -7 // 2, 1.5 * 2, 3j, b'x', ..., None)\n",
    "def f(a, b=2, *args, c, d=4, **kw):\n"
    "    return (a, b, args, c, d, sorted(kw.items()))\n"
    "print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6))\n",
    "def outer():\n"
    "    x = 1\n"
    "    def inner(y):\n"
    "        nonlocal x\n"
    "        x += y\n"
    "        return x\n"
    "    return inner\n"
    "g = outer()\n"
    "print(g(2), g(3), [i * i for i in range(5) if i % 2], {k: k for k in 'ab'})\n",
    "def gen(n):\n"
    "    for i in range(n):\n"
    "        yield i\n"
    "    return 'done'\n"
    "def deleg():\n"
    "    r = yield from gen(3)\n"
    "    yield r\n"
    "print(list(deleg()), sum(x for x in range(10)))\n",
    "class A:\n"
    "    '''doc'''\n"
    "    k = 1\n"
    "    def m(self):\n"
    "        return __class__.__name__ + str(self.k)\n"
    "class B(A):\n"
    "    def m(self):\n"
    "        return 'B' + super().m()\n"
    "print(B().m(), A.__doc__, B.__qualname__)\n",
    "try:\n"
    "    try:\n"
    "        1 / 0\n"
    "    except ZeroDivisionError as e:\n"
    "        raise KeyError('k') from e\n"
    "    finally:\n"
    "        print('finally')\n"
    "except KeyError as e:\n"
    "    print('caught', repr(e), type(e.__cause__).__name__)\n"
    "for i in range(3):\n"
    "    try:\n"
    "        if i == 1: continue\n"
    "        print(i)\n"
    "    finally:\n"
    "        pass\n",
    "def kw(*, a, b): return a - b\n"
    "print(kw(b=1, a=5), f'{3.14159:.2f}|{\"x\"!r:>5}|', 'caf\\u00e9', {1, 2} | {3}, frozenset('a'))\n"
    "match [1, (2, 3)]:\n"
    "    case [x, (y, *rest)] if x < y:\n"
    "        print('matched', x, y, rest)\n"
    "    case _:\n"
    "        print('no')\n",
    "async def co(x):\n"
    "    return x * 2\n"
    "c = co(21)\n"
    "try:\n"
    "    c.send(None)\n"
    "except StopIteration as e:\n"
    "    print('coroutine', e.value)\n"
    "with open if False else type('CM', (), {'__enter__': lambda s: 'in', '__exit__': lambda s, *a: False})() as v:\n"
    "    print(v)\n"
    "x = [*range(3), *'ab']\n"
    "a, *b, c = x\n"
    "print(a, b, c, x[1:3], {**{'a': 1}, 'b': 2})\n"
    "s = 0\n"
    "for i in range(300):\n"
    "    s += i if i % 3 else -i\n"
    "print(s, 2.5 < s * 1.0, s and not s)\n",
};

static void test_code_round_trip(void)
{
    for (size_t i = 0; i < sizeof programs / sizeof programs[0]; i++) {
        value co = compile_text(programs[i]);
        value back = round_trip(co);
        CHECK(back && v_is_code(back));
        if (!back) {
            value e = exc_fetch();
            value s = e ? obj_str(e) : V_NULL;
            printf("  program %zu: %s\n", i, s ? str_data(s) : "?");
            continue;
        }
        CHECK(same_bytes(co, back));
        CHECK(tree_verified(back));
        code_object *a = v_code(co), *b = v_code(back);
        CHECK(b->ninstrs == a->ninstrs && !memcmp(a->instrs, b->instrs, sizeof(code_unit) * (size_t)a->ninstrs));
        CHECK(!memcmp(a->positions, b->positions, sizeof(code_pos) * (size_t)a->ninstrs));
        CHECK(b->nexc == a->nexc);
        for (int k = 0; k < a->nexc && k < b->nexc; k++) {
            const code_exc_entry *x = &a->exctable[k], *y = &b->exctable[k];
            CHECK(x->start == y->start && x->end == y->end && x->target == y->target &&
                  x->depth == y->depth && x->lasti == y->lasti);
        }
        CHECK(b->nlocals == a->nlocals && b->ncellvars == a->ncellvars && b->nfreevars == a->nfreevars);
        CHECK(b->stacksize == a->stacksize && b->flags == a->flags && b->firstlineno == a->firstlineno);
        for (size_t k = 0; k < tuple_len(b->names); k++)
            CHECK(tuple_get(b->names, k) == tuple_get(a->names, k));   /* interned: the same objects */
        char *want = run_capture(co), *got = run_capture(back);
        CHECK(strlen(want) > 0 && !strcmp(want, got));
        if (strcmp(want, got))
            printf("  program %zu printed:\n%s  loaded copy printed:\n%s", i, want, got);
        free(want);
        free(got);
    }
}

/* A copy of co's fields with instructions replaced, to build unsound code. */
static value patched(value co, const code_unit *instrs, int n, int stacksize)
{
    code_object *c = v_code(co);
    code_pos *pos = calloc((size_t)n, sizeof(code_pos));
    code_init in = {
        .argcount = c->argcount, .posonlyargcount = c->posonlyargcount,
        .kwonlyargcount = c->kwonlyargcount, .flags = c->flags, .firstlineno = c->firstlineno,
        .stacksize = stacksize, .ninstrs = n, .instrs = instrs, .positions = pos,
        .nlocalsplus = c->nlocalsplus, .localsplusnames = c->localsplusnames,
        .localspluskinds = c->localspluskinds, .consts = c->consts, .names = c->names,
        .filename = c->filename, .name = c->name, .qualname = c->qualname, .nexc = 0,
    };
    value r = code_new(&in);
    free(pos);
    return r;
}

#define W(op, arg) ((code_unit)(OP_##op | (arg) << 8))

static void expect_bad(value co, const char *why)
{
    const char *got = code_verify(v_code(co));
    CHECK(got && !strcmp(got, why));
    if (!got || strcmp(got, why))
        printf("  want '%s', got '%s'\n", why, got ? got : "(accepted)");
}

static void test_verifier(void)
{
    /* a module: consts (None, 1), names (x) */
    value mod = compile_text("x = 1\n");
    code_unit ok[] = { W(RESUME, 0), W(LOAD_CONST, 1), W(STORE_NAME, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0) };
    CHECK(code_verify(v_code(patched(mod, ok, 5, 1))) == NULL);
    code_unit u1[] = { W(LOAD_CONST, 7), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u1, 2, 1), "const index out of range");
    code_unit u2[] = { W(LOAD_NAME, 3), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u2, 2, 1), "name index out of range");
    code_unit u3[] = { (code_unit)(OP_COUNT | 0x100), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u3, 2, 1), "opcode out of range");
    code_unit u4[] = { W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u4, 3, 1), "stack overflow");
    code_unit u5[] = { W(POP_TOP, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u5, 3, 1), "stack underflow");
    code_unit u6[] = { W(NOP, 0), W(LOAD_CONST, 0) };
    expect_bad(patched(mod, u6, 2, 1), "code falls off its end");
    code_unit u7[] = { W(JUMP_FORWARD, 9), W(LOAD_CONST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u7, 3, 1), "jump target out of range");
    /* a jump into the middle of EXTENDED_ARG + LOAD_CONST */
    code_unit u8[] = { W(JUMP_FORWARD, 2), W(EXTENDED_ARG, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u8, 4, 1), "jump target out of range");
    code_unit u9[] = { W(LOAD_CONST, 0), W(EXTENDED_ARG, 0) };
    expect_bad(patched(mod, u9, 2, 1), "bad EXTENDED_ARG");
    code_unit u10[] = { W(EXTENDED_ARG, 1), W(EXTENDED_ARG, 0), W(EXTENDED_ARG, 0), W(EXTENDED_ARG, 0),
                        W(LOAD_CONST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u10, 6, 1), "bad EXTENDED_ARG");
    /* two paths reaching one instruction with different depths */
    code_unit u11[] = { W(LOAD_CONST, 0), W(POP_JUMP_IF_TRUE, 3), W(LOAD_CONST, 0), W(LOAD_CONST, 0),
                        W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u11, 5, 2), "inconsistent stack depth");
    code_unit u12[] = { W(COMPARE_OP, 9), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u12, 2, 2), "bad COMPARE_OP");
    code_unit u13[] = { W(LOAD_CONST, 0), W(CALL, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u13, 3, 2), "stack underflow");   /* CALL 0 reads two items */
    code_unit u14[] = { W(LOAD_CONST, 0), W(YIELD_VALUE, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u14, 3, 1), "YIELD_VALUE outside a generator");
    code_unit u15[] = { W(KW_NAMES, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u15, 3, 1), "KW_NAMES without a tuple of str");
    code_unit u16[] = { W(LOAD_FAST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, u16, 2, 1), "local slot out of range");
    /* NULL stack items: only CALL's callable-or-NULL slot may read one */
    code_unit n1[] = { W(PUSH_NULL, 0), W(BEFORE_ASYNC_WITH, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, n1, 3, 2), "NULL stack item where a value is needed");
    code_unit n2[] = { W(PUSH_NULL, 0), W(PUSH_NULL, 0), W(CALL, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, n2, 4, 2), "NULL stack item where a value is needed");
    code_unit n3[] = { W(PUSH_NULL, 0), W(LOAD_CONST, 0), W(CALL, 0), W(RETURN_VALUE, 0) };
    CHECK(code_verify(v_code(patched(mod, n3, 4, 2))) == NULL);
    code_unit n4[] = { W(PUSH_NULL, 0), W(LOAD_CONST, 0), W(SWAP, 2), W(CALL, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, n4, 5, 2), "NULL stack item where a value is needed");
    code_unit n5[] = { W(PUSH_NULL, 0), W(COPY, 1), W(POP_TOP, 0), W(LOAD_CONST, 0), W(CALL, 0),
                       W(RETURN_VALUE, 0) };
    CHECK(code_verify(v_code(patched(mod, n5, 6, 2))) == NULL);
    code_unit n7[] = { W(LOAD_CONST, 0), W(LOAD_METHOD, 0), W(POP_TOP, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, n7, 4, 2), "NULL stack item where a value is needed");
    code_unit n8[] = { W(LOAD_CONST, 1), W(POP_JUMP_IF_TRUE, 4), W(PUSH_NULL, 0), W(JUMP_FORWARD, 5),
                       W(LOAD_CONST, 0), W(LOAD_CONST, 0), W(CALL, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(mod, n8, 8, 2), "inconsistent NULL stack items");

    /* a function with a cell: (x) is LOCAL|CELL, made by MAKE_CELL 0 */
    value outer = compile_text("def f(x):\n    return lambda: x\n");
    value fco = V_NULL;
    for (size_t i = 0; i < tuple_len(v_code(outer)->consts); i++)
        if (v_is_code(tuple_get(v_code(outer)->consts, i)))
            fco = tuple_get(v_code(outer)->consts, i);
    CHECK(fco && v_code(fco)->ncellvars == 1);
    code_unit c1[] = { W(MAKE_CELL, 0), W(RESUME, 0), W(LOAD_DEREF, 0), W(RETURN_VALUE, 0) };
    CHECK(code_verify(v_code(patched(fco, c1, 4, 1))) == NULL);
    code_unit c2[] = { W(RESUME, 0), W(LOAD_DEREF, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(fco, c2, 3, 1), "cell slot not made in the prologue");
    code_unit c3[] = { W(MAKE_CELL, 0), W(LOAD_FAST, 0), W(RETURN_VALUE, 0) };
    expect_bad(patched(fco, c3, 3, 1), "local slot out of range");   /* LOAD_FAST of a cell slot */
    code_unit c4[] = { W(MAKE_CELL, 0), W(NOP, 0), W(JUMP_BACKWARD, 0) };
    expect_bad(patched(fco, c4, 3, 1), "jump into the prologue");

    /* exception tables: sorted, in range, handler depth within the stack */
    code_object *m = v_code(mod);
    code_unit e1[] = { W(RESUME, 0), W(LOAD_CONST, 0), W(RETURN_VALUE, 0), W(PUSH_EXC_INFO, 0),
                       W(RERAISE, 0) };
    code_exc_entry tables[][2] = {
        { { 0, 3, 3, 0, false }, { 0, 0, 0, 0, false } },     /* sound */
        { { 1, 3, 3, 0, false }, { 0, 1, 3, 0, false } },     /* not sorted */
        { { 0, 9, 3, 0, false }, { 0, 0, 0, 0, false } },     /* out of range */
        { { 0, 3, 3, 1, false }, { 0, 0, 0, 0, false } },     /* depth above the stack at 0 */
        { { 0, 3, 3, 0, true }, { 0, 0, 0, 0, false } },      /* handler depth 2 > stacksize */
    };
    const char *whys[] = { NULL, "exception table not sorted", "exception range out of range",
                           "exception handler depth above the stack", "exception handler depth out of range" };
    int counts[] = { 1, 2, 1, 1, 1 };
    for (int t = 0; t < 5; t++) {
        code_pos pos[5] = { 0 };
        code_init in = {
            .stacksize = t == 3 ? 2 : 2 - (t == 4), .ninstrs = 5, .instrs = e1, .positions = pos,
            .localsplusnames = m->localsplusnames, .localspluskinds = m->localspluskinds,
            .consts = m->consts, .names = m->names, .filename = m->filename, .name = m->name,
            .qualname = m->qualname, .nexc = counts[t], .exctable = tables[t],
        };
        value co = code_new(&in);
        const char *got = code_verify(v_code(co));
        CHECK(whys[t] ? got && !strcmp(got, whys[t]) : got == NULL);
        if (whys[t] ? !got || strcmp(got, whys[t]) : got != NULL)
            printf("  table %d: want '%s', got '%s'\n", t, whys[t] ? whys[t] : "(accepted)", got ? got : "(accepted)");
    }
}

/* -- The corruption sweep --------------------------------------------- */

static uint64_t rng = 0x9E3779B97F4A7C15u;
static uint64_t next_rand(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
}

/* What loading a damaged image may give: an exception of the documented
 * kinds, or sound code. */
static void check_outcome(value v, int *loaded, int *refused)
{
    if (!v) {
        bool ok = exc_matches(&exc_ValueError) || exc_matches(&exc_EOFError) ||
                  exc_matches(&exc_TypeError) || exc_matches(&exc_MemoryError);
        CHECK(ok);
        if (!ok) {
            value e = exc_fetch();
            value s = e ? obj_repr(e) : V_NULL;
            printf("  unexpected outcome: %s\n", s ? str_data(s) : "no exception");
        }
        exc_clear();
        (*refused)++;
        return;
    }
    (*loaded)++;
    if (v_is_code(v)) {
        CHECK(tree_verified(v));
        FILE *null = fopen("/dev/null", "w");
        CHECK(code_disassemble(v, null) == 0 || (exc_clear(), true));
        fclose(null);
    }
    size_t n;
    char *again = dump(v, &n);   /* whatever loads can be dumped again */
    CHECK(again != NULL);
    free(again);
    exc_clear();
}

static void test_corruption(void)
{
    value co = compile_text(programs[2]);
    size_t len;
    uint8_t *image = (uint8_t *)dump(co, &len);
    CHECK(image != NULL);
    int loaded = 0, refused = 0;
    for (size_t cut = 0; cut < len; cut++) {
        value v = marshal_load(image, cut);
        CHECK(v == V_NULL);
        check_outcome(v, &loaded, &refused);
    }
    uint8_t *copy = malloc(len);
    int mutations = 6000;
    for (int k = 0; k < mutations; k++) {
        memcpy(copy, image, len);
        int nbytes = 1 + (int)(next_rand() % (k % 3 == 0 ? 8 : 1));
        for (int b = 0; b < nbytes; b++) {
            size_t at = next_rand() % len;
            uint64_t how = next_rand();
            copy[at] = how & 1 ? (uint8_t)(how >> 8) : (uint8_t)(copy[at] ^ (1u << ((how >> 8) & 7)));
        }
        check_outcome(marshal_load(copy, len), &loaded, &refused);
    }
    printf("corruption sweep: %zu truncations, %d mutations: %d loaded (verified), %d refused\n", len,
           mutations, loaded, refused);
    CHECK(refused > 0);
    /* the .pyc layer: the checksum refuses every damaged image outright */
    size_t plen;
    uint8_t *pyc = pyc_build_image(co, &(pyc_source){ .mtime = 1, .size = 2 }, false, false, &plen);
    CHECK(pyc && plen == len + PYC_HEADER_SIZE + PYC_CHECKSUM_SIZE);
    CHECK(pyc_read_image(pyc, plen, NULL, PYC_CHECK_DEFAULT) != V_NULL);
    uint8_t *pcopy = malloc(plen);
    int accepted = 0;
    for (size_t cut = 0; cut < plen; cut++)
        accepted += pyc_read_image(pyc, cut, NULL, PYC_CHECK_DEFAULT) != V_NULL;
    for (int k = 0; k < 2000; k++) {
        memcpy(pcopy, pyc, plen);
        size_t at = next_rand() % plen;
        pcopy[at] ^= (uint8_t)(1 + next_rand() % 255);
        accepted += pyc_read_image(pcopy, plen, NULL, PYC_CHECK_DEFAULT) != V_NULL;
        CHECK(!exc_occurred());
    }
    CHECK(accepted == 0);
    free(pcopy);
    free(pyc);
    free(copy);
    free(image);
}

/* -- .pyc files ------------------------------------------------------- */

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
}

static int count_entries(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "ls -A %s | wc -l", dir);
    FILE *p = popen(cmd, "r");
    int n = -1;
    if (p) {
        if (fscanf(p, "%d", &n) != 1)
            n = -1;
        pclose(p);
    }
    return n;
}

static void test_pyc_files(void)
{
    char dir[] = "/tmp/taipan_pyc_XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char src_path[256], cache_dir[300];
    snprintf(src_path, sizeof src_path, "%s/mod.py", dir);
    snprintf(cache_dir, sizeof cache_dir, "%s/__pycache__", dir);
    const char *text = "print('from the cache')\n";
    write_text(src_path, text);
    char *pyc = pyc_cache_path(src_path, NULL);
    char want[400];
    snprintf(want, sizeof want, "%s/__pycache__/mod.taipan-311.pyc", dir);
    CHECK(pyc && !strcmp(pyc, want));
    value co = compile_text(text);
    pyc_source src = { .mtime = 1700000000, .size = strlen(text) };
    CHECK(pyc_write(pyc, co, &src, false, false) == 0);
    CHECK(count_entries(cache_dir) == 1);   /* no temporary file left behind */
    value back = pyc_read(pyc, &src, PYC_CHECK_DEFAULT);
    CHECK(back && v_is_code(back) && same_bytes(back, co));
    /* stale: another mtime or size (compared as 32 bits, as CPython) */
    pyc_source stale = src;
    stale.mtime++;
    CHECK(pyc_read(pyc, &stale, PYC_CHECK_DEFAULT) == V_NULL && !exc_occurred());
    stale = src;
    stale.size++;
    CHECK(pyc_read(pyc, &stale, PYC_CHECK_DEFAULT) == V_NULL);
    stale = src;
    stale.mtime += (int64_t)1 << 32;
    CHECK(pyc_read(pyc, &stale, PYC_CHECK_DEFAULT) != V_NULL);
    /* sourceless */
    CHECK(pyc_read(pyc, NULL, PYC_CHECK_DEFAULT) != V_NULL);
    /* hash-based, checked: by the bytes given or by reading the file */
    pyc_source hs = { .bytes = (const uint8_t *)text, .len = strlen(text) };
    CHECK(pyc_write(pyc, co, &hs, true, true) == 0);
    CHECK(pyc_read(pyc, &hs, PYC_CHECK_DEFAULT) != V_NULL);
    pyc_source by_path = { .path = src_path };
    CHECK(pyc_read(pyc, &by_path, PYC_CHECK_DEFAULT) != V_NULL);
    pyc_source unknown = { .mtime = 1 };
    CHECK(pyc_read(pyc, &unknown, PYC_CHECK_DEFAULT) == V_NULL);   /* no text to check */
    const char *edited = "print('edited')\n";
    pyc_source hs2 = { .bytes = (const uint8_t *)edited, .len = strlen(edited) };
    CHECK(pyc_read(pyc, &hs2, PYC_CHECK_DEFAULT) == V_NULL);
    CHECK(pyc_read(pyc, &hs2, PYC_CHECK_NEVER) != V_NULL);
    CHECK(pyc_read(pyc, &hs2, PYC_CHECK_ALWAYS) == V_NULL);
    /* hash-based, unchecked: only --check-hash-based-pycs always checks */
    CHECK(pyc_write(pyc, co, &hs, true, false) == 0);
    CHECK(pyc_read(pyc, &hs2, PYC_CHECK_DEFAULT) != V_NULL);
    CHECK(pyc_read(pyc, &hs2, PYC_CHECK_ALWAYS) == V_NULL);
    CHECK(pyc_read(pyc, &hs, PYC_CHECK_ALWAYS) != V_NULL);
    /* hash-based writes need the text */
    CHECK(pyc_write(pyc, co, &unknown, true, true) == -1 && !exc_occurred());
    /* a pending exception survives the cache layer */
    exc_raise(&exc_KeyError, "pending");
    CHECK(pyc_read(pyc, &hs, PYC_CHECK_DEFAULT) != V_NULL && exc_matches(&exc_KeyError));
    exc_clear();
    /* not a module body: refused */
    value fco = compile_text("def f(a): return a\n");
    value fn_code = V_NULL;
    for (size_t i = 0; i < tuple_len(v_code(fco)->consts); i++)
        if (v_is_code(tuple_get(v_code(fco)->consts, i)))
            fn_code = tuple_get(v_code(fco)->consts, i);
    CHECK(pyc_write(pyc, fn_code, &src, false, false) == 0);
    CHECK(pyc_read(pyc, &src, PYC_CHECK_DEFAULT) == V_NULL);
    /* foreign: a CPython pyc, a file too short, a missing file, a folder */
    char *cpy = pyc_cache_path("/usr/lib/python3.11/os.py", NULL);
    CHECK(cpy && strstr(cpy, "/usr/lib/python3.11/__pycache__/os.taipan-311.pyc"));
    free(cpy);
    CHECK(pyc_read("/usr/lib/python3.11/__pycache__/os.cpython-311.pyc", NULL, PYC_CHECK_DEFAULT) == V_NULL);
    write_text(pyc, "Tp");
    CHECK(pyc_read(pyc, NULL, PYC_CHECK_DEFAULT) == V_NULL);
    CHECK(pyc_read("/nonexistent/x.pyc", NULL, PYC_CHECK_DEFAULT) == V_NULL);
    CHECK(pyc_read(dir, NULL, PYC_CHECK_DEFAULT) == V_NULL);
    CHECK(!exc_occurred());
    /* unwritable places fail silently */
    CHECK(pyc_write("/dev/null/__pycache__/x.taipan-311.pyc", co, &src, false, false) == -1);
    CHECK(pyc_write(src_path, v_from_obj(&int_type), &src, false, false) == -1 && !exc_occurred());
    /* a cache prefix: every folder made */
    char prefix[300];
    snprintf(prefix, sizeof prefix, "%s/prefix/", dir);
    char *ppath = pyc_cache_path(src_path, prefix);
    snprintf(want, sizeof want, "%s/prefix%s/mod.taipan-311.pyc", dir, dir);
    CHECK(ppath && !strcmp(ppath, want));
    CHECK(pyc_write(ppath, co, &src, false, false) == 0 && pyc_read(ppath, &src, PYC_CHECK_DEFAULT) != V_NULL);
    free(ppath);
    /* the magic never ends in CPython's "\r\n" */
    uint8_t magic[4];
    pyc_magic(magic);
    CHECK(magic[0] == 'T' && magic[1] == 'p' && !(magic[2] == '\r' && magic[3] == '\n'));
    free(pyc);
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    CHECK(system(cmd) == 0);
}

static void test_cache_paths(void)
{
    static const struct { const char *src, *prefix, *want; } cases[] = {
        { "x.py", NULL, "__pycache__/x.taipan-311.pyc" },
        { "a/b/x.py", NULL, "a/b/__pycache__/x.taipan-311.pyc" },
        { "a//x.py", NULL, "a/__pycache__/x.taipan-311.pyc" },
        { "a/x", NULL, "a/__pycache__/xtaipan-311.pyc" },
        { "a/.x", NULL, "a/__pycache__/x.taipan-311.pyc" },
        { "a/x.y.py", NULL, "a/__pycache__/x.y.taipan-311.pyc" },
        { "/a/b/x.py", NULL, "/a/b/__pycache__/x.taipan-311.pyc" },
        { "./x.py", NULL, "./__pycache__/x.taipan-311.pyc" },
        { "/x.py", NULL, "/__pycache__/x.taipan-311.pyc" },   /* CPython: a relative path */
        { "/a/b/x.py", "/tmp/pfx", "/tmp/pfx/a/b/x.taipan-311.pyc" },
        { "/a/b/x.py", "/tmp/pfx/", "/tmp/pfx/a/b/x.taipan-311.pyc" },
        { "/a/b/x.py", "rel", "rel/a/b/x.taipan-311.pyc" },
        { "/x.py", "/tmp/pfx", "/tmp/pfx/x.taipan-311.pyc" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = pyc_cache_path(cases[i].src, cases[i].prefix);
        CHECK(got && !strcmp(got, cases[i].want));
        if (!got || strcmp(got, cases[i].want))
            printf("  %s -> %s, want %s\n", cases[i].src, got ? got : "NULL", cases[i].want);
        free(got);
    }
    char *opt = pyc_cache_path_opt("a/x.py", NULL, 2);
    CHECK(opt && !strcmp(opt, "a/__pycache__/x.taipan-311.opt-2.pyc"));
    free(opt);
    /* relative sources under a prefix go through the working directory */
    char cwd[1024];
    CHECK(getcwd(cwd, sizeof cwd) != NULL);
    char want[1200];
    snprintf(want, sizeof want, "/p%s/a/x.taipan-311.pyc", cwd);
    char *rel = pyc_cache_path("a/x.py", "/p");
    CHECK(rel && !strcmp(rel, want));
    free(rel);
}

static void test_siphash(void)
{
    /* PYTHONHASHSEED=0 python3.11 -c "print(hash(b'abc'), ...)" */
    CHECK((int64_t)pyc_siphash13(0, 0, (const uint8_t *)"abc", 3) == -4594863902769663758);
    CHECK((int64_t)pyc_siphash13(0, 0, (const uint8_t *)"abcdefgh", 8) == 4574395652268504554);
    CHECK((int64_t)pyc_siphash13(0, 0, (const uint8_t *)"abcdefghijklmnopq", 17) == 7044894726457044172);
    CHECK(pyc_source_hash((const uint8_t *)"a", 1) != pyc_source_hash((const uint8_t *)"b", 1));
}

/* Every .py file under $TAIPAN_MARSHAL_CORPUS: compile, dump, load
 * (verified), dump again to the same bytes. */
static void test_corpus(void)
{
    const char *dir = getenv("TAIPAN_MARSHAL_CORPUS");
    if (!dir)
        return;
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "find '%s' -name '*.py' | sort", dir);
    FILE *list = popen(cmd, "r");
    char path[4096];
    int ok = 0, skipped = 0;
    while (list && fgets(path, sizeof path, list)) {
        path[strcspn(path, "\n")] = 0;
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        strbuf text;
        sb_init(&text);
        char buf[65536];
        size_t n;
        while ((n = fread(buf, 1, sizeof buf, f)) > 0)
            sb_append(&text, buf, n);
        fclose(f);
        diag err;
        diag_init(&err);
        value co = text.failed ? V_NULL
                               : compile_source(text.data ? text.data : "", text.len, path, PARSE_FILE, 0, &err);
        diag_clear(&err);
        sb_free(&text);
        if (!co) {
            exc_clear();
            skipped++;   /* not valid 3.11, or a SyntaxError test file */
            continue;
        }
        value back = round_trip(co);
        bool good = back && same_bytes(co, back) && tree_verified(back);
        CHECK(good);
        if (!good) {
            value e = exc_fetch();
            value s = e ? obj_str(e) : V_NULL;
            printf("  %s: %s\n", path, s ? str_data(s) : "differs after a round trip");
        }
        ok += good;
    }
    if (list)
        pclose(list);
    printf("corpus %s: %d files round-trip, %d do not compile\n", dir, ok, skipped);
}

int main(void)
{
    if (runtime_init() < 0 || builtins_init() < 0)
        return 1;
    test_siphash();
    test_constants();
    test_hostile();
    test_code_round_trip();
    test_verifier();
    test_corruption();
    test_cache_paths();
    test_pyc_files();
    test_corpus();
    printf("%d checks, %d failures\n", checks, failures);
    return failures != 0;
}
