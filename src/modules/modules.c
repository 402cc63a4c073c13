/* The built-in module registry (modules.h): which C modules exist, the
 * cache of those already initialised (a dict, a GC root), and the
 * functions run at exit. */
#include <string.h>
#include "modules.h"
#include "builtins.h"
#include "sysmodule.h"
#include "../gc/gc.h"
#include "../objects/cfunction.h"
#include "../objects/dict.h"
#include "../objects/module.h"
#include "../objects/str.h"
#include "../vm/exc.h"

typedef struct builtin_module {
    const char *name;
    value (*init)(void);
} builtin_module;

static value builtins_get(void) { return builtins_module; }

static const builtin_module table[] = {
    { "builtins", builtins_get },
    { "sys", sysmodule_init },
    { "gc", gcmodule_init },
    { "_weakref", weakrefmodule_init_private },
    { "marshal", marshalmodule_init },
    { "posix", posixmodule_init },
    { "itertools", itertoolsmodule_init },
    { "_io", iomodule_init },
    { "_imp", impmodule_init },
    { "_warnings", warningsmodule_init },
    { "_codecs", codecsmodule_init },
    { "binascii", binasciimodule_init },
    { "_struct", structmodule_init },
    { "_thread", threadmodule_init },
    { "errno", errnomodule_init },
    { "time", timemodule_init },
    { "atexit", atexitmodule_init },
    { "_string", stringmodule_init },
    { "_locale", localemodule_init },
    { "select", selectmodule_init },
    { "_signal", signalmodule_init },
    { "math", mathmodule_init },
    { "_random", randommodule_init },
    { "_sha512", sha512module_init },
    { "_md5", md5module_init },
    { "_sha1", sha1module_init },
    { "_sha256", sha256module_init },
    { "_blake2", blake2module_init },
    { "_sha3", sha3module_init },
    { "cmath", cmathmodule_init },
    { "_collections", collectionsmodule_init },
    { "_functools", functoolsmodule_init },
    { "_operator", operatormodule_init },
    { "_abc", abcmodule_init },
    { "_sre", sremodule_init },
    { "_ast", astmodule_init },
    { "_posixsubprocess", posixsubprocessmodule_init },
    { "zlib", zlibmodule_init },
    { "_contextvars", contextvarsmodule_init },
    { "unicodedata", unicodedatamodule_init },
    { "array", arraymodule_init },
    { "_csv", csvmodule_init },
};

static value cache;   /* name -> module */

static const builtin_module *find(const char *name)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (!strcmp(table[i].name, name))
            return &table[i];
    return NULL;
}

size_t modules_count(void) { return sizeof table / sizeof table[0]; }

const char *modules_name(size_t i) { return table[i].name; }

bool modules_is_builtin(const char *name)
{
    return find(name) != NULL;
}

value modules_import(value name)
{
    if (!cache) {
        cache = dict_new();
        if (!cache)
            return V_NULL;
        gc_root(&cache);
    }
    value m = dict_get_str(cache, name);
    if (m)
        return m;
    if (strlen(str_data(name)) != str_size(name))   /* an embedded NUL names nothing */
        return V_NULL;
    const builtin_module *b = find(str_data(name));
    if (!b)
        return V_NULL;
    m = b->init();
    if (!m || dict_set(cache, name, m) < 0)
        return V_NULL;
    return m;
}

int modules_add_functions(value module, const method_def *defs)
{
    value d = module_dict(module);
    value modname = dict_get_cstr(d, "__name__");
    for (const method_def *m = defs; m->name; m++) {
        value f = cfunc_new(m, V_NULL, modname);
        if (!f || dict_set_cstr(d, m->name, f) < 0)
            return -1;
    }
    return 0;
}

/* -- At exit ------------------------------------------------------------------ */

#define MAX_EXIT_FUNCS 16
static void (*exit_funcs[MAX_EXIT_FUNCS])(void);
static int nexit_funcs;

void modules_register_exit(void (*fn)(void))
{
    for (int i = 0; i < nexit_funcs; i++)
        if (exit_funcs[i] == fn)
            return;
    if (nexit_funcs < MAX_EXIT_FUNCS)   /* a fixed set of C modules registers here */
        exit_funcs[nexit_funcs++] = fn;
}

void modules_at_exit(void)
{
    gc_run_pending();
    value saved = exc_fetch();
    for (int i = nexit_funcs - 1; i >= 0; i--)
        exit_funcs[i]();
    gc_run_pending();
    exc_restore(saved);
}
