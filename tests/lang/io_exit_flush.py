# Streams still open when the program ends are flushed at exit (CPython's
# shutdown finalizes them): a forked child writes without closing and exits.
import os, sys
path = 'io1_exit_%d' % os.getpid()
pid = os.fork()
if pid == 0:
    f = open(path, 'w'); f.write('text, never closed\n')
    g = open(path + 'b', 'wb'); g.write(b'bytes, never closed')
    sys.exit(0)
os.waitpid(pid, 0)
with open(path) as f: print(repr(f.read()))
with open(path + 'b', 'rb') as f: print(f.read())
os.unlink(path); os.unlink(path + 'b')
