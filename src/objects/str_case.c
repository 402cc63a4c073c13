/* Character classes and full case mappings for str's methods, read from
 * the tables tools/gen_unicode_case.py generates into
 * src/unicode/case_tables.c (Unicode 14.0, as CPython 3.11). */
#include "str_internal.h"
#include "../unicode/case_tables.h"

static const uct_record *rec(uint32_t cp)
{
    if (cp >= 0x110000) return &uct_records[0];
    unsigned blk = uct_stage1[cp >> UCT_SHIFT];
    return &uct_records[uct_stage2[(blk << UCT_SHIFT) | (cp & ((1u << UCT_SHIFT) - 1))]];
}

unsigned uc_flags(uint32_t cp)
{
    unsigned f = rec(cp)->flags, r = 0;
    if (f & UCT_ALPHA) r |= UC_ALPHA;
    if (f & UCT_DECIMAL) r |= UC_DECIMAL;
    if (f & UCT_DIGIT) r |= UC_DIGIT;
    if (f & UCT_NUMERIC) r |= UC_NUMERIC;
    if (f & UCT_SPACE) r |= UC_SPACE;
    if (f & UCT_LOWER) r |= UC_LOWER;
    if (f & UCT_UPPER) r |= UC_UPPER;
    if (f & UCT_TITLE) r |= UC_TITLE;
    if (f & UCT_CASED) r |= UC_CASED;
    if (f & UCT_CASE_IGNORABLE) r |= UC_CASE_IGNORABLE;
    return r;
}

int uc_decimal_value(uint32_t cp) { return rec(cp)->decimal; }

static int mapping(uint32_t cp, int32_t v, int ext, uint32_t out[3])
{
    if (!ext) { out[0] = (uint32_t)((int32_t)cp + v); return 1; }
    int n = (int)uct_ext[v];
    for (int i = 0; i < n && i < 3; i++) out[i] = uct_ext[v + 1 + i];
    return n;
}

int uc_lower(uint32_t cp, uint32_t out[3])
{
    const uct_record *r = rec(cp);
    return mapping(cp, r->lower, r->flags & UCT_EXT_LOWER, out);
}

int uc_upper(uint32_t cp, uint32_t out[3])
{
    const uct_record *r = rec(cp);
    return mapping(cp, r->upper, r->flags & UCT_EXT_UPPER, out);
}

int uc_title(uint32_t cp, uint32_t out[3])
{
    const uct_record *r = rec(cp);
    return mapping(cp, r->title, r->flags & UCT_EXT_TITLE, out);
}

int uc_fold(uint32_t cp, uint32_t out[3])
{
    const uct_record *r = rec(cp);
    return mapping(cp, r->fold, r->flags & UCT_EXT_FOLD, out);
}
