/* The table of interned identifiers declared by names.def (see names.h).
 * runtime_init fills it before any type is readied, since type_ready and
 * the slot machinery look dunder names up through it. */
#include "names.h"
#include "str.h"
#include "../gc/gc.h"

value names_table[NAME_COUNT];

static const char *const name_text[NAME_COUNT] = {
#define NAME(id) #id,
#include "names.def"
#undef NAME
};

int names_init(void)
{
    for (int i = 0; i < NAME_COUNT; i++) {
        if (names_table[i])
            continue;
        value s = str_intern_cstr(name_text[i]);
        if (!s)
            return -1;
        names_table[i] = s;
        gc_root(&names_table[i]);
    }
    return 0;
}
