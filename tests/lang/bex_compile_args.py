# compile()'s argument checking, in CPython's order and words.

def attempt(label, f):
    try:
        r = f()
        print(label, '->', type(r).__name__)
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__, e)

attempt('no args', lambda: compile())
attempt('two args', lambda: compile('1', 's'))
attempt('seven positional', lambda: compile('1', 's', 'exec', 0, 0, 0, 0))
attempt('eight', lambda: compile('1', 's', 'exec', 0, 0, 0, _feature_version=0, x=1))
attempt('bad keyword', lambda: compile('1', 's', 'exec', foo=1))
attempt('name and position', lambda: compile('1', 's', mode='exec', source='2'))
attempt('mode int', lambda: compile('1', 's', 1))
attempt('mode bytes', lambda: compile('1', 's', b'exec'))
attempt('filename int', lambda: compile('1', 2, 'exec'))
attempt('filename None', lambda: compile('1', None, 'exec'))
attempt('flags str', lambda: compile('1', 's', 'exec', 'x'))
attempt('flags float', lambda: compile('1', 's', 'exec', 1.0))
attempt('flags huge', lambda: compile('1', 's', 'exec', 1 << 40))
attempt('flags True', lambda: compile('1', 's', 'exec', True))
attempt('flags unknown', lambda: compile('1', 's', 'exec', 0x8))
attempt('dont_inherit str', lambda: compile('1', 's', 'exec', dont_inherit='a'))
attempt('optimize 3', lambda: compile('1', 's', 'exec', optimize=3))
attempt('optimize -2', lambda: compile('1', 's', 'exec', optimize=-2))
attempt('optimize str', lambda: compile('1', 's', 'exec', optimize='a'))
attempt('feature version', lambda: compile('1', 's', 'exec', _feature_version=8))
attempt('source int', lambda: compile(1, 's', 'exec'))
attempt('source list', lambda: compile(['x'], 's', 'exec'))
attempt('source None', lambda: compile(None, 's', 'exec'))

# accepted flags: the obsolete nested-scopes bit and the __future__ bits
for flag in (0x10, 0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x800000, 0x200, 0x4000):
    print(hex(flag), compile('x = 1', 's', 'exec', flag).co_filename)

# file names: bytes and os.PathLike objects become str
print(compile('1', b'bytes.py', 'exec').co_filename)

class P:
    def __fspath__(self):
        return 'pathlike.py'

class BadP:
    def __fspath__(self):
        return 3

print(compile('1', P(), 'exec').co_filename)
attempt('bad fspath', lambda: compile('1', BadP(), 'exec'))
