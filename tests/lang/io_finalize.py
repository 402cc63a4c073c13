# Streams collected while open are closed by their finalizer (flushing
# what they hold first), whatever order the collector finds them in.
import gc, io, os
d = 'io1_finalize_%d' % os.getpid()
os.mkdir(d); os.chdir(d)
try:
    def leak_text(i):
        f = open('t%d' % i, 'w'); f.write('text %d' % i)
    def leak_bin(i):
        f = open('b%d' % i, 'wb'); f.write(b'bin %d' % i)
    def leak_random(i):
        f = open('b%d' % i, 'r+b'); f.seek(0, 2); f.write(b'+')
    def leak_raw():
        f = io.FileIO('raw', 'w'); return f.fileno()
    for i in range(4):
        leak_text(i); leak_bin(i)
    gc.collect()
    for i in range(4):
        leak_random(i)
    gc.collect()
    for i in range(4):
        with open('t%d' % i) as f: print(repr(f.read()))
        with open('b%d' % i, 'rb') as f: print(f.read())
    fd = leak_raw(); gc.collect()
    try:
        os.fstat(fd); print('still open')
    except OSError as e:
        print(type(e).__name__, e.errno)
    class Logged(io.BufferedWriter):
        def close(self):
            print('close', self.raw.name); super().close()
    def leak_logged():
        f = Logged(io.FileIO('logged', 'w')); f.write(b'x')
    leak_logged(); gc.collect()
    with open('logged', 'rb') as f: print(f.read())
finally:
    for n in os.listdir('.'): os.unlink(n)
    os.chdir('..'); os.rmdir(d)
