# A TextIOWrapper collected while open flushes into its buffer and closes it (the buffer's own finalizer leaves it to the wrapper); after detach() the buffer is on its own again.
import gc, io, _io, os
events = []
class LB(io.BufferedWriter):
    def write(self, b):
        events.append(('write', bytes(b))); return super().write(b)
    def close(self):
        events.append(('close', self.closed)); return super().close()
p = '/tmp/iox_fin_%d' % os.getpid()
try:
    def leak():
        f = _io.TextIOWrapper(LB(io.FileIO(p, 'w')), encoding='utf-8')
        f.write('text 0')
    leak()
    gc.collect()
    print(events)
    with open(p) as f:
        print(repr(f.read()))
    # a detached buffer is its own again: collected alone, it closes itself
    def leak_detached():
        f = _io.TextIOWrapper(LB(io.FileIO(p, 'w')), encoding='utf-8')
        f.write('detached')
        return f.detach()
    del events[:]
    b = leak_detached()
    gc.collect()
    print(events, b.closed)
    b.close()
    print(events)
    with open(p) as f:
        print(repr(f.read()))
finally:
    os.remove(p)
