/* Shared by the import system's files (import.h): the finder and loader
 * types, and the entry points that let import.c skip a Python-level call
 * when a finder or loader is one of Taipan's own. */
#ifndef TAIPAN_IMPORT_INTERNAL_H
#define TAIPAN_IMPORT_INTERNAL_H
#include <stdbool.h>
#include "../front/diag.h"
#include "../objects/object.h"

/* import_spec.c */
extern type_object modulespec_type;        /* _frozen_importlib.ModuleSpec */
extern type_object builtin_importer_type;  /* _frozen_importlib.BuiltinImporter */
extern type_object frozen_importer_type;   /* _frozen_importlib.FrozenImporter */
extern type_object namespace_loader_type;  /* _frozen_importlib_external.NamespaceLoader */
/* import_file.c */
extern type_object path_finder_type;       /* _frozen_importlib_external.PathFinder */
extern type_object file_finder_type;       /* _frozen_importlib_external.FileFinder */
extern type_object source_loader_type;     /* _frozen_importlib_external.SourceFileLoader */
extern type_object sourceless_loader_type; /* _frozen_importlib_external.SourcelessFileLoader */

/* type_ready for all of them. */
TP_MUST_CHECK int import_types_init(void);
/* The default sys.path_hooks entry: FileFinder for folders. */
TP_MUST_CHECK value import_file_hook(void);
/* The zip archives' hook (zipimport.zipimporter, loaded when first needed). */
TP_MUST_CHECK value import_zip_hook(void);

/* A ModuleSpec (import_spec.c). `is_package`: submodule_search_locations
 * starts as [] rather than None. */
TP_MUST_CHECK value spec_new(value name, value loader, value origin, bool is_package);
/* spec.attr = v / spec.attr for a spec of any kind (C or Python). */
TP_MUST_CHECK int spec_set(value spec, const char *attr, value v);

/* BuiltinImporter.find_spec(name, path): a spec, None, or V_NULL. */
TP_MUST_CHECK value builtin_find_spec(value name, value path);
/* The spec of a built-in module already made (sys, builtins). */
TP_MUST_CHECK value builtin_spec(value name);
/* PathFinder.find_spec(name, path): a spec, None, or V_NULL. */
TP_MUST_CHECK value path_find_spec(value name, value path);
/* A NamespaceLoader for a namespace package's spec (what importlib puts
 * there when a spec has no loader). */
TP_MUST_CHECK value namespace_loader_new(value name, value path);
/* exec_module of Taipan's own file loaders, without a Python call:
 * 1 done (0 returned through *status), 0 when `loader` is not one of them. */
bool file_loader_exec(value loader, value module, int *status);

/* "# ..." lines on stderr when import_verbose >= level. */
void import_trace(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Raises the exception a failed compilation left in d (SyntaxError with
 * its location, IndentationError, MemoryError, ...). Always V_NULL. */
value import_raise_diag(diag *d);
/* ImportError / ModuleNotFoundError with .name (and .path) set. */
value import_error(type_object *type, value msg, value name, value path);

#endif
