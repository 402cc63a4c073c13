# slice bounds through __index__, None, bools and huge ints on lists,
# tuples, strings, bytes and ranges; the type error messages
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class Bad:
    def __index__(self):
        return 1.5
class Raise:
    def __index__(self):
        raise KeyError('index raised')
seqs = [list(range(6)), tuple(range(6)), 'abcdef', b'abcdef', range(6), bytearray(b'xyzuvw')]
for seq in seqs:
    print(type(seq).__name__, seq[I(1):I(4)], seq[I(-2):], seq[::I(-2)], seq[True:], seq[None:None:None])
    show(lambda: seq[1.0:])
    show(lambda: seq[:'2'])
    show(lambda: seq[::[]])
    show(lambda: seq[Bad():])
    show(lambda: seq[Raise():])
    show(lambda: seq[I(0):I(6):I(0)])
    show(lambda: seq[10 ** 20:-10 ** 20:-1])
    show(lambda: seq[I(10 ** 20)])
    show(lambda: seq[Bad()])
    show(lambda: seq['k'])
# assignment and deletion with __index__ slices
a = list(range(8))
a[I(1):I(3)] = 'xy'
del a[I(5)::I(2)]
print(a)
b = bytearray(b'hello')
b[I(0):I(1)] = b'J'
del b[I(-1):]
print(b)
show(lambda: a.__setitem__(slice(Bad(), None), []))
show(lambda: a.__delitem__(slice(None, Raise())))
print(a)
# slice() keeps the objects, the sequence converts them
sl = slice(I(2), None)
print(type(sl.start).__name__, [10, 20, 30, 40][sl], sl.indices(4))
