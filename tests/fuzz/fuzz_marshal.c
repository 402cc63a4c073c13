/* libFuzzer target for the loaders of the bytecode cache: the input bytes
 * are a marshal image (src/vm/marshal.c) or, when the first byte is odd,
 * a whole .pyc file image (src/vm/pyc.c: header, checksum, then the
 * same loader). Whatever loads must be sound: every code object in it
 * passes code_verify again, disassembles, and dumps again to an image
 * that loads back to the same bytes (sets aside: a rebuilt set may
 * iterate in another order). Any crash, sanitizer report, hang or failed
 * check (abort) is a finding; an EOFError, ValueError, TypeError or
 * MemoryError is not, and neither are leaks (see __asan_default_options).
 * Seeds: tests/fuzz/corpus_marshal (real images from compiled programs,
 * a few values). Build and run: `make fuzz-marshal`. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/modules/builtins.h"
#include "../../src/objects/dict.h"
#include "../../src/objects/exceptions.h"
#include "../../src/objects/list.h"
#include "../../src/objects/set.h"
#include "../../src/objects/tuple.h"
#include "../../src/util/strbuf.h"
#include "../../src/vm/code.h"
#include "../../src/vm/code_verify.h"
#include "../../src/vm/exc.h"
#include "../../src/vm/marshal.h"
#include "../../src/vm/pyc.h"
#include "../../src/vm/runtime.h"

static FILE *devnull;

/* The collector's pages are mmap'd, which LeakSanitizer does not scan, so
 * what only heap objects point to (a big int's GMP limbs, until the int
 * is swept) looks leaked: leaks are not findings for this target. */
const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }

static void require(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "fuzz_marshal: %s\n", what);
        abort();
    }
}

static void check_tree(value co)
{
    require(code_verify(v_code(co)) == NULL, "loaded code fails code_verify");
    value consts = v_code(co)->consts;
    for (size_t i = 0; i < tuple_len(consts); i++)
        if (v_is_code(tuple_get(consts, i)))
            check_tree(tuple_get(consts, i));
}

/* Whether v holds a set: a rebuilt set may iterate in another order, so
 * its images need not be byte-identical. */
static int has_set(value v)
{
    if (v_is_ptr(v) && (v_obj(v)->type == &set_type || v_obj(v)->type == &frozenset_type))
        return 1;
    if (v_is_tuple(v)) {
        for (size_t i = 0; i < tuple_len(v); i++)
            if (has_set(tuple_get(v, i)))
                return 1;
    } else if (v_is_list(v)) {
        for (size_t i = 0; i < list_len(v); i++)
            if (has_set(list_get(v, i)))
                return 1;
    } else if (v_is_dict(v)) {
        size_t pos = 0;
        value k, x;
        while (dict_next(v, &pos, &k, &x))
            if (has_set(k) || has_set(x))
                return 1;
    } else if (v_is_code(v)) {
        return has_set(v_code(v)->consts);
    }
    return 0;
}

/* Dump v, load the image, dump again: the two images must be equal. */
static void check_stable(value v)
{
    strbuf a, b;
    sb_init(&a);
    sb_init(&b);
    if (marshal_dump(v, &a) == 0) {
        value again = marshal_load((const uint8_t *)a.data, a.len);
        require(again != V_NULL, "a dumped value does not load");
        require(marshal_dump(again, &b) == 0, "a reloaded value does not dump");
        require(has_set(v) || (a.len == b.len && !memcmp(a.data, b.data, a.len)), "dump is not stable");
    } else {
        require(exc_matches(&exc_MemoryError), "a loaded value does not dump");
    }
    exc_clear();
    sb_free(&a);
    sb_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int ready;
    if (!ready) {
        devnull = fopen("/dev/null", "w");
        if (runtime_init() < 0 || builtins_init() < 0)
            abort();
        ready = 1;
    }
    if (size == 0)
        return 0;
    value v;
    if (data[0] & 1) {
        v = pyc_read_image(data + 1, size - 1, NULL, PYC_CHECK_DEFAULT);
        require(!exc_occurred(), "pyc_read_image left an exception");
    } else {
        v = marshal_load(data + 1, size - 1);
        if (!v) {
            require(exc_matches(&exc_EOFError) || exc_matches(&exc_ValueError) ||
                        exc_matches(&exc_TypeError) || exc_matches(&exc_MemoryError),
                    "unexpected exception type");
            exc_clear();
            return 0;
        }
    }
    if (!v)
        return 0;
    if (v_is_code(v)) {
        check_tree(v);
        if (code_disassemble(v, devnull) < 0)
            exc_clear();
    }
    check_stable(v);
    return 0;
}
