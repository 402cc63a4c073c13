/* The regular-expression matcher (sre.h): the check of a code list's
 * structure done once by _sre.compile, the character classes and case
 * mappings of the three "locales" (ASCII, C locale, Unicode), and a
 * backtracking machine over the code. Alternatives still to try are choice
 * points on a heap stack; every change to the registers (group marks,
 * lastindex, the innermost repeat and sub-match) and to the repeat
 * contexts is logged on an undo trail while a choice point exists, so
 * backtracking to a point restores exactly the state it saw. Lookarounds,
 * atomic groups and possessive repeats run their body as a sub-match
 * delimited by a barrier choice point: the body's SUCCESS cuts the choice
 * points above the barrier; the body's failure pops the barrier itself. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "sre.h"
#include "../../objects/str_internal.h"
#include "../../vm/exc.h"
#include "../../vm/interrupt.h"

/* -- Case and character classes ------------------------------------------- */

uint32_t sre_lower_ascii(uint32_t ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }
static uint32_t upper_ascii(uint32_t ch) { return ch >= 'a' && ch <= 'z' ? ch - 32 : ch; }

/* The simple mappings are the first code point of the full ones, as
 * CPython's Py_UNICODE_TOLOWER gives. */
uint32_t sre_lower_unicode(uint32_t ch)
{
    if (ch < 128)
        return sre_lower_ascii(ch);
    uint32_t out[3];
    return uc_lower(ch, out) > 0 ? out[0] : ch;
}

uint32_t sre_upper_unicode(uint32_t ch)
{
    if (ch < 128)
        return upper_ascii(ch);
    uint32_t out[3];
    return uc_upper(ch, out) > 0 ? out[0] : ch;
}

bool sre_unicode_iscased(uint32_t ch)
{
    return ch != sre_lower_unicode(ch) || ch != sre_upper_unicode(ch);
}

bool sre_ascii_iscased(uint32_t ch)
{
    return ch < 128 && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

static uint32_t lower_locale(uint32_t ch) { return ch < 256 ? (uint32_t)tolower((int)ch) : ch; }
static uint32_t upper_locale(uint32_t ch) { return ch < 256 ? (uint32_t)toupper((int)ch) : ch; }

static bool is_ascii_digit(uint32_t ch) { return ch >= '0' && ch <= '9'; }
static bool is_ascii_space(uint32_t ch) { return ch == ' ' || (ch >= 9 && ch <= 13); }
static bool is_ascii_word(uint32_t ch)
{
    return ch < 128 && (is_ascii_digit(ch) || sre_ascii_iscased(ch) || ch == '_');
}
static bool is_loc_word(uint32_t ch) { return ch < 256 && (isalnum((int)ch) || ch == '_'); }
static bool is_uni_word(uint32_t ch)
{
    if (ch < 128)
        return is_ascii_word(ch);
    return (uc_flags(ch) & UC_ALNUM) != 0;
}
static bool is_uni_digit(uint32_t ch)
{
    return ch < 128 ? is_ascii_digit(ch) : (uc_flags(ch) & UC_DECIMAL) != 0;
}
static bool is_uni_linebreak(uint32_t ch)
{
    return (ch >= 10 && ch <= 13) || (ch >= 28 && ch <= 30) || ch == 0x85 || ch == 0x2028 ||
           ch == 0x2029;
}

static bool category(uint32_t cat, uint32_t ch)
{
    switch (cat) {
    case 0: return is_ascii_digit(ch);
    case 1: return !is_ascii_digit(ch);
    case 2: return is_ascii_space(ch);
    case 3: return !is_ascii_space(ch);
    case 4: return is_ascii_word(ch);
    case 5: return !is_ascii_word(ch);
    case 6: return ch == '\n';
    case 7: return ch != '\n';
    case 8: return is_loc_word(ch);
    case 9: return !is_loc_word(ch);
    case 10: return is_uni_digit(ch);
    case 11: return !is_uni_digit(ch);
    case 12: return uc_isspace(ch);
    case 13: return !uc_isspace(ch);
    case 14: return is_uni_word(ch);
    case 15: return !is_uni_word(ch);
    case 16: return is_uni_linebreak(ch);
    case 17: return !is_uni_linebreak(ch);
    }
    return false;
}

/* Whether ch is in the set at `set` (validated: ends with FAILURE). */
static bool in_set(const uint32_t *set, uint32_t ch)
{
    bool ok = true;
    for (;;) {
        switch (*set++) {
        case SRE_OP_FAILURE:
            return !ok;
        case SRE_OP_LITERAL:
            if (ch == set[0]) return ok;
            set++;
            break;
        case SRE_OP_CATEGORY:
            if (category(set[0], ch)) return ok;
            set++;
            break;
        case SRE_OP_CHARSET:
            if (ch < 256 && (set[ch >> 5] & (1u << (ch & 31)))) return ok;
            set += 8;
            break;
        case SRE_OP_RANGE:
            if (set[0] <= ch && ch <= set[1]) return ok;
            set += 2;
            break;
        case SRE_OP_RANGE_UNI_IGNORE: {
            if (set[0] <= ch && ch <= set[1]) return ok;
            uint32_t u = sre_upper_unicode(ch);
            if (set[0] <= u && u <= set[1]) return ok;
            set += 2;
            break;
        }
        case SRE_OP_NEGATE:
            ok = !ok;
            break;
        case SRE_OP_BIGCHARSET: {
            uint32_t count = *set++;
            if (ch < 65536) {
                unsigned block = ((const uint8_t *)set)[ch >> 8];
                if (set[64 + block * 8 + ((ch & 255) >> 5)] & (1u << (ch & 31)))
                    return ok;
            }
            set += 64 + (size_t)count * 8;
            break;
        }
        default:
            return false;
        }
    }
}

/* -- Validation ------------------------------------------------------------ */

#define V_MAX_DEPTH 4000

/* base + skip when it stays within [.., end]; false otherwise. */
static bool target(size_t base, uint32_t skip, size_t end, size_t *out)
{
    if ((size_t)skip > end || base > end - skip)
        return false;
    *out = base + skip;
    return true;
}

/* The set at p ends (after its FAILURE) at exactly `end`. */
static bool v_set(const uint32_t *c, size_t p, size_t end)
{
    while (p < end) {
        switch (c[p++]) {
        case SRE_OP_FAILURE:
            return p == end;
        case SRE_OP_LITERAL:
            p += 1;
            break;
        case SRE_OP_CATEGORY:
            if (p >= end || c[p] > 17) return false;
            p += 1;
            break;
        case SRE_OP_CHARSET:
            p += 8;
            break;
        case SRE_OP_RANGE: case SRE_OP_RANGE_UNI_IGNORE:
            p += 2;
            break;
        case SRE_OP_NEGATE:
            break;
        case SRE_OP_BIGCHARSET: {
            if (p >= end) return false;
            uint32_t count = c[p++];
            if (end - p < 64 || (end - p - 64) / 8 < count) return false;
            const uint8_t *idx = (const uint8_t *)(c + p);
            for (int i = 0; i < 256; i++)
                if (idx[i] >= count) return false;
            p += 64 + (size_t)count * 8;
            break;
        }
        default:
            return false;
        }
    }
    return false;
}

static bool is_literal_op(uint32_t op)
{
    switch (op) {
    case SRE_OP_LITERAL: case SRE_OP_NOT_LITERAL: case SRE_OP_LITERAL_IGNORE:
    case SRE_OP_NOT_LITERAL_IGNORE: case SRE_OP_LITERAL_LOC_IGNORE:
    case SRE_OP_NOT_LITERAL_LOC_IGNORE: case SRE_OP_LITERAL_UNI_IGNORE:
    case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        return true;
    }
    return false;
}

static bool is_in_op(uint32_t op)
{
    return op == SRE_OP_IN || op == SRE_OP_IN_IGNORE || op == SRE_OP_IN_LOC_IGNORE ||
           op == SRE_OP_IN_UNI_IGNORE;
}

/* A one-character item (the body of REPEAT_ONE and friends) spans exactly
 * [p, end). */
static bool v_item(const uint32_t *c, size_t p, size_t end)
{
    if (p >= end) return false;
    uint32_t op = c[p];
    size_t t;
    if (op == SRE_OP_ANY || op == SRE_OP_ANY_ALL)
        return p + 1 == end;
    if (is_literal_op(op))
        return p + 2 == end;
    if (op == SRE_OP_CATEGORY)
        return p + 2 == end && c[p + 1] <= 17;
    if (is_in_op(op))
        return p + 1 < end && target(p + 1, c[p + 1], end, &t) && t == end &&
               v_set(c, p + 2, t);
    return false;
}

static bool v_block(const uint32_t *c, size_t p, size_t end, size_t ngroups, int depth)
{
    if (depth > V_MAX_DEPTH)
        return false;
    while (p < end) {
        uint32_t op = c[p];
        size_t t, u;
        if (is_literal_op(op)) {
            p += 2;
            continue;
        }
        if (is_in_op(op)) {
            if (p + 1 >= end || !target(p + 1, c[p + 1], end, &t) || !v_set(c, p + 2, t))
                return false;
            p = t;
            continue;
        }
        switch (op) {
        case SRE_OP_FAILURE: case SRE_OP_SUCCESS: case SRE_OP_ANY: case SRE_OP_ANY_ALL:
            p += 1;
            break;
        case SRE_OP_AT:
            if (p + 1 >= end || c[p + 1] > 11) return false;
            p += 2;
            break;
        case SRE_OP_CATEGORY:
            if (p + 1 >= end || c[p + 1] > 17) return false;
            p += 2;
            break;
        case SRE_OP_MARK:
            if (p + 1 >= end || c[p + 1] >= 2 * ngroups) return false;
            p += 2;
            break;
        case SRE_OP_GROUPREF: case SRE_OP_GROUPREF_IGNORE: case SRE_OP_GROUPREF_LOC_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE:
            if (p + 1 >= end || c[p + 1] >= ngroups) return false;
            p += 2;
            break;
        case SRE_OP_INFO: {
            if (p + 4 >= end || !target(p + 1, c[p + 1], end, &t) || t < p + 5) return false;
            uint32_t flags = c[p + 2];
            if (flags & 1) {
                if (p + 6 >= t) return false;
                uint64_t plen = c[p + 5];
                if (plen * 2 > t - (p + 7)) return false;
            } else if (flags & 4) {
                if (!v_set(c, p + 5, t)) return false;
            }
            p = t;
            break;
        }
        case SRE_OP_BRANCH: {
            /* alternatives: skip, code, JUMP to the end; a 0 skip ends them */
            size_t a = p + 1, bend;
            for (;;) {
                if (a >= end) return false;
                if (c[a] == 0) break;
                if (!target(a, c[a], end, &t) || t <= a + 2) return false;
                a = t;
            }
            bend = a + 1;
            for (a = p + 1; c[a] != 0; a = t) {
                t = a + c[a];
                if (c[t - 2] != SRE_OP_JUMP || !target(t - 1, c[t - 1], end, &u) || u != bend ||
                    !v_block(c, a + 1, t - 2, ngroups, depth + 1))
                    return false;
            }
            p = bend;
            break;
        }
        case SRE_OP_REPEAT_ONE: case SRE_OP_MIN_REPEAT_ONE: case SRE_OP_POSSESSIVE_REPEAT_ONE:
            if (p + 3 >= end || !target(p + 1, c[p + 1], end, &t) || t < p + 6 ||
                c[p + 2] > c[p + 3] || c[t - 1] != SRE_OP_SUCCESS || !v_item(c, p + 4, t - 1))
                return false;
            p = t;
            break;
        case SRE_OP_REPEAT:
            if (p + 3 >= end || !target(p + 1, c[p + 1], end - 1, &t) || t < p + 4 ||
                c[p + 2] > c[p + 3] ||
                (c[t] != SRE_OP_MAX_UNTIL && c[t] != SRE_OP_MIN_UNTIL) ||
                !v_block(c, p + 4, t, ngroups, depth + 1))
                return false;
            p = t + 1;
            break;
        case SRE_OP_POSSESSIVE_REPEAT:   /* its skip leads to the body's SUCCESS */
            if (p + 3 >= end || !target(p + 1, c[p + 1], end - 1, &t) || t < p + 4 ||
                c[p + 2] > c[p + 3] || c[t] != SRE_OP_SUCCESS ||
                !v_block(c, p + 4, t, ngroups, depth + 1))
                return false;
            p = t + 1;
            break;
        case SRE_OP_ATOMIC_GROUP:
            if (p + 1 >= end || !target(p + 1, c[p + 1], end, &t) || t < p + 3 ||
                c[t - 1] != SRE_OP_SUCCESS || !v_block(c, p + 2, t - 1, ngroups, depth + 1))
                return false;
            p = t;
            break;
        case SRE_OP_ASSERT: case SRE_OP_ASSERT_NOT:
            if (p + 2 >= end || !target(p + 1, c[p + 1], end, &t) || t < p + 4 ||
                c[t - 1] != SRE_OP_SUCCESS || !v_block(c, p + 3, t - 1, ngroups, depth + 1))
                return false;
            p = t;
            break;
        case SRE_OP_GROUPREF_EXISTS: {
            /* the skip counts from the group number's word */
            if (p + 2 >= end || c[p + 1] >= ngroups || !target(p + 1, c[p + 2], end, &t) ||
                t < p + 3)
                return false;
            /* with an else part the yes part ends with a JUMP over it */
            if (t >= p + 5 && c[t - 2] == SRE_OP_JUMP && target(t - 1, c[t - 1], end, &u) &&
                u >= t && v_block(c, p + 3, t - 2, ngroups, depth + 1) &&
                v_block(c, t, u, ngroups, depth + 1)) {
                p = u;
                break;
            }
            if (!v_block(c, p + 3, t, ngroups, depth + 1))
                return false;
            p = t;
            break;
        }
        default:
            return false;
        }
    }
    return p == end;
}

int sre_validate(const uint32_t *code, size_t ncode, size_t ngroups)
{
    if (!v_block(code, 0, ncode, ngroups, 0)) {
        exc_raise(&exc_RuntimeError, "invalid SRE code");
        return -1;
    }
    return 0;
}

/* -- The machine ------------------------------------------------------------ */

enum {
    CP_BRANCH, CP_REPEAT_ONE, CP_MIN_REPEAT_ONE, CP_UNTIL_TAIL, CP_MIN_UNTIL,
    /* barriers: */
    CP_ASSERT, CP_ASSERT_NOT, CP_ATOMIC, CP_POSS_REQ, CP_POSS_OPT,
};

typedef struct choice {
    uint32_t kind, pc;
    int64_t pos, count, aux;
    size_t trail, arena;
} choice;

typedef struct trail_entry {
    int64_t slot;   /* >= 0: a register; < 0: arena word -slot-1 */
    int64_t old;
} trail_entry;

/* Repeat context words in the arena. */
enum { RC_COUNT, RC_LAST, RC_PC, RC_PREV, RC_SIZE };

#define REG_LASTINDEX(st) (2 * (st)->ngroups)
#define REG_REPEAT(st) (2 * (st)->ngroups + 1)
#define REG_BARRIER(st) (2 * (st)->ngroups + 2)

void sre_state_init(sre_state *st, const uint32_t *code, size_t ncode, size_t ngroups,
                    const sre_subject *s)
{
    memset(st, 0, sizeof *st);
    st->code = code;
    st->ncode = ncode;
    st->ngroups = ngroups;
    st->s = *s;
}

void sre_state_free(sre_state *st)
{
    free(st->regs);
    free(st->cps);
    free(st->trail);
    free(st->arena);
    st->regs = NULL;
    st->cps = st->trail = NULL;
    st->arena = NULL;
}

static bool grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return true;
    size_t n = *cap ? *cap : 64;
    while (n < need) {
        if (n > ((size_t)1 << 40) / elem)
            return false;
        n *= 2;
    }
    void *q = realloc(*p, n * elem);
    if (!q)
        return false;
    *p = q;
    *cap = n;
    return true;
}

static inline uint32_t ch_at(const sre_state *st, int64_t i)
{
    return st->s.w ? st->s.w[i] : st->s.b[i];
}

/* Sets a register or arena word, logging the old value for backtracking. */
static bool set_slot(sre_state *st, int64_t slot, int64_t v)
{
    int64_t *p = slot >= 0 ? &st->regs[slot] : &st->arena[-slot - 1];
    if (*p == v)
        return true;
    if (st->ncps) {
        if (!grow(&st->trail, &st->trailcap, st->ntrail + 1, sizeof(trail_entry)))
            return false;
        trail_entry *e = (trail_entry *)st->trail + st->ntrail++;
        e->slot = slot;
        e->old = *p;
    }
    *p = v;
    return true;
}

static inline bool set_arena(sre_state *st, int64_t word, int64_t v)
{
    return set_slot(st, -word - 1, v);
}

static choice *push_cp(sre_state *st, uint32_t kind, uint32_t pc, int64_t pos, int64_t count,
                       int64_t aux)
{
    if (!grow(&st->cps, &st->cpcap, st->ncps + 1, sizeof(choice)))
        return NULL;
    choice *c = (choice *)st->cps + st->ncps++;
    c->kind = kind;
    c->pc = pc;
    c->pos = pos;
    c->count = count;
    c->aux = aux;
    c->trail = st->ntrail;
    c->arena = st->narena;
    return c;
}

/* A barrier: the sub-match's body runs above it. */
static bool push_barrier(sre_state *st, uint32_t kind, uint32_t pc, int64_t pos, int64_t count)
{
    int64_t outer = st->regs[REG_BARRIER(st)];
    if (!push_cp(st, kind, pc, pos, count, outer))
        return false;
    return set_slot(st, REG_BARRIER(st), (int64_t)st->ncps - 1);
}

static void undo_to(sre_state *st, size_t height)
{
    trail_entry *t = st->trail;
    while (st->ntrail > height) {
        trail_entry *e = &t[--st->ntrail];
        if (e->slot >= 0)
            st->regs[e->slot] = e->old;
        else
            st->arena[-e->slot - 1] = e->old;
    }
}

/* Whether the one-character item at pc matches ch. */
static bool one_char(const uint32_t *c, uint32_t ch)
{
    switch (c[0]) {
    case SRE_OP_ANY: return ch != '\n';
    case SRE_OP_ANY_ALL: return true;
    case SRE_OP_LITERAL: return ch == c[1];
    case SRE_OP_NOT_LITERAL: return ch != c[1];
    case SRE_OP_LITERAL_IGNORE: return sre_lower_ascii(ch) == c[1];
    case SRE_OP_NOT_LITERAL_IGNORE: return sre_lower_ascii(ch) != c[1];
    case SRE_OP_LITERAL_UNI_IGNORE: return sre_lower_unicode(ch) == c[1];
    case SRE_OP_NOT_LITERAL_UNI_IGNORE: return sre_lower_unicode(ch) != c[1];
    case SRE_OP_LITERAL_LOC_IGNORE:
        return ch == c[1] || lower_locale(ch) == c[1] || upper_locale(ch) == c[1];
    case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        return !(ch == c[1] || lower_locale(ch) == c[1] || upper_locale(ch) == c[1]);
    case SRE_OP_CATEGORY: return category(c[1], ch);
    case SRE_OP_IN: return in_set(c + 2, ch);
    case SRE_OP_IN_IGNORE: return in_set(c + 2, sre_lower_ascii(ch));
    case SRE_OP_IN_UNI_IGNORE: return in_set(c + 2, sre_lower_unicode(ch));
    case SRE_OP_IN_LOC_IGNORE:
        return in_set(c + 2, ch) || in_set(c + 2, lower_locale(ch)) ||
               in_set(c + 2, upper_locale(ch));
    }
    return false;
}

/* How many characters from pos (at most maxcount) the item matches. */
static int64_t count_items(const sre_state *st, const uint32_t *item, int64_t pos,
                           uint32_t maxcount)
{
    int64_t lim = st->s.endpos, p = pos;
    if (p >= lim)
        return 0;
    if (maxcount != SRE_MAXREPEAT && (int64_t)maxcount < lim - p)
        lim = p + maxcount;
    switch (item[0]) {
    case SRE_OP_ANY_ALL:
        return lim - p;
    case SRE_OP_ANY:
        while (p < lim && ch_at(st, p) != '\n') p++;
        break;
    case SRE_OP_LITERAL:
        if (!st->s.w) {
            uint32_t c = item[1];
            while (p < lim && st->s.b[p] == c) p++;
        } else {
            while (p < lim && st->s.w[p] == item[1]) p++;
        }
        break;
    case SRE_OP_NOT_LITERAL:
        while (p < lim && ch_at(st, p) != item[1]) p++;
        break;
    default:
        while (p < lim && one_char(item, ch_at(st, p))) p++;
        break;
    }
    return p - pos;
}

static bool at(const sre_state *st, uint32_t code, int64_t pos)
{
    int64_t end = st->s.endpos, len = st->s.len;
    bool this, that;
    switch (code) {
    case 0: case 2:
        return pos == 0;
    case 1:
        return pos == 0 || ch_at(st, pos - 1) == '\n';
    case 5:
        return pos == end || (pos + 1 == end && ch_at(st, pos) == '\n');
    case 6:
        return pos == end || (pos < len && ch_at(st, pos) == '\n');
    case 7:
        return pos == end;
    case 3: case 4: case 8: case 9: case 10: case 11: {
        if (end == 0)
            return false;
        bool (*word)(uint32_t) = code < 8 ? is_ascii_word : code < 10 ? is_loc_word : is_uni_word;
        that = pos > 0 && word(ch_at(st, pos - 1));
        this = pos < end && word(ch_at(st, pos));
        return (code == 3 || code == 8 || code == 10) ? this != that : this == that;
    }
    }
    return false;
}

static bool group_set(const sre_state *st, size_t g, int64_t *s, int64_t *e)
{
    *s = st->regs[2 * g];
    *e = st->regs[2 * g + 1];
    return *s >= 0 && *e >= 0 && *s <= *e;
}

static int fail_memory(void)
{
    exc_no_memory();
    return -1;
}

/* One attempt at `start`. 1: match, 0: none, -1: error. */
static int run(sre_state *st, int64_t start, bool must_advance)
{
    const uint32_t *c = st->code;
    const int64_t end = st->s.endpos;
    size_t nregs = 2 * st->ngroups + 3;
    if (!st->regs) {
        st->regs = malloc(nregs * sizeof(int64_t));
        if (!st->regs)
            return fail_memory();
        st->nregs = nregs;
    }
    for (size_t i = 0; i < nregs; i++)
        st->regs[i] = -1;
    st->ncps = st->ntrail = st->narena = 0;

    const int64_t R_LASTINDEX = REG_LASTINDEX(st), R_REPEAT = REG_REPEAT(st),
                  R_BARRIER = REG_BARRIER(st);
    int64_t pos = start;
    uint32_t pc = 0;
    /* shared with the resumption of choice points (the fail: section) */
    uint32_t a, min, tail;
    int64_t n, base;
    if (c[0] == SRE_OP_INFO) {
        uint32_t min = c[3];
        if (min && (uint64_t)(end - pos) < min)
            return 0;
        pc = 1 + c[1];
    }

    for (;;) {
        uint32_t op = c[pc];
        switch (op) {
        case SRE_OP_FAILURE:
            goto fail;

        case SRE_OP_SUCCESS: {
            int64_t b = st->regs[R_BARRIER];
            if (b < 0) {
                if ((st->match_all && pos != end) || (must_advance && pos == start))
                    goto fail;
                st->start = start;
                st->end = pos;
                return 1;
            }
            choice cp = ((choice *)st->cps)[b];
            st->ncps = (size_t)b;
            if (!set_slot(st, R_BARRIER, cp.aux))
                return fail_memory();
            uint32_t tail = cp.pc + 1 + c[cp.pc + 1];
            if (cp.kind == CP_POSS_REQ || cp.kind == CP_POSS_OPT)
                tail++;
            switch (cp.kind) {
            case CP_ASSERT:
                pos = cp.pos;
                pc = tail;
                break;
            case CP_ASSERT_NOT:
                goto fail;
            case CP_ATOMIC:
                pc = tail;
                break;
            default: {   /* a possessive repeat's iteration */
                int64_t count = cp.count + 1;
                uint32_t min = c[cp.pc + 2], max = c[cp.pc + 3];
                if (count < (int64_t)min) {
                    if (!push_barrier(st, CP_POSS_REQ, cp.pc, pos, count))
                        return fail_memory();
                    pc = cp.pc + 4;
                } else if ((count < (int64_t)max || max == SRE_MAXREPEAT) &&
                           (cp.kind == CP_POSS_REQ || pos != cp.pos)) {
                    if (!push_barrier(st, CP_POSS_OPT, cp.pc, pos, count))
                        return fail_memory();
                    pc = cp.pc + 4;
                } else {
                    pc = tail;
                }
            }
            }
            break;
        }

        case SRE_OP_ANY:
            if (pos >= end || ch_at(st, pos) == '\n') goto fail;
            pos++;
            pc++;
            break;
        case SRE_OP_ANY_ALL:
            if (pos >= end) goto fail;
            pos++;
            pc++;
            break;
        case SRE_OP_AT:
            if (!at(st, c[pc + 1], pos)) goto fail;
            pc += 2;
            break;
        case SRE_OP_LITERAL:
            if (pos >= end || ch_at(st, pos) != c[pc + 1]) goto fail;
            pos++;
            pc += 2;
            break;
        case SRE_OP_NOT_LITERAL: case SRE_OP_LITERAL_IGNORE: case SRE_OP_NOT_LITERAL_IGNORE:
        case SRE_OP_LITERAL_LOC_IGNORE: case SRE_OP_NOT_LITERAL_LOC_IGNORE:
        case SRE_OP_LITERAL_UNI_IGNORE: case SRE_OP_NOT_LITERAL_UNI_IGNORE:
        case SRE_OP_CATEGORY:
            if (pos >= end || !one_char(c + pc, ch_at(st, pos))) goto fail;
            pos++;
            pc += 2;
            break;
        case SRE_OP_IN: case SRE_OP_IN_IGNORE: case SRE_OP_IN_LOC_IGNORE:
        case SRE_OP_IN_UNI_IGNORE:
            if (pos >= end || !one_char(c + pc, ch_at(st, pos))) goto fail;
            pos++;
            pc = pc + 1 + c[pc + 1];
            break;
        case SRE_OP_INFO:
        case SRE_OP_JUMP:
            pc = pc + 1 + c[pc + 1];
            break;
        case SRE_OP_MARK: {
            uint32_t i = c[pc + 1];
            if ((i & 1) && !set_slot(st, R_LASTINDEX, i / 2 + 1))
                return fail_memory();
            if (!set_slot(st, i, pos))
                return fail_memory();
            pc += 2;
            break;
        }

        case SRE_OP_BRANCH:
            a = pc + 1;
        branch:
            for (;;) {
                uint32_t skip = c[a];
                if (!skip) goto fail;
                uint32_t next = a + skip;
                /* an alternative starting with a literal that cannot match is skipped */
                if (c[a + 1] == SRE_OP_LITERAL && (pos >= end || ch_at(st, pos) != c[a + 2])) {
                    a = next;
                    continue;
                }
                if (c[next] && !push_cp(st, CP_BRANCH, next, pos, 0, 0))
                    return fail_memory();
                pc = a + 1;
                break;
            }
            break;

        case SRE_OP_REPEAT_ONE:
            min = c[pc + 2];
            if ((int64_t)min > end - pos) goto fail;
            n = count_items(st, c + pc + 4, pos, c[pc + 3]);
            if (n < (int64_t)min) goto fail;
            tail = pc + 1 + c[pc + 1];
            base = pos;
        repeat_one:
            if (c[tail] == SRE_OP_LITERAL) {
                uint32_t lit = c[tail + 1];
                while (n >= (int64_t)min && (base + n >= end || ch_at(st, base + n) != lit))
                    n--;
                if (n < (int64_t)min) goto fail;
            }
            if (n > (int64_t)min && !push_cp(st, CP_REPEAT_ONE, pc, base, n, 0))
                return fail_memory();
            pos = base + n;
            pc = tail;
            break;

        case SRE_OP_MIN_REPEAT_ONE: {
            uint32_t max = c[pc + 3];
            min = c[pc + 2];
            if ((int64_t)min > end - pos) goto fail;
            n = 0;
            if (min) {
                n = count_items(st, c + pc + 4, pos, min);
                if (n < (int64_t)min) goto fail;
            }
            if ((n < (int64_t)max || max == SRE_MAXREPEAT) &&
                !push_cp(st, CP_MIN_REPEAT_ONE, pc, pos, n, 0))
                return fail_memory();
            pos += n;
            pc = pc + 1 + c[pc + 1];
            break;
        }

        case SRE_OP_POSSESSIVE_REPEAT_ONE: {
            min = c[pc + 2];
            if ((int64_t)min > end - pos) goto fail;
            n = count_items(st, c + pc + 4, pos, c[pc + 3]);
            if (n < (int64_t)min) goto fail;
            pos += n;
            pc = pc + 1 + c[pc + 1];
            break;
        }

        case SRE_OP_REPEAT: {
            if (!grow((void **)&st->arena, &st->arenacap, st->narena + RC_SIZE, sizeof(int64_t)))
                return fail_memory();
            int64_t ctx = (int64_t)st->narena;
            st->narena += RC_SIZE;
            st->arena[ctx + RC_COUNT] = -1;
            st->arena[ctx + RC_LAST] = -1;
            st->arena[ctx + RC_PC] = pc;
            st->arena[ctx + RC_PREV] = st->regs[R_REPEAT];
            if (!set_slot(st, R_REPEAT, ctx))
                return fail_memory();
            pc = pc + 1 + c[pc + 1];
            break;
        }

        case SRE_OP_MAX_UNTIL: case SRE_OP_MIN_UNTIL: {
            int64_t ctx = st->regs[R_REPEAT];
            if (ctx < 0) {
                exc_raise(&exc_RuntimeError, "internal error in regular expression engine");
                return -1;
            }
            uint32_t rpc = (uint32_t)st->arena[ctx + RC_PC];
            uint32_t min = c[rpc + 2], max = c[rpc + 3];
            int64_t count = st->arena[ctx + RC_COUNT] + 1;
            if (count < (int64_t)min) {
                if (!set_arena(st, ctx + RC_COUNT, count))
                    return fail_memory();
                pc = rpc + 4;
                break;
            }
            if (op == SRE_OP_MAX_UNTIL) {
                if ((count < (int64_t)max || max == SRE_MAXREPEAT) &&
                    pos != st->arena[ctx + RC_LAST]) {
                    if (!push_cp(st, CP_UNTIL_TAIL, pc + 1, pos, 0, ctx) ||
                        !set_arena(st, ctx + RC_COUNT, count) ||
                        !set_arena(st, ctx + RC_LAST, pos))
                        return fail_memory();
                    pc = rpc + 4;
                    break;
                }
            } else {
                if (!push_cp(st, CP_MIN_UNTIL, pc, pos, count, ctx))
                    return fail_memory();
            }
            if (!set_slot(st, R_REPEAT, st->arena[ctx + RC_PREV]))
                return fail_memory();
            pc++;
            break;
        }

        case SRE_OP_POSSESSIVE_REPEAT: {
            uint32_t min = c[pc + 2], max = c[pc + 3];
            if (min > 0 || max > 0) {
                if (!push_barrier(st, min > 0 ? CP_POSS_REQ : CP_POSS_OPT, pc, pos, 0))
                    return fail_memory();
                pc += 4;
            } else {
                pc = pc + 2 + c[pc + 1];
            }
            break;
        }

        case SRE_OP_ATOMIC_GROUP:
            if (!push_barrier(st, CP_ATOMIC, pc, pos, 0))
                return fail_memory();
            pc += 2;
            break;

        case SRE_OP_ASSERT:
            if (pos < (int64_t)c[pc + 2]) goto fail;
            if (!push_barrier(st, CP_ASSERT, pc, pos, 0))
                return fail_memory();
            pos -= c[pc + 2];
            pc += 3;
            break;

        case SRE_OP_ASSERT_NOT:
            if (pos < (int64_t)c[pc + 2]) {
                pc = pc + 1 + c[pc + 1];
                break;
            }
            if (!push_barrier(st, CP_ASSERT_NOT, pc, pos, 0))
                return fail_memory();
            pos -= c[pc + 2];
            pc += 3;
            break;

        case SRE_OP_GROUPREF: case SRE_OP_GROUPREF_IGNORE: case SRE_OP_GROUPREF_LOC_IGNORE:
        case SRE_OP_GROUPREF_UNI_IGNORE: {
            int64_t gs, ge;
            if (!group_set(st, c[pc + 1], &gs, &ge)) goto fail;
            int64_t len = ge - gs;
            if (len > end - pos) goto fail;
            for (int64_t i = 0; i < len; i++) {
                uint32_t x = ch_at(st, gs + i), y = ch_at(st, pos + i);
                if (op == SRE_OP_GROUPREF_IGNORE) {
                    x = sre_lower_ascii(x);
                    y = sre_lower_ascii(y);
                } else if (op == SRE_OP_GROUPREF_UNI_IGNORE) {
                    x = sre_lower_unicode(x);
                    y = sre_lower_unicode(y);
                } else if (op == SRE_OP_GROUPREF_LOC_IGNORE) {
                    x = lower_locale(x);
                    y = lower_locale(y);
                }
                if (x != y) goto fail;
            }
            pos += len;
            pc += 2;
            break;
        }

        case SRE_OP_GROUPREF_EXISTS: {
            int64_t gs, ge;
            if (group_set(st, c[pc + 1], &gs, &ge))
                pc += 3;
            else
                pc = pc + 1 + c[pc + 2];
            break;
        }

        default:
            exc_raise(&exc_RuntimeError, "internal error in regular expression engine");
            return -1;
        }
        continue;

    fail:
        /* a long backtracking search stays interruptible (Ctrl-C, signals) */
        if ((++st->steps & 0xFFFF) == 0 && interrupt_pending && interrupt_check() < 0)
            return -1;
        for (;;) {
            if (!st->ncps)
                return 0;
            choice *cp = (choice *)st->cps + --st->ncps;
            undo_to(st, cp->trail);
            st->narena = cp->arena;
            switch (cp->kind) {
            case CP_BRANCH:
                pos = cp->pos;
                a = cp->pc;
                goto branch;
            case CP_REPEAT_ONE:
                pc = cp->pc;
                min = c[pc + 2];
                n = cp->count - 1;
                base = cp->pos;
                tail = pc + 1 + c[pc + 1];
                if (n < (int64_t)min) continue;
                goto repeat_one;
            case CP_MIN_REPEAT_ONE: {
                uint32_t rpc = cp->pc, max = c[rpc + 3];
                int64_t cnt = cp->count, b0 = cp->pos;
                if (count_items(st, c + rpc + 4, b0 + cnt, 1) != 1)
                    continue;
                cnt++;
                if ((cnt < (int64_t)max || max == SRE_MAXREPEAT) &&
                    !push_cp(st, CP_MIN_REPEAT_ONE, rpc, b0, cnt, 0))
                    return fail_memory();
                pos = b0 + cnt;
                pc = rpc + 1 + c[rpc + 1];
                break;
            }
            case CP_UNTIL_TAIL:
                pos = cp->pos;
                pc = cp->pc;
                if (!set_slot(st, R_REPEAT, st->arena[cp->aux + RC_PREV]))
                    return fail_memory();
                break;
            case CP_MIN_UNTIL: {
                int64_t ctx = cp->aux, count = cp->count;
                uint32_t rpc = (uint32_t)st->arena[ctx + RC_PC], max = c[rpc + 3];
                pos = cp->pos;
                if ((count >= (int64_t)max && max != SRE_MAXREPEAT) ||
                    pos == st->arena[ctx + RC_LAST])
                    continue;
                if (!set_arena(st, ctx + RC_COUNT, count) || !set_arena(st, ctx + RC_LAST, pos))
                    return fail_memory();
                pc = rpc + 4;
                break;
            }
            case CP_ASSERT_NOT: case CP_POSS_OPT:
                pos = cp->pos;
                pc = cp->pc + 1 + c[cp->pc + 1] + (cp->kind == CP_POSS_OPT);
                break;
            default:   /* ASSERT, ATOMIC, POSS_REQ: the body failed */
                continue;
            }
            break;
        }
    }
}

int sre_match(sre_state *st)
{
    return run(st, st->s.pos, st->must_advance);
}

int sre_search(sre_state *st)
{
    const uint32_t *c = st->code;
    int64_t pos = st->s.pos, end = st->s.endpos;
    if (pos > end)
        return 0;
    uint32_t flags = 0;
    const uint32_t *charset = NULL;
    uint32_t first = 0;
    if (c[0] == SRE_OP_INFO) {
        flags = c[2];
        uint32_t min = c[3];
        if (min && (uint64_t)(end - pos) < min)
            return 0;
        if ((flags & 1) && c[5] > 0)
            first = c[7];
        else if (flags & 4)
            charset = c + 5;
        else
            flags = 0;
    }
    bool must_advance = st->must_advance;
    for (; pos <= end; pos++, must_advance = false) {
        if (flags) {
            if (pos >= end)
                return 0;
            uint32_t ch = ch_at(st, pos);
            if (charset ? !in_set(charset, ch) : ch != first)
                continue;
        }
        if ((++st->steps & 0xFFFF) == 0 && interrupt_pending && interrupt_check() < 0)
            return -1;
        int r = run(st, pos, must_advance);
        if (r)
            return r;
    }
    return 0;
}

void sre_group_span(const sre_state *st, size_t g, int64_t *start, int64_t *end)
{
    if (!group_set(st, g, start, end))
        *start = *end = -1;
}

int64_t sre_lastindex(const sre_state *st)
{
    return st->regs[REG_LASTINDEX(st)];
}
