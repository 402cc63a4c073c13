/* posix.scandir and its two types, ScandirIterator and DirEntry, which
 * os.walk, shutil and pathlib use. The directory is read whole when
 * scandir() is called, so the iterator holds no open DIR and needs no
 * finalizer: close() and the context manager only end the iteration.
 * A DirEntry keeps the d_type readdir reported, so is_dir/is_file/
 * is_symlink usually need no system call, and caches its stat() and
 * lstat() results as CPython's does. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "posixmodule.h"
#include "../gc/gc.h"
#include "../objects/bytes.h"
#include "../objects/dict.h"
#include "../objects/exceptions.h"
#include "../objects/int.h"
#include "../objects/list.h"
#include "../objects/sequtil.h"
#include "../objects/str.h"
#include "../objects/tuple.h"
#include "../vm/exc.h"

typedef struct direntry_object {
    object hdr;
    value name, path;
    value stat, lstat;   /* cached stat_results, V_NONE until asked */
    int d_type;
    uint64_t ino;
} direntry_object;

typedef struct scandir_object {
    object hdr;
    value entries;   /* a list of DirEntry */
    size_t next;
} scandir_object;

static type_object direntry_type, scandir_type;

static void direntry_trace(object *o, gc_tracer *t)
{
    direntry_object *e = (direntry_object *)o;
    gc_mark_value(t, e->name);
    gc_mark_value(t, e->path);
    gc_mark_value(t, e->stat);
    gc_mark_value(t, e->lstat);
}

static void scandir_trace(object *o, gc_tracer *t)
{
    gc_mark_value(t, ((scandir_object *)o)->entries);
}

/* -- DirEntry ------------------------------------------------------------------- */

static direntry_object *de(value v) { return (direntry_object *)v_obj(v); }

static value get_name(value self) { return de(self)->name; }
static value get_path(value self) { return de(self)->path; }

/* The stat (follow) or lstat result, cached. */
static value entry_stat(value self, bool follow)
{
    direntry_object *e = de(self);
    if (follow && e->d_type != DT_UNKNOWN && e->d_type != DT_LNK)
        follow = false;   /* not a link: stat and lstat agree */
    value *slot = follow ? &e->stat : &e->lstat;
    if (*slot != V_NONE)
        return *slot;
    path_t p;
    if (path_conv("stat", "path", e->path, 0, &p) < 0)
        return V_NULL;
    struct stat st;
    if ((follow ? stat(p.cpath, &st) : lstat(p.cpath, &st)) < 0)
        return raise_os(errno, e->path);
    value r = make_stat(&st);
    if (r)
        *slot = r;
    return r;
}

static int parse_follow(const char *fn, int argc, const value *argv, value kwnames, bool *follow)
{
    static const char *const names[] = { "follow_symlinks" };
    value a[1];
    if (num_parse_args(fn, argc, argv, kwnames, names, 1, 0, 0, a) < 0)
        return -1;
    *follow = true;
    if (a[0]) {
        int t = obj_truthy(a[0]);
        if (t < 0)
            return -1;
        *follow = t;
    }
    return 0;
}

static value de_stat(value self, int argc, const value *argv, value kwnames)
{
    bool follow;
    if (parse_follow("stat", argc, argv, kwnames, &follow) < 0)
        return V_NULL;
    return entry_stat(self, follow);
}

/* Whether the entry's file type is `type` (S_IFDIR / S_IFREG): from
 * d_type when it answers, else from a stat; a missing file is neither. */
static value entry_is(value self, int argc, const value *argv, value kwnames, const char *fn, unsigned type)
{
    bool follow;
    if (parse_follow(fn, argc, argv, kwnames, &follow) < 0)
        return V_NULL;
    direntry_object *e = de(self);
    if (e->d_type != DT_UNKNOWN && !(follow && e->d_type == DT_LNK))
        return v_bool((unsigned)DTTOIF(e->d_type) == type);
    value st = entry_stat(self, follow);
    if (!st) {
        if (!exc_matches(&exc_FileNotFoundError))
            return V_NULL;
        exc_clear();
        return V_FALSE;
    }
    int64_t mode;
    if (int_as_i64(tuple_get(st, 0), &mode) < 0)
        return V_NULL;
    return v_bool(((unsigned)mode & S_IFMT) == type);
}

static value de_is_dir(value self, int argc, const value *argv, value kw)
{
    return entry_is(self, argc, argv, kw, "is_dir", S_IFDIR);
}

static value de_is_file(value self, int argc, const value *argv, value kw)
{
    return entry_is(self, argc, argv, kw, "is_file", S_IFREG);
}

static value de_is_symlink(value self, int argc, const value *argv, value kw)
{
    direntry_object *e = de(self);
    if (e->d_type != DT_UNKNOWN)
        return v_bool(e->d_type == DT_LNK);
    value st = entry_stat(self, false);
    if (!st) {
        if (!exc_matches(&exc_FileNotFoundError))
            return V_NULL;
        exc_clear();
        return V_FALSE;
    }
    int64_t mode;
    if (int_as_i64(tuple_get(st, 0), &mode) < 0)
        return V_NULL;
    return v_bool(S_ISLNK((unsigned)mode));
}

static value de_inode(value self, int argc, const value *argv, value kw) { return int_from_u64(de(self)->ino); }
static value de_fspath(value self, int argc, const value *argv, value kw) { return de(self)->path; }

static value de_repr(value self)
{
    value r = obj_repr(de(self)->name);
    return r ? str_format("<DirEntry %S>", r) : V_NULL;
}

static const method_def direntry_methods[] = {
    { "stat", de_stat, METH_KEYWORDS, "stat($self, /, *, follow_symlinks=True)\n--\n\nReturn stat_result object for the entry; cached per entry." },
    { "is_dir", de_is_dir, METH_KEYWORDS, "is_dir($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a directory; cached per entry." },
    { "is_file", de_is_file, METH_KEYWORDS, "is_file($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a file; cached per entry." },
    { "is_symlink", de_is_symlink, METH_NOARGS, "is_symlink($self, /)\n--\n\nReturn True if the entry is a symbolic link; cached per entry." },
    { "inode", de_inode, METH_NOARGS, "inode($self, /)\n--\n\nReturn inode of the entry; cached per entry." },
    { "__fspath__", de_fspath, METH_NOARGS, "__fspath__($self, /)\n--\n\nReturns the path for the entry." },
    { NULL, NULL, 0, NULL },
};

static const getset_def direntry_getsets[] = {
    { "name", get_name, NULL, "the entry's base filename, relative to scandir() \"path\" argument" },
    { "path", get_path, NULL, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)" },
    { NULL, NULL, NULL, NULL },
};

static value no_new(type_object *type, int argc, const value *argv, value kwnames)
{
    return exc_raise(&exc_TypeError, "cannot create '%s' instances", type->name);
}

static type_object direntry_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "posix.DirEntry",
    .basicsize = sizeof(direntry_object),
    .trace = direntry_trace,
    .getattr = obj_generic_getattr,
    .repr = de_repr,
    .new = no_new,
    .methods = direntry_methods,
    .getsets = direntry_getsets,
};

/* -- ScandirIterator ------------------------------------------------------------ */

static value iter_self(value self) { return self; }

static value sd_next(value self)
{
    scandir_object *s = (scandir_object *)v_obj(self);
    if (s->next >= list_len(s->entries))
        return V_NULL;
    return list_get(s->entries, s->next++);
}

static value sd_close(value self, int argc, const value *argv, value kw)
{
    scandir_object *s = (scandir_object *)v_obj(self);
    s->next = list_len(s->entries);
    return V_NONE;
}

static value sd_enter(value self, int argc, const value *argv, value kw) { return self; }

static value sd_exit(value self, int argc, const value *argv, value kw)
{
    sd_close(self, 0, NULL, V_NULL);
    return V_NONE;
}

static const method_def scandir_methods[] = {
    { "close", sd_close, METH_NOARGS, "close($self, /)\n--\n\n" },
    { "__enter__", sd_enter, METH_NOARGS, "__enter__($self, /)\n--\n\n" },
    { "__exit__", sd_exit, METH_FAST, "__exit__($self, *args, /)\n--\n\n" },
    { NULL, NULL, 0, NULL },
};

static type_object scandir_type = {
    .hdr = { &type_type, 0, 0 },
    .name = "posix.ScandirIterator",
    .basicsize = sizeof(scandir_object),
    .trace = scandir_trace,
    .getattr = obj_generic_getattr,
    .new = no_new,
    .iter = iter_self,
    .iternext = sd_next,
    .methods = scandir_methods,
};

/* entry.path: dir + "/" + name (no slash added after one already
 * there); dir is "." when scandir() had no argument, as in CPython. */
static value entry_path(const path_t *p, const char *name)
{
    size_t dl = strlen(p->cpath), nl = strlen(name);
    bool slash = dl && p->cpath[dl - 1] != '/';
    char *buf = malloc(dl + nl + 2);
    if (!buf)
        return exc_no_memory();
    memcpy(buf, p->cpath, dl);
    if (slash)
        buf[dl] = '/';
    memcpy(buf + dl + slash, name, nl);
    value r = make_path(buf, dl + slash + nl, p->is_bytes);
    free(buf);
    return r;
}

static value new_entry(const path_t *p, const struct dirent *d)
{
    value name = make_path(d->d_name, strlen(d->d_name), p->is_bytes);
    value path = name ? entry_path(p, d->d_name) : V_NULL;
    if (!path)
        return V_NULL;
    direntry_object *e = (direntry_object *)seq_alloc(&direntry_type, sizeof(direntry_object), 0);
    if (!e)
        return V_NULL;
    e->name = name;
    e->path = path;
    e->stat = e->lstat = V_NONE;
    e->d_type = d->d_type;
    e->ino = d->d_ino;
    return v_from_obj(e);
}

value px_scandir(value self, int argc, const value *argv, value kwnames)
{
    static const char *const names[] = { "path" };
    value a[1];
    if (num_parse_args("scandir", argc, argv, kwnames, names, 1, 1, 0, a) < 0)
        return V_NULL;
    bool given = a[0] && a[0] != V_NONE;
    path_t p;
    if (path_conv("scandir", "path", given ? a[0] : V_NONE, ALLOW_NONE, &p) < 0)
        return V_NULL;
    DIR *d = opendir(p.cpath);
    if (!d)
        return raise_os(errno, given ? a[0] : V_NULL);
    value l = list_new(0);
    struct dirent *ent;
    errno = 0;
    while (l && (ent = readdir(d))) {
        if (strcmp(ent->d_name, ".") && strcmp(ent->d_name, "..")) {
            value e = new_entry(&p, ent);
            if (!e || list_append(l, e) < 0)
                l = V_NULL;
        }
        errno = 0;
    }
    int err = errno;
    closedir(d);
    if (l && err)
        return raise_os(err, p.obj);
    if (!l)
        return V_NULL;
    scandir_object *s = (scandir_object *)seq_alloc(&scandir_type, sizeof(scandir_object), 0);
    if (!s)
        return V_NULL;
    s->entries = l;
    s->next = 0;
    return v_from_obj(s);
}

int posixmodule_scandir_init(value d)
{
    if ((!(direntry_type.flags & TYPE_READY) && type_ready(&direntry_type) < 0) ||
        (!(scandir_type.flags & TYPE_READY) && type_ready(&scandir_type) < 0))
        return -1;
    return dict_set_cstr(d, "DirEntry", v_from_obj(&direntry_type));
}
