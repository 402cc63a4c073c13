/* The import system (DESIGN.md, "Import and the bytecode cache"): what
 * `import`, `from ... import` and `__import__` do, written in C for
 * start-up speed but with the protocol of CPython 3.11's importlib, so
 * Python code can take part: sys.modules is the cache every import goes
 * through; sys.meta_path's finders are asked in order for a spec
 * (find_spec(name, path, target)); a spec's loader creates and executes
 * the module (create_module / exec_module). The default finders are
 * Taipan's own C objects with CPython's names: BuiltinImporter (the
 * registry of src/modules/modules.c), FrozenImporter (finds nothing:
 * Taipan freezes no module) and PathFinder, which walks sys.path or a
 * package's __path__ through sys.path_hooks and sys.path_importer_cache
 * to a FileFinder per folder. FileFinder finds packages (a folder with
 * __init__.py), modules (m.py, or a lone m.pyc) and namespace-package
 * portions (a folder without __init__.py). Source modules are compiled
 * once and cached in __pycache__ (pyc.h); the import system decides when
 * a cache is read (always, if valid) and written (unless
 * sys.dont_write_bytecode).
 *
 * Files: import.c (the algorithm: __import__, relative names, parents,
 * fromlist, IMPORT_FROM and IMPORT_STAR), import_spec.c (ModuleSpec and
 * the built-in finders and loaders), import_file.c (the path finders and
 * the file loaders, the bytecode cache). */
#ifndef TAIPAN_IMPORT_H
#define TAIPAN_IMPORT_H
#include <stdint.h>
#include "../objects/object.h"

/* -v's count (PYTHONVERBOSE): 1 prints what is imported from where and
 * each cache read or written, as CPython's -v does, on stderr; 2 also
 * each file tried. */
extern int import_verbose;
/* --check-hash-based-pycs (an enum pyc_check, pyc.h): when the import
 * system checks a hash-based cache against its source. */
extern int import_check_hash_pycs;
/* How many modules import compiled from source (a valid cache means no
 * compilation): sys._compile_count(), for the cache's tests. */
extern uint64_t import_compile_count;

/* Makes sys (with sys.modules holding builtins and sys), the default
 * meta_path, path_hooks and path_importer_cache, and builtins.__import__.
 * Idempotent; 0, or -1 with an exception set. */
TP_MUST_CHECK int import_init(void);

/* sys.modules: the dict the import system uses (even when a program
 * rebinds sys.modules, as CPython 3.11). */
value import_modules(void);

/* IMPORT_NAME: `import name` / `from name import fromlist` with `level`
 * leading dots, in the running frame (its builtins' __import__ is called
 * when a program replaced it). Returns what __import__ returns. */
TP_MUST_CHECK value import_name(value name, value globals, value fromlist, value level);
/* __import__(name, globals, locals, fromlist, level) without the argument
 * parsing: the module (or top package) as CPython's
 * PyImport_ImportModuleLevelObject returns it. globals may be V_NULL. */
TP_MUST_CHECK value import_module_level(value name, value globals, value fromlist, int64_t level);
/* The module named `name` (absolute, dotted), imported if needed: the
 * module itself, not its top-level package. */
TP_MUST_CHECK value import_module(value name);
TP_MUST_CHECK value import_module_cstr(const char *name);
/* Renames co_filename `old` to `path` in code and the code objects
 * inside it (a cache written for a source at another path;
 * _imp._fix_co_filename). */
void import_fix_co_filename(value code, value old, value path);

/* importlib.util.find_spec(name) for an absolute dotted name: the spec
 * (from sys.modules' __spec__ when loaded; the parent is imported first),
 * None when no finder knows it, or V_NULL with an exception. */
TP_MUST_CHECK value import_find_spec(value name);

/* IMPORT_FROM: `from module import name`, falling back to
 * sys.modules['module.name'] (a submodule in an import cycle); the
 * ImportError otherwise names the module and its file, and says when the
 * module is only partially initialised. */
TP_MUST_CHECK value import_from(value module, value name);
/* IMPORT_STAR: binds in `locals` (a mapping) the names of module's
 * __all__, else its public names. 0, or -1 with an exception. */
TP_MUST_CHECK int import_star(value module, value locals);

/* Records the main program's module as sys.modules['__main__']. */
TP_MUST_CHECK int import_set_main(value module);

#endif
