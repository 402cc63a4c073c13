import _io, os
d = 'io1_fileio_%d' % os.getpid()
os.mkdir(d); os.chdir(d)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e, getattr(e,'errno',None), getattr(e, 'filename', None))
try:
    t(lambda: _io.FileIO(3.5)); t(lambda: _io.FileIO(-1)); t(lambda: _io.FileIO(2**40)); t(lambda: _io.FileIO([]))
    t(lambda: _io.FileIO('a\0b')); t(lambda: _io.FileIO('x', 'rw')); t(lambda: _io.FileIO('x', 'z')); t(lambda: _io.FileIO('x', 'r+b+'))
    t(lambda: _io.FileIO('x', 'b')); t(lambda: _io.FileIO('x', 5)); t(lambda: _io.FileIO('nope'))
    t(lambda: _io.FileIO('.')); t(lambda: _io.FileIO('x', 'w', closefd=False)); t(lambda: _io.FileIO('x', 'rt'))
    f=_io.FileIO('x','w'); print(f, f.mode, f.name, f.closefd, f.readable(), f.writable(), f.seekable(), f.fileno()>2, f.isatty())
    t(lambda: f.read()); t(lambda: f.write('s')); print(f.write(b'hello world'), f.tell(), f.write(bytearray(b'!')), f.write(memoryview(b'xy')))
    print(f.seek(0), f.seek(2, 1), f.seek(-1, 2), f.truncate(5), f.tell()); t(lambda: f.seek(0, 5)); t(lambda: f.seek(1.5)); t(lambda: f.seek('a'))
    t(lambda: f.seek(-5)); t(lambda: f.truncate(-1))
    f.close(); print(f, f.closed); t(lambda: f.read()); t(lambda: f.fileno()); t(lambda: f.mode); t(lambda: f.tell()); t(lambda: f.write(b'')); t(lambda: f.readable()); f.close()
    f=_io.FileIO('x'); print(f.read(2), f.read(), f.read(), f.mode); f.seek(0); print(f.readall()); f.seek(1)
    b=bytearray(3); print(f.readinto(b), b); t(lambda: f.readinto(b'ab')); t(lambda: f.write(b'a')); t(lambda: f.truncate()); t(lambda: f.read('x')); print(f.read(None))
    f.seek(0); print(list(f), f.readline())
    f.close()
    for m in ['r+', 'rb+', 'a', 'a+', 'w+', 'xb']:
        try: os.unlink('y')
        except: pass
        f=_io.FileIO('y' if m!='r+' and m!='rb+' else 'x', m); print(m, f.mode, f.tell()); f.close()
    t(lambda: _io.FileIO('x', 'x'))
    fd=os.open('x', os.O_RDONLY); f=_io.FileIO(fd, closefd=False); print(f.name == fd, f.closefd); f.close(); print(os.read(fd, 3)); os.close(fd)
    f=_io.FileIO(b'x'); print(f); f.close()
    class PL:
        def __fspath__(self): return 'x'
        def __repr__(self): return 'PL()'
    f=_io.FileIO(PL()); print(f); f.close()
    t(lambda: _io.FileIO('x', opener=lambda p, fl: -3))
    t(lambda: _io.FileIO('x', opener=lambda p, fl: 'a'))
    f=_io.FileIO('x', opener=lambda p, fl: os.open(p, fl)); print(f.read()); f.close()
    t(lambda: _io.FileIO(99))
    class F(_io.FileIO): pass
    f=F('x'); print(f); f.close(); print(f)
    f=_io.FileIO('x'); del f.name; print(f.mode, f.closefd); f.close()
    f=_io.FileIO('x','r'); print(f.read(-5), f._blksize>0, f.read(0)); f.close()
    with _io.FileIO('x', 'a') as f:
        f.write(b'+more')
    print(f.closed)
    with _io.FileIO('x', 'rb') as f:
        print(f.readall(), f.seek(3), f.readline(), f.readlines())
    f = _io.FileIO('big', 'w'); print(f.write(b'abc' * 100000)); f.close()
    f = _io.FileIO('big'); print(len(f.read()), f.read(), len(f.read(10))); f.seek(0); print(len(f.read(1<<20))); f.close()
    with _io.FileIO('x', 'r+') as f:
        print(f.write(b'HE'), f.read(3), f.tell())
    import gc
    def leak():
        f = _io.FileIO('x'); return f.fileno()
    fd = leak(); gc.collect()
    t(lambda: os.fstat(fd))
finally:
    for n in os.listdir('.'): os.unlink(n)
    os.chdir('..'); os.rmdir(d)
