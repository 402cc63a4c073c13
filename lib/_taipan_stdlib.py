"""Taipan's way to wrap a module of CPython's standard library.

A module of Taipan's own in lib/ that shares its name with a stdlib module
(platform, importlib) shadows it, since lib/ comes first on sys.path.
exec_stdlib() runs the stdlib module's own source in the wrapper's
namespace, so the wrapper is CPython's module plus whatever Taipan
changes after it. Reads go through posix directly: this may run before
io can be imported.
"""

import posix
import sys

_LIB = __file__.rpartition('/')[0]


def find_stdlib(relpath):
    """The path of relpath in the first sys.path folder that is not lib/."""
    for entry in sys.path:
        if not isinstance(entry, str) or entry.rstrip('/') == _LIB:
            continue
        path = (entry or '.').rstrip('/') + '/' + relpath
        try:
            posix.stat(path)
        except OSError:
            continue
        return path
    raise ImportError('Taipan: %s not found in the standard library' % relpath)


def read_bytes(path):
    fd = posix.open(path, posix.O_RDONLY)
    try:
        chunks = []
        while True:
            chunk = posix.read(fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        posix.close(fd)
    return b''.join(chunks)


def exec_stdlib(namespace, relpath):
    """Runs the stdlib's relpath (e.g. 'platform.py') in namespace."""
    path = find_stdlib(relpath)
    code = compile(read_bytes(path), path, 'exec', dont_inherit=True)
    exec(code, namespace)
    return path
