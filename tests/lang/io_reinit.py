import _io, gc, os
d = 'io1_reinit_%d' % os.getpid()
os.mkdir(d); os.chdir(d)
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
try:
    with _io.FileIO('r1', 'w') as f: f.write(b'abc')
    f = _io.FileIO('r1'); t(lambda: f.__init__("r2", "r")); print(f.name); f.close()
    t(lambda: f.__init__('nope/x')); print(f.closed)
    b = _io.BufferedReader(_io.FileIO('r1')); print(b.read(1)); t(lambda: b.__init__(_io.FileIO('r2'))); print(b.read()); b.close()
    b = _io.BufferedWriter(_io.FileIO('r2', 'w')); b.write(b'zz'); t(lambda: b.__init__(5)); t(lambda: b.close()); t(lambda: b.write(b"x"))
    w = _io.BufferedWriter(_io.FileIO('r2', 'w'), 1); w.write(b'abcdef'); print(w.tell()); w.close()
    p = _io.BufferedRWPair(_io.FileIO('r1'), _io.FileIO('r2', 'w')); t(lambda: p.__init__(1, 2)); p.close()
    for i in range(50):
        x = _io.BufferedRandom(_io.FileIO('r2', 'r+'), 3); x.write(b'q' * i); x.seek(0); x.read(2); x.write(b'w'); x.close()
    gc.collect()
    print(_io.FileIO('r2').read()[:10])

finally:
    for n in os.listdir('.'): os.unlink(n)
    os.chdir('..'); os.rmdir(d)
