/* Unit test of the str type (src/objects/str*.c) and the minimal bytes
 * type: construction, length and ASCII flag, interning, hashing (CPython's
 * values under PYTHONHASHSEED=0, which the test sets before start-up),
 * non-ASCII indexing through the sampled index, str_format, and the
 * methods called through str's method table, checked against what
 * python3.11 prints. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/objects/str_internal.h"
#include "../../src/objects/bytes.h"
#include "../../src/objects/list.h"
#include "../../src/objects/tuple.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/runtime.h"
#include "../../src/unicode/unicode.h"

static int failures;

#define CHECK(cond, ...) do { \
    if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
                   printf(__VA_ARGS__); putchar('\n'); } } while (0)

static value S(const char *s)
{
    value v = str_from_cstr(s);
    if (!v) { printf("allocation failed\n"); exit(1); }
    return v;
}

static value call(value self, const char *name, int argc, const value *argv)
{
    for (const method_def *m = str_methods; m->name; m++)
        if (!strcmp(m->name, name)) return m->fn(self, argc, argv, V_NULL);
    printf("no method %s\n", name);
    exit(1);
}

/* The method's result, which must be a str, compared with want. */
static void check_str(int line, value got, const char *want)
{
    if (!got) { failures++; printf("FAIL line %d: exception, wanted '%s'\n", line, want); exc_clear(); return; }
    if (!v_is_str(got) || !str_eq_cstr(got, want)) {
        failures++;
        printf("FAIL line %d: got '%s', wanted '%s'\n", line, v_is_str(got) ? str_data(got) : "?", want);
    }
}
#define CHECK_STR(got, want) check_str(__LINE__, got, want)

static void check_int(int line, value got, int64_t want)
{
    if (!got || !v_is_int(got) || v_int(got) != want) {
        failures++;
        printf("FAIL line %d: wanted %lld\n", line, (long long)want);
        exc_clear();
    }
}
#define CHECK_INT(got, want) check_int(__LINE__, got, want)

/* A list of str compared with the items joined by '|'. */
static void check_list(int line, value got, const char *want)
{
    char buf[512] = "";
    if (!got || !v_is_list(got)) { failures++; printf("FAIL line %d: not a list\n", line); exc_clear(); return; }
    for (size_t i = 0; i < list_len(got); i++) {
        if (i) strcat(buf, "|");
        strcat(buf, str_data(list_get(got, i)));
    }
    if (strcmp(buf, want)) { failures++; printf("FAIL line %d: got [%s], wanted [%s]\n", line, buf, want); }
}
#define CHECK_LIST(got, want) check_list(__LINE__, got, want)

static void test_basics(void)
{
    value a = S("hello"), e = S("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80");
    CHECK(str_len(a) == 5 && (v_obj(a)->flags & STR_ASCII), "ascii len");
    CHECK(str_len(e) == 9 && !(v_obj(e)->flags & STR_ASCII), "non-ascii len %zu", str_len(e));
    CHECK(str_char_at(e, 1) == 0xE9 && str_char_at(e, 6) == 0x20AC && str_char_at(e, 8) == 0x1F600, "char_at");
    CHECK_STR(str_substr(e, 1, 4), "\xC3\xA9ll");
    CHECK_STR(str_concat(a, e), "helloh\xC3\xA9llo \xE2\x82\xAC \xF0\x9F\x98\x80");
    /* a long non-ASCII string: every index through the sampled table */
    str_builder b;
    sb_str_init(&b);
    for (int i = 0; i < 1000; i++) {
        char buf[4];
        int n = utf8_encode((uint32_t)(i % 3 == 0 ? 'a' + i % 26 : i % 3 == 1 ? 0x400 + i : 0x10000 + i), buf);
        sb_str_add(&b, buf, (size_t)n);
    }
    value big = sb_str_finish(&b);
    CHECK(big && str_len(big) == 1000, "big len");
    int bad = 0;
    for (int i = 999; i >= 0; i--) {
        uint32_t want = (uint32_t)(i % 3 == 0 ? 'a' + i % 26 : i % 3 == 1 ? 0x400 + i : 0x10000 + i);
        if (str_char_at(big, (size_t)i) != want) bad++;
    }
    CHECK(bad == 0, "indexing through the index: %d wrong", bad);
}

static void test_intern_hash(void)
{
    value x = str_intern_cstr("some_name"), y = str_intern(S("some_name"));
    CHECK(x == y, "interned strs are one object");
    CHECK(v_obj(x)->flags & STR_INTERNED, "interned flag");
    for (int i = 0; i < 5000; i++) {   /* grow the table */
        char buf[32];
        snprintf(buf, sizeof buf, "name%d", i);
        if (!str_intern_cstr(buf)) { CHECK(0, "intern failed"); break; }
    }
    CHECK(str_intern_cstr("some_name") == x, "still the same after growth");
    CHECK(str_intern_cstr("name4321") == str_intern(S("name4321")), "grown entries found");
    /* PYTHONHASHSEED=0: CPython's values */
    CHECK(str_hash(S("a")) == 4644417185603328019LL, "hash('a') %lld", (long long)str_hash(S("a")));
    CHECK(str_hash(S("abc")) == -4594863902769663758LL, "hash('abc')");
    CHECK(str_hash(S("\xC3\xA9")) == 6047309291227476195LL, "hash('é')");
    CHECK(str_hash(S("\xE2\x82\xAC")) == -5529981157763016009LL, "hash('€')");
    CHECK(str_hash(S("\xF0\x9F\x98\x80x")) == -8926728262118538918LL, "hash('😀x')");
    CHECK(str_hash(S("")) == 0, "hash('')");
}

static void test_format_repr(void)
{
    CHECK_STR(str_format("%s=%d, %zu %x%%", "n", -5, (size_t)7, 255), "n=-5, 7 ff%");
    CHECK_STR(str_format("%R and %S", S("it's"), S("x")), "\"it's\" and x");
    CHECK_STR(str_format("%.3s|%c", "abcdef", 0xE9), "abc|\xC3\xA9");
    CHECK_STR(str_repr(S("a'b\n\xC3\xA9\x01")), "\"a'b\\n\xC3\xA9\\x01\"");
}

static void test_methods(void)
{
    value sp = S(" "), comma = S(",");
    value parts[3] = {S("a"), S("b\xC3\xA9"), S("c")};
    value lst = list_from_array(parts, 3);
    CHECK_STR(call(comma, "join", 1, &lst), "a,b\xC3\xA9,c");
    value s = S("  one two\tthree  ");
    CHECK_LIST(call(s, "split", 0, NULL), "one|two|three");
    value a2[2] = {V_NONE, v_small(1)};
    CHECK_LIST(call(s, "split", 2, a2), "one|two\tthree  ");
    CHECK_LIST(call(s, "rsplit", 2, a2), "  one two|three");
    value csv = S("a,,b,");
    CHECK_LIST(call(csv, "split", 1, &comma), "a||b|");
    CHECK_LIST(call(S("x\ny\r\nz"), "splitlines", 0, NULL), "x|y|z");
    CHECK_STR(call(s, "strip", 0, NULL), "one two\tthree");
    CHECK_STR(call(s, "rstrip", 0, NULL), "  one two\tthree");
    value chars = S("xy");
    CHECK_STR(call(S("xxhixy"), "strip", 1, &chars), "hi");
    value sub = S("\xC3\xA9");
    value e = S("abc\xC3\xA9" "d\xC3\xA9");
    CHECK_INT(call(e, "find", 1, &sub), 3);
    CHECK_INT(call(e, "rfind", 1, &sub), 5);
    CHECK_INT(call(e, "count", 1, &sub), 2);
    value es = S("");
    CHECK_INT(call(e, "count", 1, &es), 7);
    value r2[2] = {S("\xC3\xA9"), S("E")};
    CHECK_STR(call(e, "replace", 2, r2), "abcEdE");
    value st = S("ab");
    CHECK(call(e, "startswith", 1, &st) == V_TRUE, "startswith");
    value w = v_small(7), star = S("*");
    value c2[2] = {w, star};
    CHECK_STR(call(S("abc"), "center", 2, c2), "**abc**");
    CHECK_STR(call(S("-42"), "zfill", 1, &w), "-000042");
    CHECK_STR(call(S("a\tbc\td"), "expandtabs", 0, NULL), "a       bc      d");
    CHECK_STR(call(S("hello world"), "title", 0, NULL), "Hello World");
    CHECK_STR(call(S("stra\xC3\x9F" "e"), "upper", 0, NULL), "STRASSE");
    CHECK_STR(call(S("\xCE\x9F\xCE\xA3"), "lower", 0, NULL), "\xCE\xBF\xCF\x82");   /* final sigma */
    CHECK_STR(call(S("Hello"), "swapcase", 0, NULL), "hELLO");
    CHECK(call(S("\xD9\xA3"), "isdecimal", 0, NULL) == V_TRUE, "arabic-indic digit");
    CHECK(call(S("\xC2\xBD"), "isnumeric", 0, NULL) == V_TRUE, "one half numeric");
    CHECK(call(S("\xC2\xBD"), "isdigit", 0, NULL) == V_FALSE, "one half not digit");
    CHECK(call(S("Title Case"), "istitle", 0, NULL) == V_TRUE, "istitle");
    CHECK(call(S("_x1"), "isidentifier", 0, NULL) == V_TRUE, "isidentifier");
    value p = call(S("a=b=c"), "partition", 1, &(value){S("=")});
    CHECK(p && v_is_tuple(p) && str_eq_cstr(tuple_get(p, 2), "b=c"), "partition");
    value enc = call(S("h\xC3\xA9"), "encode", 0, NULL);
    CHECK(enc && v_is_bytes(enc) && bytes_size(enc) == 3, "encode utf-8");
    value asc = S("ascii");
    CHECK(!call(S("h\xC3\xA9"), "encode", 1, &asc) && exc_matches(&exc_UnicodeEncodeError), "encode ascii fails");
    exc_clear();
    CHECK_STR(bytes_decode(enc, "latin-1", "strict"), "h\xC3\x83\xC2\xA9");
    (void)sp;
}

static void test_mod(void)
{
    value args = tuple_pack(3, S("x"), v_small(42), v_small(255));
    CHECK_STR(str_mod_format(S("[%s] [%5d] [%-5x|%#X] [%05d]"), tuple_pack(5, S("x"), v_small(42), v_small(255),
                                                                            v_small(255), v_small(-3))),
              "[x] [   42] [ff   |0XFF] [-0003]");
    CHECK(!str_mod_format(S("%s %s"), tuple_pack(1, v_small(1))) && exc_matches(&exc_TypeError), "not enough");
    exc_clear();
    CHECK(!str_mod_format(S("%s"), args) && exc_matches(&exc_TypeError), "not all converted");
    exc_clear();
    CHECK_STR(str_mod_format(S("%c%c|%.2s|%%"), tuple_pack(3, v_small(0xE9), S("z"), S("abc"))), "\xC3\xA9z|ab|%");
}

static void test_str_format(void)
{
    value a[2] = {S("x"), S("y")};
    CHECK_STR(str_format_method(S("{1}{0}{{}}"), 2, a, V_NULL), "yx{}");
    CHECK_STR(str_format_method(S("[{:>4}|{:^5}|{:.1}]"), 3, (value[]){S("ab"), S("c"), S("xyz")}, V_NULL),
              "[  ab|  c  |x]");
    CHECK_STR(str_format_method(S("[{:>4}|{:*^5}]"), 2, a, V_NULL), "[   x|**y**]");
    value kw = tuple_pack(1, S("name"));
    value kv[1] = {S("v")};
    CHECK_STR(str_format_method(S("{name!r}"), 0, kv, kw), "'v'");
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);
    setenv("PYTHONHASHSEED", "0", 1);
    if (runtime_init() < 0) return 1;
    static thread_state fallback = {.recursion_limit = 1000};
    if (!ts_current) ts_current = &fallback;   /* until runtime_init sets one up */
    str_hash_init();
    test_basics();
    test_intern_hash();
    test_format_repr();
    test_methods();
    test_mod();
    test_str_format();
    if (failures) { printf("%d failure(s)\n", failures); return 1; }
    printf("ok\n");
    return 0;
}
