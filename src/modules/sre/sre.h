/* The regular-expression engine under CPython's pure-Python `re` package
 * (src/modules/sre/): sremodule.c holds the `_sre` module and its Pattern,
 * Match and SRE_Scanner types; sre_match.c holds the code validator and the
 * backtracking matcher, which runs the code lists re._compiler emits
 * (opcodes as in re/_constants.py, MAGIC 20220615) over a subject of code
 * points. The matcher keeps its choice points, its undo trail and its
 * repeat contexts in heap arrays, so no input depth reaches the C stack. */
#ifndef TAIPAN_SRE_H
#define TAIPAN_SRE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../../objects/object.h"

#define SRE_MAGIC 20220615
#define SRE_MAXREPEAT 0xFFFFFFFFu
#define SRE_MAXGROUPS 0x3FFFFFFF

/* Opcodes, in the order of re._constants.OPCODES. */
enum {
    SRE_OP_FAILURE, SRE_OP_SUCCESS, SRE_OP_ANY, SRE_OP_ANY_ALL, SRE_OP_ASSERT,
    SRE_OP_ASSERT_NOT, SRE_OP_AT, SRE_OP_BRANCH, SRE_OP_CATEGORY, SRE_OP_CHARSET,
    SRE_OP_BIGCHARSET, SRE_OP_GROUPREF, SRE_OP_GROUPREF_EXISTS, SRE_OP_IN, SRE_OP_INFO,
    SRE_OP_JUMP, SRE_OP_LITERAL, SRE_OP_MARK, SRE_OP_MAX_UNTIL, SRE_OP_MIN_UNTIL,
    SRE_OP_NOT_LITERAL, SRE_OP_NEGATE, SRE_OP_RANGE, SRE_OP_REPEAT, SRE_OP_REPEAT_ONE,
    SRE_OP_SUBPATTERN, SRE_OP_MIN_REPEAT_ONE, SRE_OP_ATOMIC_GROUP, SRE_OP_POSSESSIVE_REPEAT,
    SRE_OP_POSSESSIVE_REPEAT_ONE, SRE_OP_GROUPREF_IGNORE, SRE_OP_IN_IGNORE,
    SRE_OP_LITERAL_IGNORE, SRE_OP_NOT_LITERAL_IGNORE, SRE_OP_GROUPREF_LOC_IGNORE,
    SRE_OP_IN_LOC_IGNORE, SRE_OP_LITERAL_LOC_IGNORE, SRE_OP_NOT_LITERAL_LOC_IGNORE,
    SRE_OP_GROUPREF_UNI_IGNORE, SRE_OP_IN_UNI_IGNORE, SRE_OP_LITERAL_UNI_IGNORE,
    SRE_OP_NOT_LITERAL_UNI_IGNORE, SRE_OP_RANGE_UNI_IGNORE, SRE_OP_COUNT
};

/* The subject of one match: its code points, one byte each (bytes-like
 * subjects and ASCII strs) or four (other strs), and the window
 * [pos, endpos) the call asked for. */
typedef struct sre_subject {
    const uint8_t *b;
    const uint32_t *w;
    int64_t len;       /* code points in the whole subject */
    int64_t pos, endpos;
} sre_subject;

/* One matcher's working memory, reusable across attempts (a search, the
 * rounds of findall/sub). Freed by sre_state_free. */
typedef struct sre_state {
    const uint32_t *code;
    size_t ncode;
    size_t ngroups;
    sre_subject s;
    bool match_all;      /* fullmatch: the match must end at endpos */
    bool must_advance;   /* no empty match at the attempt's start */
    int64_t *regs;       /* the marks (2 per group), then lastindex and two more */
    size_t nregs;
    void *cps; size_t ncps, cpcap;        /* choice points */
    void *trail; size_t ntrail, trailcap; /* undo entries */
    int64_t *arena; size_t narena, arenacap;  /* repeat contexts */
    int64_t start, end;  /* the match found: its span */
    uint64_t steps;      /* backtracks and search positions, to poll for signals */
} sre_state;

void sre_state_init(sre_state *st, const uint32_t *code, size_t ncode, size_t ngroups,
                    const sre_subject *s);
void sre_state_free(sre_state *st);
/* One attempt at st->s.pos (search: from each position up to endpos).
 * 1: matched (st->start, st->end, st->regs hold the result), 0: no match,
 * -1: error (MemoryError or RuntimeError set). */
TP_MUST_CHECK int sre_match(sre_state *st);
TP_MUST_CHECK int sre_search(sre_state *st);
/* The group's span from the last match, or -1, -1. */
void sre_group_span(const sre_state *st, size_t g, int64_t *start, int64_t *end);
int64_t sre_lastindex(const sre_state *st);   /* -1: none */

/* Checks a code list's structure (_sre.compile): 0, or -1 with
 * RuntimeError("invalid SRE code"). */
TP_MUST_CHECK int sre_validate(const uint32_t *code, size_t ncode, size_t ngroups);

/* Case helpers shared with the module's ascii/unicode_tolower. */
uint32_t sre_lower_ascii(uint32_t ch);
uint32_t sre_lower_unicode(uint32_t ch);
uint32_t sre_upper_unicode(uint32_t ch);
bool sre_unicode_iscased(uint32_t ch);
bool sre_ascii_iscased(uint32_t ch);

#endif
