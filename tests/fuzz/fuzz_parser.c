/* libFuzzer target for the front end: the input bytes are a source file,
 * tokenized and parsed in each of the four modes, with and without type
 * comments, and the AST (when there is one) dumped to /dev/null. Any crash,
 * sanitizer report, leak or hang is a finding; a SyntaxError is not.
 * Build and run: `make fuzz` (clang's -fsanitize=fuzzer,address,undefined). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "../../src/front/ast_dump.h"
#include "../../src/front/parser.h"
#include "../../src/front/tokenizer.h"

static FILE *devnull;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!devnull)
        devnull = fopen("/dev/null", "w");
    if (size == 0)
        return 0;
    /* the first byte picks the mode and flags, the rest is the source */
    int mode = data[0] & 3;
    int flags = (data[0] & 4 ? PARSE_TYPE_COMMENTS : 0) | (data[0] & 8 ? PARSE_STRING_INPUT : 0);
    const char *src = (const char *)data + 1;
    size_t len = size - 1;

    ast_arena arena;
    arena_init(&arena);
    diag err;
    diag_init(&err);
    ast_node *mod = parse_source(src, len, "<fuzz>", mode, flags, &arena, &err);
    if (mod)
        ast_dump(mod, devnull);
    else
        diag_print(&err, devnull);
    diag_clear(&err);
    arena_free(&arena);
    if (data[0] & 16)
        tok_dump(src, len, "<fuzz>", devnull);
    return 0;
}
