/* The registry of built-in modules written in C (gc, _weakref, weakref,
 * ...): a table of names and init functions, and a cache of the modules
 * already made, so each is initialised once and `import gc` twice gives
 * the same object. The import system's BuiltinImporter
 * (src/vm/import_spec.c) finds modules here; sys.modules is the cache
 * programs see. To add a module: write its init function
 * (it returns a new module made with module_new and filled with
 * modules_add_functions) and add one line to the table in modules.c. */
#ifndef TAIPAN_MODULES_H
#define TAIPAN_MODULES_H
#include "../objects/object.h"

/* The module `name` (a str): from the cache, or made by its init function.
 * V_NULL without an exception when there is no such built-in module;
 * V_NULL with one when its initialisation failed. */
TP_MUST_CHECK value modules_import(value name);
/* Whether `name` (a C string) is a built-in module of the table. */
bool modules_is_builtin(const char *name);
/* The table's size and its i-th name (sys.builtin_module_names). */
size_t modules_count(void);
const char *modules_name(size_t i);

/* Binds each function of defs (NULL-name terminated) in the module. */
TP_MUST_CHECK int modules_add_functions(value module, const method_def *defs);

/* Functions to run at exit, newest first (atexit's order), after the
 * main program ends: weakref.finalize's. modules_at_exit also runs the
 * __del__ calls and weakref callbacks still queued. */
void modules_register_exit(void (*fn)(void));
void modules_at_exit(void);

/* The init functions (one file each). */
value gcmodule_init(void);
value weakrefmodule_init_private(void);   /* _weakref */
value marshalmodule_init(void);           /* marshal */
value posixmodule_init(void);             /* posix */
value itertoolsmodule_init(void);         /* itertools */
value iomodule_init(void);                /* _io (src/modules/io/) */
value impmodule_init(void);               /* _imp */
value warningsmodule_init(void);          /* _warnings */
value codecsmodule_init(void);            /* _codecs */
value binasciimodule_init(void);          /* binascii */
value structmodule_init(void);            /* _struct */
value threadmodule_init(void);            /* _thread */
value errnomodule_init(void);             /* errno */
value timemodule_init(void);              /* time */
value atexitmodule_init(void);            /* atexit */
value stringmodule_init(void);            /* _string */
value localemodule_init(void);            /* _locale */
value selectmodule_init(void);            /* select */
value signalmodule_init(void);            /* _signal */
value mathmodule_init(void);              /* math */
value randommodule_init(void);            /* _random */
value sha512module_init(void);            /* _sha512 */
value md5module_init(void);               /* _md5 */
value sha1module_init(void);              /* _sha1 */
value sha256module_init(void);            /* _sha256 */
value blake2module_init(void);            /* _blake2 */
value sha3module_init(void);              /* _sha3 */
value cmathmodule_init(void);             /* cmath */
value collectionsmodule_init(void);       /* _collections */
value functoolsmodule_init(void);         /* _functools */
value operatormodule_init(void);          /* _operator */
value abcmodule_init(void);               /* _abc */
value sremodule_init(void);               /* _sre (src/modules/sre/) */
value astmodule_init(void);               /* _ast (astmodule.c) */
value posixsubprocessmodule_init(void);   /* _posixsubprocess */
value zlibmodule_init(void);              /* zlib (over libz) */
value contextvarsmodule_init(void);       /* _contextvars */
value unicodedatamodule_init(void);       /* unicodedata */
value arraymodule_init(void);             /* array */
value csvmodule_init(void);               /* _csv */

#endif
