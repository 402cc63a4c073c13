/* Reading, writing and naming .pyc files (pyc.h; the layout is in
 * docs/pyc.md). The header is checked field by field before anything is
 * unmarshalled, then the trailing checksum (so a torn or bit-flipped file
 * is refused before the loader sees it), then the code object comes from
 * marshal_load, whose checks make even a crafted file safe to run.
 * Writing goes through a temporary file and rename(), so a reader never
 * sees half a file, and two processes writing the same cache at once
 * just race to an identical result. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "pyc.h"
#include "code.h"
#include "exc.h"
#include "marshal.h"
#include "../util/strbuf.h"

/* The biggest file pyc_read will look at; anything larger is not ours. */
#define PYC_MAX_FILE ((size_t)1 << 30)
/* The keys of the two SipHash uses: "TaipanPy" + "SrcHash1" / "Checksum". */
#define KEY0 0x79506e6170696154u
#define KEY_SOURCE 0x3168736148637253u
#define KEY_CHECKSUM 0x6d75736b63656843u

/* -- SipHash-1-3 -------------------------------------------------------- */

static inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

#define SIPROUND(v0, v1, v2, v3)                                              \
    do {                                                                      \
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);             \
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;                                \
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;                                \
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);             \
    } while (0)

static uint64_t load_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 0; i < 8; i++)
        v |= (uint64_t)p[i] << (8 * i);
    return v;
}

static void store_le64(uint8_t *p, uint64_t v)
{
    for (int i = 0; i < 8; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static void store_le32(uint8_t *p, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static uint32_t load_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* One compression round per 8-byte word, three to finish: fast enough to
 * check every cache file on every import, and a keyed PRF, so unlike a
 * plain checksum no structured corruption slips through more often than
 * one time in 2^64. */
uint64_t pyc_siphash13(uint64_t k0, uint64_t k1, const uint8_t *data, size_t len)
{
    uint64_t v0 = k0 ^ 0x736f6d6570736575u, v1 = k1 ^ 0x646f72616e646f6du;
    uint64_t v2 = k0 ^ 0x6c7967656e657261u, v3 = k1 ^ 0x7465646279746573u;
    size_t whole = len & ~(size_t)7;
    for (size_t i = 0; i < whole; i += 8) {
        uint64_t m = load_le64(data + i);
        v3 ^= m;
        SIPROUND(v0, v1, v2, v3);
        v0 ^= m;
    }
    uint64_t b = (uint64_t)len << 56;
    for (size_t i = whole; i < len; i++)
        b |= (uint64_t)data[i] << (8 * (i - whole));
    v3 ^= b;
    SIPROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    SIPROUND(v0, v1, v2, v3);
    return v0 ^ v1 ^ v2 ^ v3;
}

uint64_t pyc_source_hash(const uint8_t *bytes, size_t len)
{
    return pyc_siphash13(KEY0, KEY_SOURCE, bytes, len);
}

/* -- The checksum: XXH64 ---------------------------------------------- */

/* The trailing checksum only has to catch damage (a torn write, flipped
 * bits), and it runs over every byte of every cache file read, so it is
 * XXH64 (its published algorithm, seeded with KEY_CHECKSUM): ten times
 * SipHash's speed, the same 64 bits. */
#define XXP1 0x9E3779B185EBCA87u
#define XXP2 0xC2B2AE3D27D4EB4Fu
#define XXP3 0x165667B19E3779F9u
#define XXP4 0x85EBCA77C2B2AE63u
#define XXP5 0x27D4EB2F165667C5u

static inline uint64_t xx_round(uint64_t acc, uint64_t input)
{
    return rotl(acc + input * XXP2, 31) * XXP1;
}

static inline uint64_t xx_merge(uint64_t h, uint64_t v)
{
    return (h ^ xx_round(0, v)) * XXP1 + XXP4;
}

static uint64_t checksum(const uint8_t *p, size_t len)
{
    const uint8_t *end = p + len;
    uint64_t seed = KEY_CHECKSUM, h;
    if (len >= 32) {
        uint64_t v1 = seed + XXP1 + XXP2, v2 = seed + XXP2, v3 = seed, v4 = seed - XXP1;
        for (; end - p >= 32; p += 32) {
            v1 = xx_round(v1, load_le64(p));
            v2 = xx_round(v2, load_le64(p + 8));
            v3 = xx_round(v3, load_le64(p + 16));
            v4 = xx_round(v4, load_le64(p + 24));
        }
        h = rotl(v1, 1) + rotl(v2, 7) + rotl(v3, 12) + rotl(v4, 18);
        h = xx_merge(xx_merge(xx_merge(xx_merge(h, v1), v2), v3), v4);
    } else {
        h = seed + XXP5;
    }
    h += len;
    for (; end - p >= 8; p += 8)
        h = rotl(h ^ xx_round(0, load_le64(p)), 27) * XXP1 + XXP4;
    if (end - p >= 4) {
        h = rotl(h ^ (uint64_t)load_le32(p) * XXP1, 23) * XXP2 + XXP3;
        p += 4;
    }
    for (; p < end; p++)
        h = rotl(h ^ *p * XXP5, 11) * XXP1;
    h ^= h >> 33;
    h *= XXP2;
    h ^= h >> 29;
    h *= XXP3;
    return h ^ (h >> 32);
}

/* -- The magic ---------------------------------------------------------- */

/* "Tp", then 16 bits of a hash of the format version and the instruction
 * set (every opcode's name, number and argument flag), top bit set: a new
 * opcode, a renumbering or a format change gives another magic without
 * anyone remembering to bump it, and the top bit means the magic can
 * never end in CPython's "\r\n". */
void pyc_magic(uint8_t out[4])
{
    static uint32_t magic;   /* 0 until computed; then set once, atomically */
    uint32_t m = __atomic_load_n(&magic, __ATOMIC_ACQUIRE);
    if (!m) {
        strbuf sb;
        sb_init(&sb);
        sb_printf(&sb, "Taipan pyc format %d\n", PYC_FORMAT_VERSION);
        for (int op = 0; op < OP_COUNT; op++)
            sb_printf(&sb, "%d %s %d\n", op, opcode_names[op], opcode_has_arg[op]);
        /* out of memory here: the version alone, still a valid magic */
        uint64_t h = sb.failed ? PYC_FORMAT_VERSION : checksum((const uint8_t *)sb.data, sb.len);
        sb_free(&sb);
        m = (uint32_t)'T' | (uint32_t)'p' << 8 | (uint32_t)(h & 0xff) << 16 |
            (uint32_t)(((h >> 8) & 0xff) | 0x80) << 24;
        __atomic_store_n(&magic, m, __ATOMIC_RELEASE);
    }
    store_le32(out, m);
}

/* -- Reading ------------------------------------------------------------ */

/* Reads a whole file into a malloc'd buffer; NULL on any failure. */
static uint8_t *read_file(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    uint8_t *buf = NULL;
    if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size < 0 ||
        (uint64_t)st.st_size > PYC_MAX_FILE)
        goto fail;
    size_t size = (size_t)st.st_size, got = 0;
    buf = malloc(size ? size : 1);
    if (!buf)
        goto fail;
    while (got < size) {
        ssize_t n = read(fd, buf + got, size - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            goto fail;   /* an error, or the file shrank under us */
        got += (size_t)n;
    }
    close(fd);
    *len = size;
    return buf;
fail:
    free(buf);
    close(fd);
    return NULL;
}

/* The source hash for src, reading the file when only its path is known. */
static bool source_hash(const pyc_source *src, uint64_t *out)
{
    if (src->bytes) {
        *out = pyc_source_hash(src->bytes, src->len);
        return true;
    }
    size_t len;
    uint8_t *text = src->path ? read_file(src->path, &len) : NULL;
    if (!text)
        return false;
    *out = pyc_source_hash(text, len);
    free(text);
    return true;
}

/* Whether the header's freshness fields match the source. */
static bool fresh(const uint8_t *h, const pyc_source *src, enum pyc_check check)
{
    uint32_t flags = load_le32(h + 4);
    if (!(flags & PYC_FLAG_HASH_BASED))
        return load_le32(h + 8) == (uint32_t)src->mtime && load_le32(h + 12) == (uint32_t)src->size;
    bool wanted = check == PYC_CHECK_ALWAYS || (check == PYC_CHECK_DEFAULT && (flags & PYC_FLAG_CHECK_SOURCE));
    if (!wanted)
        return true;
    uint64_t hash;
    return source_hash(src, &hash) && hash == load_le64(h + 8);
}

/* A module body: what the import system runs with eval_code, which gives
 * it no function, closure or argument slots. */
static bool module_shaped(code_object *co)
{
    return co->nlocalsplus == 0 && co->argcount == 0 && co->kwonlyargcount == 0 &&
           !(co->flags & (CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR));
}

static value read_image(const uint8_t *image, size_t len, const pyc_source *src, enum pyc_check check)
{
    uint8_t magic[4];
    pyc_magic(magic);
    if (len < PYC_HEADER_SIZE + 1 + PYC_CHECKSUM_SIZE || memcmp(image, magic, 4) != 0)
        return V_NULL;
    if (load_le32(image + 4) & ~(uint32_t)(PYC_FLAG_HASH_BASED | PYC_FLAG_CHECK_SOURCE))
        return V_NULL;   /* flags this version does not know */
    if (src && !fresh(image, src, check))
        return V_NULL;
    size_t body = len - PYC_CHECKSUM_SIZE;
    if (checksum(image, body) != load_le64(image + body))
        return V_NULL;
    /* the checksum says this is what a Taipan with this magic wrote, so
     * its code is sound by construction (docs/pyc.md) */
    value co = marshal_load_trusted(image + PYC_HEADER_SIZE, body - PYC_HEADER_SIZE);
    if (!co || !v_is_code(co) || !module_shaped(v_code(co)))
        return V_NULL;
    return co;
}

value pyc_read_image(const uint8_t *image, size_t len, const pyc_source *src, enum pyc_check check)
{
    value saved = exc_fetch();   /* a caller's pending exception survives us */
    value co = read_image(image, len, src, check);
    exc_clear();
    exc_restore(saved);
    return co;
}

value pyc_read(const char *pyc_path, const pyc_source *src, enum pyc_check check)
{
    size_t len;
    uint8_t *image = read_file(pyc_path, &len);
    if (!image)
        return V_NULL;
    value co = pyc_read_image(image, len, src, check);
    free(image);
    return co;
}

/* -- Writing ------------------------------------------------------------ */

/* The header's flags word and its last 8 bytes (mtime and size, or the
 * source hash) are given; the magic, the code and the checksum added. */
static uint8_t *image_with_header(value code, uint32_t flags, const uint8_t field[8], size_t *len)
{
    uint8_t header[PYC_HEADER_SIZE];
    pyc_magic(header);
    store_le32(header + 4, flags);
    memcpy(header + 8, field, 8);
    strbuf sb;
    sb_init(&sb);
    sb_append(&sb, (const char *)header, sizeof header);
    if (marshal_dump(code, &sb) < 0) {
        sb_free(&sb);
        return NULL;
    }
    uint8_t sum[PYC_CHECKSUM_SIZE];
    store_le64(sum, checksum((const uint8_t *)sb.data, sb.len));
    sb_append(&sb, (const char *)sum, sizeof sum);
    return (uint8_t *)sb_detach(&sb, len);
}

static uint8_t *build_image(value code, const pyc_source *src, bool hash_based, bool check_source,
                            size_t *len)
{
    uint8_t field[8];
    uint32_t flags = hash_based ? PYC_FLAG_HASH_BASED | (check_source ? PYC_FLAG_CHECK_SOURCE : 0) : 0;
    if (hash_based) {
        uint64_t h;
        if (!src || !source_hash(src, &h))
            return NULL;
        store_le64(field, h);
    } else {
        store_le32(field, src ? (uint32_t)src->mtime : 0);
        store_le32(field + 4, src ? (uint32_t)src->size : 0);
    }
    return image_with_header(code, flags, field, len);
}

uint8_t *pyc_build_image_fields(value code, uint32_t flags, const uint8_t field[8], size_t *len)
{
    return image_with_header(code, flags, field, len);
}

uint8_t *pyc_build_image(value code, const pyc_source *src, bool hash_based, bool check_source,
                         size_t *len)
{
    value saved = exc_fetch();
    uint8_t *image = build_image(code, src, hash_based, check_source, len);
    exc_clear();
    exc_restore(saved);
    return image;
}

/* mkdir -p of the folder that holds `path`. */
static int make_parents(const char *path)
{
    char *dir = strdup(path);
    if (!dir)
        return -1;
    char *slash = strrchr(dir, '/');
    int r = 0;
    if (slash && slash != dir) {
        *slash = 0;
        struct stat st;
        if (stat(dir, &st) != 0) {
            /* create each missing component, from the top down */
            for (char *p = dir + 1; *p && r == 0; p++) {
                if (*p != '/')
                    continue;
                *p = 0;
                if (mkdir(dir, 0777) != 0 && errno != EEXIST)
                    r = -1;
                *p = '/';
            }
            if (r == 0 && mkdir(dir, 0777) != 0 && errno != EEXIST)
                r = -1;
        } else if (!S_ISDIR(st.st_mode)) {
            r = -1;
        }
    }
    free(dir);
    return r;
}

static int write_all(int fd, const uint8_t *p, size_t n)
{
    while (n) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return -1;
        p += k;
        n -= (size_t)k;
    }
    return 0;
}

int pyc_write(const char *pyc_path, value code, const pyc_source *src, bool hash_based, bool check_source)
{
    static unsigned counter;
    size_t len;
    uint8_t *image = pyc_build_image(code, src, hash_based, check_source, &len);
    if (!image)
        return -1;
    char *tmp = NULL;
    int r = -1;
    if (make_parents(pyc_path) < 0)
        goto done;
    unsigned n = __atomic_fetch_add(&counter, 1, __ATOMIC_RELAXED);
    size_t size = strlen(pyc_path) + 64;
    tmp = malloc(size);
    if (!tmp)
        goto done;
    snprintf(tmp, size, "%s.%ld.%u.tmp", pyc_path, (long)getpid(), n);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        goto done;
    bool ok = write_all(fd, image, len) == 0;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, pyc_path) == 0)
        r = 0;
    else
        unlink(tmp);
done:
    free(tmp);
    free(image);
    return r;
}

/* -- Naming ------------------------------------------------------------- */

/* Appends `part` to sb as a path component: separated by one '/', its
 * trailing slashes dropped (CPython's _path_join); empty parts skipped. */
static void join(strbuf *sb, const char *part, size_t n)
{
    while (n > 1 && part[n - 1] == '/')
        n--;
    if (n == 0)
        return;
    if (sb->len && sb->data[sb->len - 1] != '/')
        sb_putc(sb, '/');
    sb_append(sb, part, n);
}

char *pyc_cache_path_opt(const char *source_path, const char *prefix, int optimization)
{
    const char *slash = strrchr(source_path, '/');
    const char *tail = slash ? slash + 1 : source_path;
    /* the head: "" (the working directory), "/" for a file at the root */
    size_t headlen = slash ? (size_t)(slash - source_path) + (slash == source_path) : 0;
    /* name.py -> name.taipan-311; as CPython, "name" with no dot -> nametaipan-311 */
    const char *dot = strrchr(tail, '.');
    strbuf name;
    sb_init(&name);
    if (dot && dot != tail)
        sb_append(&name, tail, (size_t)(dot - tail) + 1);
    else if (dot)
        sb_printf(&name, "%s.", dot + 1);
    else
        sb_puts(&name, tail);
    sb_puts(&name, PYC_CACHE_TAG);
    if (optimization > 0)
        sb_printf(&name, ".opt-%d", optimization);
    sb_puts(&name, ".pyc");

    strbuf sb;
    sb_init(&sb);
    if (prefix && *prefix) {
        join(&sb, prefix, strlen(prefix));
        if (headlen == 0 || source_path[0] != '/') {
            char *cwd = getcwd(NULL, 0);
            if (!cwd) {
                sb_free(&name);
                sb_free(&sb);
                return NULL;
            }
            size_t k = 0;
            while (cwd[k] == '/')
                k++;
            join(&sb, cwd + k, strlen(cwd + k));
            free(cwd);
        }
        size_t k = 0;
        while (k < headlen && source_path[k] == '/')
            k++;
        join(&sb, source_path + k, headlen - k);
    } else {
        join(&sb, source_path, headlen);
        join(&sb, "__pycache__", 11);
    }
    join(&sb, name.data ? name.data : "", name.len);
    bool failed = name.failed;
    sb_free(&name);
    if (failed) {
        sb_free(&sb);
        return NULL;
    }
    return sb_detach(&sb, NULL);
}

char *pyc_cache_path(const char *source_path, const char *prefix)
{
    return pyc_cache_path_opt(source_path, prefix, 0);
}
