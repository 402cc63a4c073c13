/* Unit test of src/vm/exc.c, src/objects/exceptions.c, exc_group.c and
 * src/vm/traceback.c: raising, fetching and matching; the hierarchy;
 * str() and repr() of exceptions as CPython 3.11 gives them; the special
 * attributes; exception group construction, subgroup and split; exc_print
 * of exceptions without tracebacks (chains, notes, groups). Expected
 * texts were taken from python3.11. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/gc/gc.h"
#include "../../src/objects/exceptions.h"
#include "../../src/objects/list.h"
#include "../../src/objects/str.h"
#include "../../src/objects/tuple.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/runtime.h"
#include "../../src/vm/traceback.h"

static int failures, checks;

#define CHECK(cond)                                                       \
    do {                                                                  \
        checks++;                                                         \
        if (!(cond)) {                                                    \
            failures++;                                                   \
            printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond);        \
        }                                                                 \
    } while (0)

static value S(const char *s)
{
    value v = str_from_cstr(s);
    if (!v) {
        printf("FATAL: str_from_cstr failed\n");
        exit(1);
    }
    return v;
}

static void check_text(value got, const char *want, const char *what)
{
    checks++;
    if (!got) {
        failures++;
        printf("FAIL %s: raised (want \"%s\")\n", what, want);
        exc_clear();
        return;
    }
    if (!v_is_str(got) || strcmp(str_data(got), want) != 0) {
        failures++;
        printf("FAIL %s: got \"%s\", want \"%s\"\n", what, v_is_str(got) ? str_data(got) : "?", want);
    }
}

static value make(type_object *t, int argc, const value *argv)
{
    value e = exc_new(t, argc, argv);
    if (!e) {
        printf("FATAL: cannot make %s\n", t->name);
        exit(1);
    }
    return e;
}

static void test_raise_fetch(void)
{
    CHECK(!exc_occurred());
    CHECK(exc_raise(&exc_ValueError, "bad %s %d %R", "thing", 42, S("x")) == V_NULL);
    CHECK(exc_occurred());
    CHECK(exc_matches(&exc_ValueError));
    CHECK(exc_matches(&exc_Exception));
    CHECK(exc_matches(&exc_BaseException));
    CHECK(!exc_matches(&exc_TypeError));
    value e = exc_fetch();
    CHECK(!exc_occurred());
    CHECK(v_is_exc(e) && v_type(e) == &exc_ValueError);
    check_text(obj_str(e), "bad thing 42 'x'", "message");
    exc_restore(e);
    CHECK(exc_fetch() == e);

    /* raise a class: instantiated with no arguments */
    exc_raise_value(v_from_obj(&exc_KeyError));
    e = exc_fetch();
    CHECK(e && v_type(e) == &exc_KeyError && tuple_len(exc_args(e)) == 0);
    /* raise anything else */
    exc_raise_value(v_small(3));
    e = exc_fetch();
    CHECK(e && v_type(e) == &exc_TypeError);
    if (e)
        check_text(obj_str(e), "exceptions must derive from BaseException", "raise 3");

    /* MemoryError without allocating */
    exc_no_memory();
    CHECK(exc_matches(&exc_MemoryError));
    exc_clear();

    /* implicit chaining: raised while another is handled */
    value handled = make(&exc_KeyError, 0, NULL);
    ts()->handled = handled;
    exc_raise(&exc_TypeError, "inner");
    e = exc_fetch();
    ts()->handled = V_NULL;
    CHECK(e && v_exc(e)->context == handled);

    /* the recursion guard */
    int depth = 0;
    while (exc_enter_recursive(" while getting the repr of an object"))
        depth++;
    CHECK(depth > 100 && depth <= 1000);
    e = exc_fetch();
    CHECK(e && v_type(e) == &exc_RecursionError);
    if (e)
        check_text(obj_str(e), "maximum recursion depth exceeded while getting the repr of an object",
                   "recursion");
    while (depth-- > 0)
        exc_leave_recursive();
    CHECK(ts()->c_depth == 0);
}

static void test_hierarchy(void)
{
    CHECK(type_is_subtype(&exc_ZeroDivisionError, &exc_ArithmeticError));
    CHECK(type_is_subtype(&exc_KeyError, &exc_LookupError));
    CHECK(type_is_subtype(&exc_ModuleNotFoundError, &exc_ImportError));
    CHECK(type_is_subtype(&exc_TabError, &exc_SyntaxError));
    CHECK(type_is_subtype(&exc_BrokenPipeError, &exc_ConnectionError));
    CHECK(type_is_subtype(&exc_UnicodeDecodeError, &exc_ValueError));
    CHECK(type_is_subtype(&exc_RecursionError, &exc_RuntimeError));
    CHECK(type_is_subtype(&exc_ExceptionGroup, &exc_Exception));
    CHECK(type_is_subtype(&exc_ExceptionGroup, &exc_BaseExceptionGroup));
    CHECK(!type_is_subtype(&exc_KeyboardInterrupt, &exc_Exception));
    CHECK(!type_is_subtype(&exc_SystemExit, &exc_Exception));
    CHECK(!type_is_subtype(&exc_BaseExceptionGroup, &exc_Exception));
    CHECK(type_is_subtype(&exc_UserWarning, &exc_Warning));
    value e = make(&exc_FileNotFoundError, 0, NULL);
    CHECK(obj_isinstance(e, v_from_obj(&exc_OSError)) == 1);
}

static void test_str_repr(void)
{
    value a = S("a"), x = S("x");
    value e = make(&exc_KeyError, 1, &a);
    check_text(obj_str(e), "'a'", "str(KeyError('a'))");
    check_text(obj_repr(e), "KeyError('a')", "repr(KeyError('a'))");
    e = make(&exc_ValueError, 1, &x);
    check_text(obj_repr(e), "ValueError('x')", "repr(ValueError('x'))");
    check_text(obj_str(e), "x", "str(ValueError('x'))");
    e = make(&exc_ValueError, 0, NULL);
    check_text(obj_str(e), "", "str(ValueError())");
    check_text(obj_repr(e), "ValueError()", "repr(ValueError())");
    value two[2] = {v_small(1), S("b")};
    e = make(&exc_TypeError, 2, two);
    check_text(obj_str(e), "(1, 'b')", "str(TypeError(1, 'b'))");
    check_text(obj_repr(e), "TypeError(1, 'b')", "repr(TypeError(1, 'b'))");
    e = make(&exc_KeyError, 2, two);
    check_text(obj_str(e), "(1, 'b')", "str(KeyError(1, 'b'))");

    value v = v_small(7);
    e = make(&exc_StopIteration, 1, &v);
    CHECK(exc_slot(e, EXC_STOPITER_VALUE) == v);
    e = make(&exc_StopIteration, 0, NULL);
    CHECK(exc_slot(e, EXC_STOPITER_VALUE) == V_NONE);
    e = make(&exc_SystemExit, 2, two);
    CHECK(exc_slot(e, EXC_SYSEXIT_CODE) == exc_args(e));

    value os[3] = {v_small(2), S("No such file or directory"), S("x")};
    e = make(&exc_OSError, 3, os);
    CHECK(v_type(e) == &exc_FileNotFoundError);
    check_text(obj_str(e), "[Errno 2] No such file or directory: 'x'", "str(OSError(2, ...))");
    CHECK(tuple_len(exc_args(e)) == 2);
    e = make(&exc_OSError, 2, os);
    check_text(obj_str(e), "[Errno 2] No such file or directory", "str(OSError(2, msg))");
    e = make(&exc_OSError, 1, &os[1]);
    CHECK(v_type(e) == &exc_OSError);

    value info = tuple_pack(6, S("/a/f.py"), v_small(3), v_small(2), S("x = 1"), v_small(3), v_small(4));
    value syn[2] = {S("invalid syntax"), info};
    e = make(&exc_SyntaxError, 2, syn);
    check_text(obj_str(e), "invalid syntax (f.py, line 3)", "str(SyntaxError)");
    check_text(obj_repr(e), "SyntaxError('invalid syntax', ('/a/f.py', 3, 2, 'x = 1', 3, 4))",
               "repr(SyntaxError)");
    CHECK(exc_slot(e, EXC_SYN_LINENO) == v_small(3));

    value m = S("No module named 'q'");
    e = make(&exc_ModuleNotFoundError, 1, &m);
    check_text(obj_str(e), "No module named 'q'", "str(ModuleNotFoundError)");

    value ue[5] = {S("utf-8"), S("\xc3\xa9"), v_small(0), v_small(1), S("bad")};
    e = make(&exc_UnicodeEncodeError, 5, ue);
    check_text(obj_str(e), "'utf-8' codec can't encode character '\\xe9' in position 0: bad",
               "str(UnicodeEncodeError)");
}

static void test_groups(void)
{
    value v1 = v_small(1), v2 = v_small(2), k = S("k");
    value ve = make(&exc_ValueError, 1, &v1), te = make(&exc_TypeError, 1, &v2);
    value ke = make(&exc_KeyboardInterrupt, 1, &k);
    value items[2] = {ve, te};
    value args[2] = {S("eg"), list_from_array(items, 2)};
    value eg = make(&exc_BaseExceptionGroup, 2, args);
    CHECK(v_type(eg) == &exc_ExceptionGroup);
    check_text(obj_str(eg), "eg (2 sub-exceptions)", "str(ExceptionGroup)");
    check_text(obj_repr(eg), "ExceptionGroup('eg', [ValueError(1), TypeError(2)])", "repr(ExceptionGroup)");

    value bitems[1] = {ke};
    value bargs[2] = {S("b"), tuple_from_array(bitems, 1)};
    value beg = make(&exc_BaseExceptionGroup, 2, bargs);
    CHECK(v_type(beg) == &exc_BaseExceptionGroup);
    check_text(obj_str(beg), "b (1 sub-exception)", "str(BaseExceptionGroup)");
    CHECK(!exc_new(&exc_ExceptionGroup, 2, bargs));
    value err = exc_fetch();
    CHECK(err && v_type(err) == &exc_TypeError);
    if (err)
        check_text(obj_str(err), "Cannot nest BaseExceptions in an ExceptionGroup", "nest");
    value empty[2] = {S("e"), list_new(0)};
    CHECK(!exc_new(&exc_ExceptionGroup, 2, empty));
    err = exc_fetch();
    if (err)
        check_text(obj_str(err), "second argument (exceptions) must be a non-empty sequence", "empty");
    CHECK(!exc_new(&exc_ExceptionGroup, 1, empty));
    err = exc_fetch();
    if (err)
        check_text(obj_str(err), "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)", "argc");

    /* split by type */
    value r = obj_call_method(eg, "split", 1, (value[]){v_from_obj(&exc_ValueError)});
    CHECK(r && v_is_tuple(r) && tuple_len(r) == 2);
    if (r) {
        value match = tuple_get(r, 0), rest = tuple_get(r, 1);
        check_text(obj_repr(match), "ExceptionGroup('eg', [ValueError(1)])", "split match");
        check_text(obj_repr(rest), "ExceptionGroup('eg', [TypeError(2)])", "split rest");
    } else {
        exc_clear();
    }
    r = obj_call_method(eg, "subgroup", 1, (value[]){v_from_obj(&exc_Exception)});
    CHECK(r == eg);
    r = obj_call_method(eg, "subgroup", 1, (value[]){v_from_obj(&exc_OSError)});
    CHECK(r == V_NONE);
    exc_clear();
}

/* exc_print into a string */
static char *print_to_string(value e)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    exc_print(e, f);
    fclose(f);
    return buf;
}

static void check_print(value e, const char *want, const char *what)
{
    char *got = print_to_string(e);
    checks++;
    if (strcmp(got, want) != 0) {
        failures++;
        printf("FAIL print %s:\n--- got\n%s--- want\n%s", what, got, want);
    }
    free(got);
}

static void test_print(void)
{
    value x = S("x");
    value e = make(&exc_ValueError, 1, &x);
    check_print(e, "ValueError: x\n", "simple");
    value k = S("k");
    value ke = make(&exc_KeyError, 1, &k);
    exc_set_context(e, ke);
    check_print(e,
                "KeyError: 'k'\n\nDuring handling of the above exception, another exception occurred:\n\n"
                "ValueError: x\n", "context");
    exc_set_cause(e, ke);
    check_print(e,
                "KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\n"
                "ValueError: x\n", "cause");
    value z = make(&exc_ZeroDivisionError, 0, NULL);
    value note = S("note1\nline2");
    value r = obj_call_method(z, "add_note", 1, &note);
    CHECK(r == V_NONE);
    exc_clear();
    check_print(z, "ZeroDivisionError\nnote1\nline2\n", "notes");

    value v1 = v_small(1);
    value inner_items[1] = {make(&exc_KeyError, 1, &k)};
    value inner_args[2] = {S("inner"), list_from_array(inner_items, 1)};
    value items[3] = {make(&exc_ValueError, 1, &v1), make(&exc_TypeError, 1, &v1),
                      make(&exc_ExceptionGroup, 2, inner_args)};
    value args[2] = {S("eg"), list_from_array(items, 3)};
    value eg = make(&exc_ExceptionGroup, 2, args);
    check_print(eg,
                "  | ExceptionGroup: eg (3 sub-exceptions)\n"
                "  +-+---------------- 1 ----------------\n"
                "    | ValueError: 1\n"
                "    +---------------- 2 ----------------\n"
                "    | TypeError: 1\n"
                "    +---------------- 3 ----------------\n"
                "    | ExceptionGroup: inner (1 sub-exception)\n"
                "    +-+---------------- 1 ----------------\n"
                "      | KeyError: 'k'\n"
                "      +------------------------------------\n",
                "group");

    value info = tuple_pack(6, S("f.py"), v_small(2), v_small(3), S("  abcdef\n"), v_small(2), v_small(6));
    value syn[2] = {S("m"), info};
    e = make(&exc_SyntaxError, 2, syn);
    check_print(e, "  File \"f.py\", line 2\n    abcdef\n    ^^^\nSyntaxError: m\n", "syntax");
}

int main(void)
{
    if (runtime_init() < 0)
        return 1;
    if (!(exc_ValueError.flags & TYPE_READY)) {
        /* runtime.c does not ready the exceptions yet */
        printf("test_exc: skipped (the runtime does not ready the exception types yet)\n");
        return 0;
    }
    test_raise_fetch();
    test_hierarchy();
    test_str_repr();
    test_groups();
    test_print();
    printf("test_exc: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
