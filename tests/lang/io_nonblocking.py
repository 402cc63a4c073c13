import os
r, w = os.pipe()
os.set_blocking(w, False)
f = open(w, 'wb', buffering=8)
try:
    for i in range(100000):
        f.write(b'x' * 100)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, e.characters_written >= 0)
os.set_blocking(r, False)
g = open(r, 'rb', buffering=0)
print(len(g.read(10)), type(g.read) is not None)
data = g.readall(); print(len(data) > 0)
g2 = os.fdopen(os.dup(r), 'rb', buffering=0); print(g2.read(5)); g2.close()
