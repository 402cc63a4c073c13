/* Unit test of src/unicode/unicode.c: the UTF-8 helpers, identifier and
 * printable classes and NFKC of every code point (hashed, against hashes that
 * tools/check_unicode.py computes from python3.11's str and unicodedata),
 * NFKC of 50,000 pseudo-random strings mixing marks, Hangul jamo and
 * compatibility characters, and sample character names. The exhaustive check
 * of names is `python3 tools/check_unicode.py names BUILD_DIR`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/unicode/unicode.h"

/* From `python3 tools/check_unicode.py hashes`. */
#define WANT_FLAGS 0xC0D05E971FA71FBFULL
#define WANT_NFKC_CP 0x2F6B725366179E7FULL
#define WANT_NFKC_STR 0x843752C831C1FC03ULL

/* Keep in sync with ALPHABET in tools/check_unicode.py. */
static const uint32_t alphabet[] = {
    0x41, 0x61, 0x65, 0x6F, 0x55, 0x3B1, 0x3C9, 0x300, 0x301, 0x308, 0x323,
    0x327, 0x31B, 0x345, 0x5B0, 0x93C, 0x3099, 0x309A, 0x304B, 0x30CF,
    0x1100, 0x1101, 0x1112, 0x1161, 0x1175, 0x11A8, 0x11C2, 0xAC00, 0xAC01,
    0xD7A3, 0xFB01, 0x2460, 0xFF21, 0xBD, 0x1E9B, 0x958, 0x915, 0x344,
    0xF73, 0xF75, 0xF81, 0xF71, 0xF72, 0xCC6, 0xCC2, 0xCD5, 0xB47, 0xB3E,
    0xB57, 0x1025, 0x102E, 0xDD9, 0xDCF, 0xDCA, 0x11099, 0x110BA, 0x1D15E,
    0x212B, 0x2126, 0x1E0A, 0x1E0C, 0x307, 0xFDFA, 0x3300, 0x1F1, 0xDC80,
    0x2F800, 0xF900, 0x1E9E, 0x130, 0x69, 0x3D2, 0x3D3,
};
#define NALPHA (sizeof alphabet / sizeof alphabet[0])

static int failures;

#define CHECK(cond, ...) do { \
    if (!(cond)) { failures++; printf("FAIL %s:%d: ", __FILE__, __LINE__); \
                   printf(__VA_ARGS__); putchar('\n'); } } while (0)

static uint64_t fnv(uint64_t h, const void *p, size_t n)
{
    const unsigned char *s = p;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * 0x100000001B3ULL;
    return h;
}

#define FNV0 0xCBF29CE484222325ULL

static void test_utf8(void)
{
    char buf[4];
    uint32_t cp;
    for (uint32_t c = 0; c < 0x110000; c += (c < 0x11000 ? 1 : 97)) {
        int n = utf8_encode(c, buf);
        CHECK(utf8_decode(buf, (size_t)n, &cp) == n && cp == c, "round trip U+%X", c);
        CHECK(utf8_decode(buf, (size_t)n - 1, &cp) == 0 || n == 1, "truncated U+%X", c);
    }
    CHECK(utf8_decode("\xC0\x80", 2, &cp) == 0, "overlong 2");
    CHECK(utf8_decode("\xE0\x80\x80", 3, &cp) == 0, "overlong 3");
    CHECK(utf8_decode("\xF0\x80\x80\x80", 4, &cp) == 0, "overlong 4");
    CHECK(utf8_decode("\xF4\x90\x80\x80", 4, &cp) == 0, "above U+10FFFF");
    CHECK(utf8_decode("\x80", 1, &cp) == 0, "lone continuation");
    CHECK(utf8_decode("\xC3\x28", 2, &cp) == 0, "bad continuation");
    CHECK(utf8_decode("\xED\xB2\x80", 3, &cp) == 3 && cp == 0xDC80, "surrogate");
    CHECK(utf8_decode("", 0, &cp) == 0, "empty");
    CHECK(utf8_count("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80", 10) == 4, "count");
    CHECK(utf8_count("a\xFF\xC3", 3) == 3, "count invalid");
}

static void test_classes(void)
{
    uint64_t h = FNV0;
    for (uint32_t c = 0; c < 0x110000; c++) {
        unsigned char f = (unsigned char)(uni_is_xid_start(c) | uni_is_xid_continue(c) << 1 |
                                          uni_is_printable(c) << 2);
        h = fnv(h, &f, 1);
    }
    CHECK(h == WANT_FLAGS, "identifier/printable flags hash %016llX", (unsigned long long)h);
    CHECK(!uni_is_xid_start('_') && uni_is_xid_continue('_'), "underscore");
    CHECK(uni_is_xid_start(0x3B1) && !uni_is_xid_start('1') && uni_is_xid_continue('1'), "alpha/1");
    CHECK(uni_is_printable(' ') && !uni_is_printable(0xA0) && !uni_is_printable(0x7F), "printable");
    CHECK(!uni_is_printable(0x110000) && !uni_is_xid_start(0xFFFFFFFF), "out of range");
}

static uint64_t hash_nfkc(uint64_t h, const char *s, size_t n)
{
    size_t outlen;
    char *r = uni_nfkc(s, n, &outlen);
    if (!r) {
        CHECK(0, "uni_nfkc returned NULL");
        return h;
    }
    CHECK(r[outlen] == 0, "NUL terminator");
    h = fnv(h, r, outlen);
    free(r);
    return fnv(h, "\xff", 1);
}

static void test_nfkc(void)
{
    uint64_t h = FNV0;
    char buf[64];
    for (uint32_t c = 0; c < 0x110000; c++)
        h = hash_nfkc(h, buf, (size_t)utf8_encode(c, buf));
    CHECK(h == WANT_NFKC_CP, "NFKC of single code points hash %016llX", (unsigned long long)h);

    uint32_t state = 2463534242u;
    h = FNV0;
    for (int i = 0; i < 50000; i++) {
        state ^= state << 13, state ^= state >> 17, state ^= state << 5;
        int len = 1 + (int)(state % 8);
        size_t n = 0;
        for (int j = 0; j < len; j++) {
            state ^= state << 13, state ^= state >> 17, state ^= state << 5;
            n += (size_t)utf8_encode(alphabet[state % NALPHA], buf + n);
        }
        h = hash_nfkc(h, buf, n);
    }
    CHECK(h == WANT_NFKC_STR, "NFKC of random strings hash %016llX", (unsigned long long)h);

    size_t outlen;
    char *r = uni_nfkc("\xEF\xAC\x81le\xCC\x81", 7, &outlen);   /* "ﬁle" + U+0301 */
    CHECK(r && strcmp(r, "fil\xC3\xA9") == 0, "fi ligature + e acute");
    free(r);
    r = uni_nfkc("a\xFF" "b", 3, &outlen);
    CHECK(r && outlen == 3 && memcmp(r, "a\xFF" "b", 3) == 0, "invalid bytes kept");
    free(r);
    r = uni_nfkc("", 0, &outlen);
    CHECK(r && outlen == 0, "empty");
    free(r);
}

static void test_names(void)
{
    static const struct { const char *name; uint32_t cp; } ok[] = {
        { "LATIN SMALL LETTER A", 'a' }, { "latin small letter a", 'a' },
        { "NUL", 0 }, { "Byte Order Mark", 0xFEFF }, { "SPACE", ' ' },
        { "GREEK SMALL LETTER ALPHA", 0x3B1 }, { "HANGUL SYLLABLE GA", 0xAC00 },
        { "HANGUL SYLLABLE HIH", 0xD7A3 }, { "CJK UNIFIED IDEOGRAPH-4E00", 0x4E00 },
        { "CJK UNIFIED IDEOGRAPH-3134A", 0x3134A }, { "EM DASH", 0x2014 },
        { "CJK COMPATIBILITY IDEOGRAPH-f900", 0xF900 }, { "GRINNING FACE", 0x1F600 },
        { "zwj", 0x200D }, { "ZERO WIDTH JOINER", 0x200D },
    };
    static const char *const bad[] = {
        "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "hangul syllable ga",
        "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-2A6E0",
        "LINE FEED (LF)", "", "LATIN SMALL LETTER  A", "TANGUT IDEOGRAPH-17000",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "\xFF", "ZZZZ",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        uint32_t cp = 0xFFFFFFFF;
        CHECK(uni_lookup_name(ok[i].name, strlen(ok[i].name), &cp) && cp == ok[i].cp,
              "name %s -> %X", ok[i].name, cp);
    }
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        uint32_t cp;
        CHECK(!uni_lookup_name(bad[i], strlen(bad[i]), &cp), "no name %s", bad[i]);
    }
}

int main(void)
{
    test_utf8();
    test_classes();
    test_nfkc();
    test_names();
    if (failures)
        printf("test_unicode: %d failures\n", failures);
    return failures != 0;
}
