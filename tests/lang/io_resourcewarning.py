# A file collected while open issues ResourceWarning "unclosed file <the
# outermost stream>" (once, from the wrapper that owns the descriptor).
import warnings, gc, io, os
d = 'io1_rw_%d' % os.getpid()
os.mkdir(d); os.chdir(d)
try:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        def leak(mode, buffering=-1):
            f = open('rw', mode, buffering=buffering)
        for m, b in [('wb', 0), ('wb', -1), ('w', -1), ('rb', -1), ('r+b', -1)]:
            leak(m, b); gc.collect()
        g = open('rw'); f = io.FileIO(g.fileno(), closefd=False); del f; gc.collect(); g.close()
        def closed_ok():
            with open('rw') as f: pass
        closed_ok(); gc.collect()
        for x in w: print(x.category.__name__, str(x.message))
finally:
    for n in os.listdir('.'): os.unlink(n)
    os.chdir('..'); os.rmdir(d)
