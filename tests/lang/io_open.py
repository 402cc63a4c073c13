import _io, os, warnings
d = 'io1_open_%d' % os.getpid()
os.mkdir(d); os.chdir(d)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    with _io.open('x', 'wb') as f: f.write(b'abc\n')
    t(lambda: _io.open('x', 'rr')); t(lambda: _io.open('x', 'rz')); t(lambda: _io.open('x', 'rw')); t(lambda: _io.open('x', 'b')); t(lambda: _io.open('x', 'tb'))
    t(lambda: _io.open('x', 'rU')); t(lambda: _io.open('x', 'rb', encoding='utf-8')); t(lambda: _io.open('x', 'rb', errors='strict')); t(lambda: _io.open('x', 'rb', newline=''))
    t(lambda: _io.open('x', 5)); t(lambda: _io.open('x', 'r', 'a')); t(lambda: _io.open('x', 'r', encoding=5)); t(lambda: _io.open('x', 'r', errors=5)); t(lambda: _io.open('x', 'r', newline=5))
    t(lambda: _io.open('x', 'r', closefd='a')); t(lambda: _io.open(1.5)); t(lambda: _io.open([])); t(lambda: _io.open('x', 'rt', buffering=0))
    t(lambda: _io.open('x', 'rb', buffering=-5))
    f = _io.open('x', 'rb'); print(type(f).__name__, f.raw.mode, f.mode, f.name); f.close()
    f = _io.open('x', 'rb', buffering=0); print(type(f).__name__, f.mode); f.close()
    f = _io.open('x', 'r+b'); print(type(f).__name__, f.mode); f.close()
    f = _io.open('x', 'ab'); print(type(f).__name__, f.mode); f.close()
    f = _io.open('x', 'wb'); print(type(f).__name__, f.mode); f.write(b'hi'); f.close()
    os.unlink('x')
    f = _io.open('x', 'xb'); print(type(f).__name__, f.mode); f.write(b'hi'); f.close()
    t(lambda: _io.open('x', 'xb'))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        f = _io.open('x', 'rb', buffering=1); print(type(f).__name__, [str(x.message) for x in w], [x.category.__name__ for x in w]); f.close()
    fd = os.open('x', os.O_RDONLY); f = _io.open(fd, 'rb', closefd=False); print(f.name == fd, f.read()); f.close(); os.close(fd)
    t(lambda: _io.open_code(b'x')); f = _io.open_code('x'); print(type(f).__name__, f.mode, f.read()); f.close()
    print(_io.text_encoding(None), _io.text_encoding('utf-8'), _io.text_encoding(None, 3)); t(lambda: _io.text_encoding())
    print(_io.open.__name__, _io.open.__module__, open is _io.open, _io.open_code.__module__, _io.text_encoding.__module__)
    t(lambda: _io.open('x', 'r', buffering='a'))
    t(lambda: _io.open('x', mode='rb', opener=lambda p, f: os.open(p, f)).read())
    t(lambda: _io.open('nope')); t(lambda: _io.open('.', 'wb'))
    class PL:
        def __fspath__(self): return 'x'
    f = _io.open(PL(), 'rb'); print(f.name, f.read()); f.close()
    t(lambda: _io.open(PL(), 'rb', buffering=0).name)
    print(_io.DEFAULT_BUFFER_SIZE, _io.BlockingIOError is BlockingIOError, issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
    with open('y', 'wb') as f:
        f.write(b'one\ntwo\n')
    with open('y', 'rb') as f:
        print([l for l in f])
    def leak():
        f = open('z', 'wb'); f.write(b'data')
    leak(); import gc; gc.collect()
    with open('z', 'rb') as f: print(f.read())
finally:
    for n in os.listdir('.'): os.unlink(n)
    os.chdir('..'); os.rmdir(d)
