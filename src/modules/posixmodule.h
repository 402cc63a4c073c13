/* What the files of the posix module (posixmodule.c, posixmodule_scandir.c)
 * share: path argument conversion, OSError raising and stat results. */
#ifndef TAIPAN_POSIXMODULE_H
#define TAIPAN_POSIXMODULE_H
#include <sys/stat.h>
#include "../objects/object.h"

enum { ALLOW_FD = 1, ALLOW_NONE = 2 };

typedef struct path_t {
    value obj;       /* the argument as given (for error messages) */
    value bytes;     /* its encoded form (keeps cpath alive: the C stack is scanned) */
    const char *cpath;
    bool is_bytes;   /* results are bytes */
    int fd;          /* -1 unless an int was given */
} path_t;

/* Converts v, argument `argname` of function fn, as CPython's
 * path_converter does; allow: ALLOW_FD / ALLOW_NONE. -1 on error. */
TP_MUST_CHECK int path_conv(const char *fn, const char *argname, value v, int allow, path_t *p);
/* A path result: bytes, or str decoded with surrogateescape. */
TP_MUST_CHECK value make_path(const char *s, size_t n, bool as_bytes);
/* OSError(err, strerror, f1[, None, f2]) raised; f1/f2 may be V_NULL. */
value raise_os(int err, value f1);
value raise_os2(int err, value f1, value f2);
/* An os.stat_result. */
TP_MUST_CHECK value make_stat(const struct stat *st);

/* The functions of posixmodule_fs.c. */
extern const method_def posix_fs_functions[];
/* The functions of posixmodule_proc.c. */
extern const method_def posix_proc_functions[];

/* scandir() and its types; posixmodule_scandir_init readies them. */
value px_scandir(value self, int argc, const value *argv, value kwnames);
TP_MUST_CHECK int posixmodule_scandir_init(value module_dict);

#endif
