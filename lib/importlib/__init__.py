"""Taipan's importlib: CPython's importlib package, run unchanged, then
switched to Taipan's bytecode-cache format and import system.

- The package's __path__ also lists the stdlib's importlib folder, so
  importlib.util, importlib.machinery, importlib.resources, ... are
  CPython's own modules.
- importlib._bootstrap_external writes and accepts Taipan's cache files
  (its own magic number, and a checksum after the code: docs/pyc.md), so
  py_compile and compileall make caches that `import` loads.
- importlib.import_module goes through Taipan's import system (the one
  `import` uses, src/vm/import.c) rather than a second copy of it.
"""

import _taipan_stdlib

__path__.append(_taipan_stdlib.find_stdlib('importlib/__init__.py').rpartition('/')[0])
_taipan_stdlib.exec_stdlib(globals(), 'importlib/__init__.py')
del _taipan_stdlib


def _taipan_setup():
    import builtins
    import sys
    be = _bootstrap_external
    c_import = builtins.__import__   # Taipan's import system (this module has importlib's)

    def _code_to_timestamp_pyc(code, mtime=0, source_size=0):
        "Produce the data for a timestamp-based pyc (Taipan's format)."
        field = be._pack_uint32(mtime) + be._pack_uint32(source_size)
        return bytearray(_imp._pyc_image(code, 0, field))

    def _code_to_hash_pyc(code, source_hash, checked=True):
        "Produce the data for a hash-based pyc (Taipan's format)."
        assert len(source_hash) == 8
        return bytearray(_imp._pyc_image(code, 0b1 | checked << 1, source_hash))

    def _gcd_import(name, package=None, level=0):
        """Import and return the module based on its name, the package the
        call is being made from, and the level adjustment."""
        _bootstrap._sanity_check(name, package, level)
        if level > 0:
            name = _bootstrap._resolve_name(name, package, level)
        c_import(name)
        return sys.modules[name]

    # CPython's names for them, which zipimport imports
    sys.modules.setdefault('_frozen_importlib', _bootstrap)
    sys.modules.setdefault('_frozen_importlib_external', be)
    be.MAGIC_NUMBER = _imp._pyc_magic
    be._code_to_timestamp_pyc = _code_to_timestamp_pyc
    be._code_to_hash_pyc = _code_to_hash_pyc
    _bootstrap._gcd_import = _gcd_import


_taipan_setup()
del _taipan_setup
