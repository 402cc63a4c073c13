import io, os, builtins
d = 'io1_builtin_open_%d' % os.getpid()
os.mkdir(d); os.chdir(d)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    print(builtins.open is io.open, open is io.open, 'open' in dir(builtins))
    with open('a.txt', 'w') as f:
        print(type(f).__name__, f.mode, f.name, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        f.write('first\nsecond\n')
        f.writelines(['x\n', 'y'])
    with open('a.txt') as f:
        print(f.readline(), f.read())
    with open('a.txt', 'rb') as f:
        print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f.raw, io.RawIOBase), isinstance(f, io.TextIOBase))
        print(f.readlines())
    with open('a.txt', 'ab', buffering=0) as f:
        print(type(f).__name__, isinstance(f, io.FileIO), f.write(b'\nz'))
    with open('a.txt', 'r+b') as f:
        print(type(f).__name__, f.read(5), f.seek(0, io.SEEK_END), f.write(b'!'), f.tell())
    print(open('a.txt', 'rb').read())
    t(lambda: io.open('a.txt', 'rw')); t(lambda: open('missing'))
    class Up(io.RawIOBase):
        def __init__(self): self.n = 0
        def readable(self): return True
        def readinto(self, b):
            if self.n >= 3: return 0
            self.n += 1; b[:2] = b'ab'; return 2
    print(Up().read(), Up().readall(), io.BufferedReader(Up()).read(), list(io.BufferedReader(Up())))
    print(issubclass(io.FileIO, io.RawIOBase), issubclass(io.BufferedRandom, io.BufferedIOBase), io.UnsupportedOperation.__name__)
    try:
        with open('a.txt', 'rb') as f: f.write(b'x')
    except io.UnsupportedOperation as e: print('unsupported', e, isinstance(e, OSError), isinstance(e, ValueError))
    f = open('a.txt', 'rb'); f.close(); t(lambda: f.read()); t(lambda: next(f)); t(lambda: f.__enter__())
finally:
    for n in os.listdir('.'): os.unlink(n)
    os.chdir('..'); os.rmdir(d)
