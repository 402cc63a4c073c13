/* Source decoding for the tokenizer: from the bytes of a file or of a
 * compile() argument to the UTF-8 text the scanner reads (see tok_source in
 * tok_internal.h). It does what CPython 3.11 does before and while reading
 * lines: strip a UTF-8 BOM, look for a PEP 263 cookie on line 1 or 2, decode
 * with the named codec, translate CR LF and CR to LF, end the text with a
 * newline, and find the errors CPython reports on the way (NUL bytes,
 * non-UTF-8 bytes in an undeclared file, unknown encodings, undecodable
 * bytes). The two input modes differ as they do in CPython:
 *  - file mode (`python3.11 file.py`) reads line by line, so most errors
 *    appear only when the scanner reaches their line (err_fire_line), and
 *    undeclared files must be valid UTF-8;
 *  - string mode (compile()/ast.parse of bytes) decodes everything at once,
 *    reports codec errors before the first token, and does not check UTF-8
 *    (bad bytes surface later, in identifiers and string literals).
 * Also here: Python's UTF-8 validity rules and error texts, shared with the
 * scanner. */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "tokenizer.h"
#include "tok_internal.h"

/* CPython's io.TextIOWrapper reads 8192 bytes at a time; where a decoding
 * error falls relative to these chunks decides how a file-mode error reads. */
#define TEXTIO_CHUNK 8192

/* -- Python's UTF-8 rules -------------------------------------------------- */

size_t tok_utf8_seq(const unsigned char *s, size_t n, uint32_t *cp, int *why)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        *why = TOK_UTF8_OK;
        return 1;
    }
    size_t need;
    unsigned lo = 0x80, hi = 0xBF;   /* allowed range of the second byte */
    uint32_t v;
    if (c < 0xC2) {
        *why = TOK_UTF8_BAD_START;
        return 1;
    } else if (c < 0xE0) {
        need = 1; v = c & 0x1F;
    } else if (c < 0xF0) {
        need = 2; v = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;          /* overlong */
        else if (c == 0xED) hi = 0x9F;     /* surrogates */
    } else if (c < 0xF5) {
        need = 3; v = c & 0x07;
        if (c == 0xF0) lo = 0x90;          /* overlong */
        else if (c == 0xF4) hi = 0x8F;     /* beyond U+10FFFF */
    } else {
        *why = TOK_UTF8_BAD_START;
        return 1;
    }
    for (size_t i = 1; i <= need; i++) {
        if (i >= n) {
            *why = TOK_UTF8_TRUNCATED;
            return i;
        }
        unsigned b = s[i];
        if (b < lo || b > hi) {
            *why = TOK_UTF8_BAD_CONT;
            return i;
        }
        lo = 0x80; hi = 0xBF;
        v = (v << 6) | (b & 0x3F);
    }
    *cp = v;
    *why = TOK_UTF8_OK;
    return need + 1;
}

size_t tok_utf8_count(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    size_t count = 0;
    while (p < e) {
        if (*p < 0x80) {
            p++;
        } else {
            uint32_t cp;
            int why;
            p += tok_utf8_seq(p, (size_t)(e - p), &cp, &why);
        }
        count++;
    }
    return count;
}

char *tok_utf8_replace(const char *s, size_t n)
{
    /* Each invalid byte turns into at most 3 bytes. */
    if (n > (SIZE_MAX - 1) / 3)
        return NULL;
    char *out = malloc(3 * n + 1);
    if (!out)
        return NULL;
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    char *o = out;
    while (p < e) {
        uint32_t cp;
        int why;
        size_t k = *p < 0x80 ? 1 : tok_utf8_seq(p, (size_t)(e - p), &cp, &why);
        if (*p < 0x80 || why == TOK_UTF8_OK) {
            memcpy(o, p, k);
            o += k;
        } else {
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
        }
        p += k;
    }
    *o = '\0';
    return out;
}

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return NULL;
    char *s = malloc((size_t)n + 1);
    if (s)
        vsnprintf(s, (size_t)n + 1, fmt, ap);
    return s;
}

static char *format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = vformat(fmt, ap);
    va_end(ap);
    return s;
}

/* The text of a UnicodeDecodeError: bytes [start, end) of the input (already
 * offset by the caller) could not be decoded for `reason`. */
static char *decode_error_text(const char *codec, const unsigned char *bad, size_t start,
                               size_t end, const char *reason)
{
    if (end - start == 1)
        return format("'%s' codec can't decode byte 0x%02x in position %zu: %s", codec, bad[0],
                      start, reason);
    return format("'%s' codec can't decode bytes in position %zu-%zu: %s", codec, start,
                  end - 1, reason);
}

char *tok_utf8_error(const char *s, size_t n, size_t base, int *oom)
{
    const unsigned char *p = (const unsigned char *)s, *e = p + n;
    *oom = 0;
    while (p < e) {
        if (*p < 0x80) {
            p++;
            continue;
        }
        uint32_t cp;
        int why;
        size_t k = tok_utf8_seq(p, (size_t)(e - p), &cp, &why);
        if (why != TOK_UTF8_OK) {
            size_t pos = base + (size_t)(p - (const unsigned char *)s);
            const char *reason = why == TOK_UTF8_BAD_START ? "invalid start byte"
                               : why == TOK_UTF8_BAD_CONT ? "invalid continuation byte"
                               : "unexpected end of data";
            char *m = decode_error_text("utf-8", p, pos, pos + k, reason);
            if (!m)
                *oom = 1;
            return m;
        }
        p += k;
    }
    return NULL;
}

/* -- Growing output buffer ------------------------------------------------- */

typedef struct {
    char *p;
    size_t len, cap;
    bool oom;
} outbuf;

static bool out_reserve(outbuf *b, size_t more)
{
    if (b->oom)
        return false;
    if (more > SIZE_MAX / 2 - b->len) {
        b->oom = true;
        return false;
    }
    if (b->len + more + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + more + 1)
        cap *= 2;
    char *np = realloc(b->p, cap);
    if (!np) {
        b->oom = true;
        return false;
    }
    b->p = np;
    b->cap = cap;
    return true;
}

static void out_bytes(outbuf *b, const char *s, size_t n)
{
    if (!out_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

/* Appends s[0..n) with CR LF and lone CR turned into LF (universal
 * newlines, as both of CPython's readers do). *pending_cr carries a CR that
 * ended the previous piece, so a CR LF split between pieces is one newline. */
static void out_newlines(outbuf *b, const char *s, size_t n, bool *pending_cr)
{
    if (!out_reserve(b, n))
        return;
    char *o = b->p + b->len;
    size_t i = 0;
    if (*pending_cr && n > 0 && s[0] == '\n')
        i = 1;
    *pending_cr = false;
    /* Most sources have no CR at all: copy up to the first one in bulk. */
    const char *cr = memchr(s + i, '\r', n - i);
    size_t plain = cr ? (size_t)(cr - s) : n;
    memcpy(o, s + i, plain - i);
    o += plain - i;
    i = plain;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '\r') {
            *o++ = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
            else if (i + 1 == n)
                *pending_cr = true;
        } else {
            *o++ = c;
        }
    }
    b->len = (size_t)(o - b->p);
    b->p[b->len] = '\0';
}

/* Decodes s[0..n) with a single-byte codec into b (UTF-8). On the first
 * undecodable byte stores its index in *bad (if still SIZE_MAX) and writes
 * U+FFFD in its place. */
static void out_decode(outbuf *b, const tok_codec *codec, const unsigned char *s, size_t n,
                       size_t *bad)
{
    if (!out_reserve(b, n > SIZE_MAX / 4 ? SIZE_MAX : 3 * n))
        return;
    char *o = b->p + b->len;
    for (size_t i = 0; i < n; i++) {
        unsigned c = s[i];
        uint32_t cp;
        if (c < 0x80 || codec->kind == TOK_CODEC_LATIN1) {
            cp = c;
        } else if (codec->kind == TOK_CODEC_ASCII || codec->hi[c - 0x80] == 0xFFFE) {
            if (*bad == SIZE_MAX)
                *bad = i;
            cp = 0xFFFD;
        } else {
            cp = codec->hi[c - 0x80];
        }
        if (cp < 0x80) {
            *o++ = (char)cp;
        } else if (cp < 0x800) {
            *o++ = (char)(0xC0 | (cp >> 6));
            *o++ = (char)(0x80 | (cp & 0x3F));
        } else {
            *o++ = (char)(0xE0 | (cp >> 12));
            *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
            *o++ = (char)(0x80 | (cp & 0x3F));
        }
    }
    b->len = (size_t)(o - b->p);
    b->p[b->len] = '\0';
}

/* -- Encoding names -------------------------------------------------------- */

/* CPython's first normalisation of a cookie's name: utf-8 and latin-1
 * spellings become "utf-8" and "iso-8859-1", anything else stays as it is. */
static const char *normal_name(const char *s)
{
    char buf[13];
    int i;
    for (i = 0; i < 12 && s[i]; i++) {
        char c = s[i];
        buf[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[i] = '\0';
    if (!strcmp(buf, "utf-8") || !strncmp(buf, "utf-8-", 6))
        return "utf-8";
    if (!strcmp(buf, "latin-1") || !strcmp(buf, "iso-8859-1") || !strcmp(buf, "iso-latin-1")
        || !strncmp(buf, "latin-1-", 8) || !strncmp(buf, "iso-8859-1-", 11)
        || !strncmp(buf, "iso-latin-1-", 12))
        return "iso-8859-1";
    return s;
}

static int alias_cmp(const void *key, const void *elem)
{
    return strcmp(key, ((const tok_codec_alias *)elem)->alias);
}

/* The codec Python's registry finds for `name`, or NULL. Python lower-cases
 * the name, joins its words with '_' (dropping other punctuation except
 * '.'), then tries the alias table, with '.' as '_' too, then the module
 * of that name. */
static const tok_codec *find_codec(const char *name)
{
    char norm[64];
    size_t n = 0;
    bool punct = false;
    for (const char *p = name; *p; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (alnum || c == '.') {
            if (punct && n)
                norm[n++] = '_';
            norm[n++] = c;
            punct = false;
        } else {
            punct = true;
        }
        if (n >= sizeof norm - 2)
            return NULL;
    }
    norm[n] = '\0';
    const tok_codec_alias *a = bsearch(norm, tok_codec_aliases, (size_t)tok_codec_alias_count,
                                       sizeof *a, alias_cmp);
    if (!a) {
        for (char *p = norm; *p; p++)
            if (*p == '.')
                *p = '_';
        a = bsearch(norm, tok_codec_aliases, (size_t)tok_codec_alias_count, sizeof *a, alias_cmp);
    }
    return a ? &tok_codecs[a->codec] : NULL;
}

/* Looks for a PEP 263 cookie in the line s[0..size) (CPython scans only up
 * to size - 6, and needs the line to be a comment). Returns a malloc'd name
 * after normal_name(), NULL when there is none; *oom on out of memory. */
static char *coding_spec(const char *s, long size, bool *oom)
{
    long i;
    for (i = 0; i < size - 6; i++) {
        if (s[i] == '#')
            break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\014')
            return NULL;
    }
    for (; i < size - 6; i++) {
        const char *t = s + i;
        if (memcmp(t, "coding", 6) != 0)
            continue;
        t += 6;
        if (t[0] != ':' && t[0] != '=')
            continue;
        do
            t++;
        while (t[0] == ' ' || t[0] == '\t');
        const char *begin = t;
        while ((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z')
               || (t[0] >= '0' && t[0] <= '9') || t[0] == '-' || t[0] == '_' || t[0] == '.')
            t++;
        if (begin < t) {
            char *r = strndup(begin, (size_t)(t - begin));
            if (!r) {
                *oom = true;
                return NULL;
            }
            const char *q = normal_name(r);
            if (q != r) {
                free(r);
                r = strdup(q);
                if (!r)
                    *oom = true;
            }
            return r;
        }
    }
    return NULL;
}

/* Does a line without a cookie end the search (anything but blanks and a
 * comment on it)? */
static bool ends_cookie_search(const char *s, size_t size)
{
    for (size_t i = 0; i < size; i++) {
        char c = s[i];
        if (c == '#' || c == '\n' || c == '\r')
            return false;
        if (c != ' ' && c != '\t' && c != '\014')
            return true;
    }
    return false;
}

/* -- Errors ---------------------------------------------------------------- */

/* Records the decoding error (the first one set wins, except that an error
 * firing at an earlier line replaces one firing later). msg is taken. */
static bool set_err(tok_source *src, int fire_line, int lineno, int offset, int end_lineno,
                    int end_offset, char *msg, const char *text, size_t text_len)
{
    if (!msg)
        return false;
    if (src->has_err && src->err_fire_line <= fire_line) {
        free(msg);
        return true;
    }
    free(src->err_msg);
    free(src->err_text);
    src->err_text = NULL;
    if (text) {
        src->err_text = tok_utf8_replace(text, text_len);
        if (!src->err_text) {
            free(msg);
            src->err_msg = NULL;
            src->has_err = 0;
            return false;
        }
    }
    src->has_err = 1;
    src->err_fire_line = fire_line;
    src->err_type = DIAG_SYNTAX_ERROR;
    src->err_msg = msg;
    src->err_lineno = lineno;
    src->err_offset = offset;
    src->err_end_lineno = end_lineno;
    src->err_end_offset = end_offset;
    return true;
}

/* An error CPython raises while creating its tokenizer for a string: no
 * location but "line 0". */
static bool set_init_err(tok_source *src, char *msg)
{
    return set_err(src, 0, 0, -1, 0, 0, msg, NULL, 0);
}

void tok_source_free(tok_source *src)
{
    free(src->text);
    free(src->encoding);
    free(src->err_msg);
    free(src->err_text);
    memset(src, 0, sizeof *src);
}

/* -- Raw lines ------------------------------------------------------------- */

/* Length of the raw line at s (up to and including its CR, LF or CR LF). */
static size_t raw_line_len(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n')
            return i + 1;
        if (s[i] == '\r')
            return (i + 1 < n && s[i + 1] == '\n') ? i + 2 : i + 1;
    }
    return n;
}

/* Finds the cookie on line 1, or on line 2 when line 1 is blank or a
 * comment. `lines`/`sizes` give both lines as the mode's reader sees them.
 * Returns the cookie's line (1 or 2) and sets *cs, or 0. */
static int find_cookie(const char *lines[2], const long sizes[2], int nlines, char **cs,
                       bool *oom)
{
    *cs = NULL;
    for (int i = 0; i < nlines && i < 2; i++) {
        *cs = coding_spec(lines[i], sizes[i], oom);
        if (*oom)
            return 0;
        if (*cs)
            return i + 1;
        if (ends_cookie_search(lines[i], (size_t)sizes[i]))
            return 0;
    }
    return 0;
}

static void finish_text(tok_source *src, outbuf *b, bool string_mode, bool add_newline)
{
    src->ends_newline = b->len == 0 || b->p[b->len - 1] == '\n';
    if (add_newline && (!src->ends_newline || (string_mode && b->len == 0)))
        out_bytes(b, "\n", 1);
    if (!b->p && out_reserve(b, 1))
        b->p[0] = '\0';
    src->text = b->p;
    src->len = b->len;
}

/* -- String mode ----------------------------------------------------------- */

static int decode_string_mode(tok_source *src, const char *bytes, size_t len, int flags)
{
    outbuf b = {0};
    bool cr = false;
    if (memchr(bytes, '\0', len)) {
        /* compile() checks this before making a tokenizer: no location. */
        if (!set_err(src, 0, 0, 0, 0, 0, strdup("source code string cannot contain null bytes"),
                     NULL, 0))
            return -1;
        /* No text is needed: the error comes before any token. */
        finish_text(src, &b, true, !(flags & TOK_FLAG_NO_FINAL_NEWLINE));
        return b.oom ? -1 : 0;
    }
    out_newlines(&b, bytes, len, &cr);
    /* CPython's translate_newlines ends a text whose last line ends in CR LF
     * with one more, empty, line. */
    if (!(flags & TOK_FLAG_NO_FINAL_NEWLINE) && len >= 2 && bytes[len - 2] == '\r' &&
        bytes[len - 1] == '\n')
        out_bytes(&b, "\n", 1);
    finish_text(src, &b, true, !(flags & TOK_FLAG_NO_FINAL_NEWLINE));
    if (b.oom)
        return -1;
    if (flags & TOK_FLAG_UTF8) {
        /* compile(str): the text is already decoded; CPython marks it utf-8. */
        src->encoding = strdup("utf-8");
        return src->encoding ? 0 : -1;
    }
    char *s = src->text;
    size_t n = src->len;
    bool bom = n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3);
    if (bom) {
        src->bom = 1;
        memmove(s, s + 3, n - 3 + 1);
        n -= 3;
        src->len = n;
        if (!(src->encoding = strdup("utf-8")))
            return -1;
    }
    /* Lines 1 and 2, without their newlines. */
    const char *lines[2];
    long sizes[2];
    int nlines = 0;
    const char *p = s, *e = s + n;
    while (nlines < 2 && p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        if (!nl)
            break;
        /* CPython passes line 2 with its newline, line 1 without. */
        lines[nlines] = p;
        sizes[nlines] = nl - p + (nlines == 1);
        nlines++;
        p = nl + 1;
    }
    char *cs;
    bool oom = false;
    find_cookie(lines, sizes, nlines, &cs, &oom);
    if (oom)
        return -1;
    if (!cs)
        return 0;
    if (bom && strcmp(cs, "utf-8") != 0) {
        bool ok = set_init_err(src, format("encoding problem: %s with BOM", cs));
        free(cs);
        return ok ? 0 : -1;
    }
    if (bom || !strcmp(cs, "utf-8")) {
        free(src->encoding);
        src->encoding = cs;
        return 0;
    }
    const tok_codec *codec = find_codec(cs);
    if (!codec) {
        bool ok = set_init_err(src, format("unknown encoding: %s", cs));
        free(cs);
        return ok ? 0 : -1;
    }
    src->encoding = cs;
    if (codec->kind == TOK_CODEC_UTF8) {
        /* A utf-8 alias CPython did not normalise: a real, strict decode. */
        int eoom;
        char *m = tok_utf8_error(s, n, 0, &eoom);
        if (eoom)
            return -1;
        if (m && !set_init_err(src, m))
            return -1;
        return 0;
    }
    outbuf d = {0};
    size_t bad = SIZE_MAX;
    out_decode(&d, codec, (const unsigned char *)s, n, &bad);
    if (d.oom) {
        free(d.p);
        return -1;
    }
    char *m = NULL;
    if (bad != SIZE_MAX) {
        const unsigned char *bp = (const unsigned char *)s + bad;
        m = codec->kind == TOK_CODEC_ASCII
                ? decode_error_text("ascii", bp, bad, bad + 1, "ordinal not in range(128)")
                : decode_error_text("charmap", bp, bad, bad + 1, "character maps to <undefined>");
        if (!m) {
            free(d.p);
            return -1;
        }
    }
    free(src->text);
    src->text = d.p;
    src->len = d.len;
    if (m && !set_init_err(src, m))
        return -1;
    return 0;
}

/* -- File mode ------------------------------------------------------------- */

/* Line number (1-based) of the raw line containing byte `pos`. */
static int raw_line_of(const char *s, size_t n, size_t pos)
{
    int line = 1;
    for (size_t i = 0; i < pos && i < n; i++) {
        if (s[i] == '\n' || (s[i] == '\r' && !(i + 1 < n && s[i + 1] == '\n')))
            line++;
    }
    return line;
}

/* The decoded text of line `lineno` of the final text (with its newline
 * when it has one), for error texts. */
static const char *text_line(const tok_source *src, int lineno, size_t *len)
{
    const char *p = src->text, *e = src->text + src->len;
    for (int l = 1; l < lineno && p < e; l++) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        p = nl ? nl + 1 : e;
    }
    const char *nl = memchr(p, '\n', (size_t)(e - p));
    const char *end = nl ? nl + 1 : e;
    if (end == e && !src->ends_newline && end > p && end[-1] == '\n')
        end--;   /* the newline we added is not in the file */
    *len = (size_t)(end - p);
    return p;
}

/* The checks CPython makes on each line as it reads it: valid UTF-8 (only
 * while no encoding is declared) and no NUL byte. `check_utf8_until`: lines
 * before this one are checked for UTF-8. */
static bool check_lines(tok_source *src, const char *filename, int check_utf8_until)
{
    const char *p = src->text, *e = src->text + src->len;
    int lineno = 0;
    while (p < e) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        const char *end = nl ? nl + 1 : e;
        lineno++;
        if (src->has_err && src->err_fire_line <= lineno)
            return true;
        const char *nul = memchr(p, '\0', (size_t)(end - p));
        const char *cend = nul ? nul : end;   /* CPython sees a C string */
        if (lineno < check_utf8_until) {
            const unsigned char *q = (const unsigned char *)p;
            while (q < (const unsigned char *)cend) {
                if (*q < 0x80) {
                    q++;
                    continue;
                }
                uint32_t cp;
                int why;
                size_t k = tok_utf8_seq(q, (size_t)((const unsigned char *)cend - q), &cp, &why);
                if (why != TOK_UTF8_OK) {
                    char *m = format("Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, "
                                     "but no encoding declared; see "
                                     "https://peps.python.org/pep-0263/ for details",
                                     *q, filename ? filename : "<string>", lineno);
                    return set_err(src, lineno, 0, 0, 0, 0, m, NULL, 0);
                }
                q += k;
            }
        }
        if (nul) {
            char *m = strdup("source code cannot contain null bytes");
            return set_err(src, lineno, lineno, 0, lineno, 0, m, p, (size_t)(nul - p));
        }
        p = end;
    }
    return true;
}

static int decode_file_mode(tok_source *src, const char *bytes, size_t len, const char *filename)
{
    outbuf b = {0};
    bool cr = false, oom = false;
    bool bom = len >= 3 && !memcmp(bytes, "\xEF\xBB\xBF", 3);
    const char *s = bom ? bytes + 3 : bytes;
    size_t n = bom ? len - 3 : len;
    src->bom = bom;
    if (bom && !(src->encoding = strdup("utf-8")))
        return -1;
    /* Lines 1 and 2 as CPython's line reader gives them: with the newline,
     * translated, up to a NUL (it takes the line as a C string). */
    char *lines_buf[2] = {NULL, NULL};
    const char *lines[2];
    long sizes[2];
    size_t raw_ends[2];
    int nlines = 0;
    size_t off = 0;
    while (nlines < 2 && off < n) {
        size_t k = raw_line_len(s + off, n - off);
        char *l = malloc(k + 1);
        if (!l) {
            free(lines_buf[0]);
            return -1;
        }
        size_t m = 0;
        for (size_t i = 0; i < k; i++) {
            char c = s[off + i];
            if (c == '\0')
                break;
            if (c == '\r') {
                l[m++] = '\n';
                break;
            }
            l[m++] = c;
        }
        l[m] = '\0';
        lines_buf[nlines] = l;
        lines[nlines] = l;
        sizes[nlines] = (long)m;
        raw_ends[nlines++] = off + k;
        off += k;
    }
    char *cs;
    int cookie_line = find_cookie(lines, sizes, nlines, &cs, &oom);
    free(lines_buf[0]);
    free(lines_buf[1]);
    if (oom)
        return -1;
    const tok_codec *codec = NULL;
    size_t decode_from = n;   /* bytes from here on go through the codec */
    if (cs) {
        bool problem = false;
        char *msg = NULL;
        if (bom && strcmp(cs, "utf-8") != 0) {
            msg = format("encoding problem: %s with BOM", cs);
            problem = true;
        } else if (strcmp(cs, "utf-8") != 0) {
            codec = find_codec(cs);
            if (!codec) {
                msg = format("encoding problem: %s", cs);
                problem = true;
            } else {
                decode_from = raw_ends[cookie_line - 1];
            }
        }
        if (problem && !set_err(src, cookie_line, 0, 0, 0, 0, msg, NULL, 0)) {
            free(cs);
            return -1;
        }
        if (!problem) {
            free(src->encoding);
            src->encoding = cs;
        } else {
            free(cs);
            codec = NULL;
        }
    }
    out_newlines(&b, s, decode_from, &cr);
    size_t bad = SIZE_MAX;
    const tok_codec *c8 = codec && codec->kind != TOK_CODEC_UTF8 ? codec : NULL;
    if (c8) {
        outbuf d = {0};
        out_decode(&d, c8, (const unsigned char *)s + decode_from, n - decode_from, &bad);
        if (d.oom) {
            free(d.p);
            free(b.p);
            return -1;
        }
        out_newlines(&b, d.p ? d.p : "", d.len, &cr);
        free(d.p);
    } else {
        out_newlines(&b, s + decode_from, n - decode_from, &cr);
    }
    finish_text(src, &b, false, true);
    if (b.oom)
        return -1;
    /* The decoding error of a codec named by a cookie: CPython's reader
     * decodes 8192-byte chunks starting one byte before the end of the
     * cookie's line. An error in the first chunk makes the cookie itself
     * fail; a later one appears when the line reader needs that chunk. */
    char *reason_msg = NULL;
    size_t bad_len = 1;
    if (codec && codec->kind == TOK_CODEC_UTF8) {
        int eoom;
        const char *rest = s + decode_from;
        char *m = tok_utf8_error(rest, n - decode_from, 0, &eoom);
        if (eoom)
            return -1;
        if (m) {
            /* Find the position again to place it in its chunk. */
            const unsigned char *q = (const unsigned char *)rest;
            size_t i = 0;
            while (i < n - decode_from) {
                uint32_t cp;
                int why;
                size_t k = q[i] < 0x80 ? 1 : tok_utf8_seq(q + i, n - decode_from - i, &cp, &why);
                if (q[i] >= 0x80 && why != TOK_UTF8_OK) {
                    bad = i;
                    bad_len = k;
                    break;
                }
                i += k;
            }
            free(m);
        }
    }
    if (bad != SIZE_MAX) {
        size_t errpos = decode_from + bad;                /* in s */
        size_t base = decode_from ? decode_from - 1 : 0;
        if (errpos < base + TEXTIO_CHUNK) {
            if (!set_err(src, cookie_line, 0, 0, 0, 0,
                         format("encoding problem: %s", src->encoding), NULL, 0))
                return -1;
        } else {
            size_t chunk = base + (errpos - base) / TEXTIO_CHUNK * TEXTIO_CHUNK;
            size_t pos = errpos - chunk;
            const unsigned char *bp = (const unsigned char *)s + errpos;
            if (codec->kind == TOK_CODEC_UTF8) {
                int why;
                uint32_t cp;
                tok_utf8_seq(bp, n - errpos, &cp, &why);
                reason_msg = decode_error_text("utf-8", bp, pos, pos + bad_len,
                                               why == TOK_UTF8_BAD_START ? "invalid start byte"
                                               : why == TOK_UTF8_BAD_CONT ? "invalid continuation byte"
                                               : "unexpected end of data");
            } else if (codec->kind == TOK_CODEC_ASCII) {
                reason_msg = decode_error_text("ascii", bp, pos, pos + 1, "ordinal not in range(128)");
            } else {
                reason_msg = decode_error_text("charmap", bp, pos, pos + 1,
                                               "character maps to <undefined>");
            }
            if (!reason_msg)
                return -1;
            int fire = raw_line_of(s, n, chunk);
            size_t tl;
            const char *t = text_line(src, fire - 1, &tl);
            char *m = format("(unicode error) %s", reason_msg);
            free(reason_msg);
            if (!set_err(src, fire, fire - 1, 0, fire - 1, -1, m, t, tl))
                return -1;
        }
    }
    int utf8_until = bom ? 0 : cookie_line ? cookie_line : INT32_MAX;
    if (!check_lines(src, filename, utf8_until))
        return -1;
    return 0;
}

int tok_decode_source(tok_source *src, const char *bytes, size_t len, const char *filename,
                      int flags)
{
    memset(src, 0, sizeof *src);
    int r = (flags & (TOK_FLAG_STRING_INPUT | TOK_FLAG_UTF8))
                ? decode_string_mode(src, bytes, len, flags)
                : decode_file_mode(src, bytes, len, filename);
    if (r < 0)
        tok_source_free(src);
    return r;
}
