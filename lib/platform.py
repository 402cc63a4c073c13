"""Taipan's platform: CPython's platform module, run unchanged, except
that it knows the implementation it runs on: python_implementation() is
'Taipan' and the python_* functions read Taipan's sys.version."""

import _taipan_stdlib

_taipan_stdlib.exec_stdlib(globals(), 'platform.py')
del _taipan_stdlib

_cpython_sys_version = _sys_version


def _sys_version(sys_version=None):
    """Returns a parsed version of Python's sys.version as tuple
       (name, version, branch, revision, buildno, builddate, compiler),
       naming Taipan when sys_version is Taipan's."""
    if sys_version is not None and 'Taipan' not in sys_version:
        return _cpython_sys_version(sys_version)
    if sys_version is None:
        sys_version = sys.version
    result = _sys_version_cache.get(sys_version)
    if result is not None:
        return result
    # '3.11.7 (Taipan 0.1, Nov 21 2026, 13:09:58) [GCC 12.2.0]'
    version, _, rest = sys_version.partition(' (')
    info, _, compiler = rest.partition(') [')
    parts = [p.strip() for p in info.split(',')]
    builddate = ' '.join(parts[1:3]) if len(parts) >= 3 else ''
    buildno = parts[0] if parts else ''
    result = ('Taipan', version, '', '', buildno, builddate, compiler.rstrip(']'))
    _sys_version_cache[sys_version] = result
    return result
