# bytearray item and slice assignment and deletion, extended slices included
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def assign(key, value):
    b = bytearray(b"abcdefgh")
    b[key] = value
    return b

def delete(key):
    b = bytearray(b"abcdefgh")
    del b[key]
    return b

t(lambda: assign(0, 65))
t(lambda: assign(-1, 90))
t(lambda: assign(slice(1, 3), b"XYZ"))
t(lambda: assign(slice(1, 3), b""))
t(lambda: assign(slice(1, 1), b"ins"))
t(lambda: assign(slice(5, 2), b"Q"))
t(lambda: assign(slice(None), b"all"))
t(lambda: assign(slice(-2, None), [1, 2, 3]))
t(lambda: assign(slice(0, 2), bytearray(b"ba")))
t(lambda: assign(slice(0, 2), memoryview(b"mv")))
t(lambda: assign(slice(0, 2), range(3)))
t(lambda: assign(slice(0, 2), (x for x in [9])))
t(lambda: assign(slice(None, None, 2), b"1234"))
t(lambda: assign(slice(1, None, 2), [1, 2, 3, 4]))
t(lambda: assign(slice(None, None, -1), b"hgfedcba"))
t(lambda: assign(slice(None, None, -3), b"XYZ"))
t(lambda: assign(slice(6, 1, -2), b"PQR"))
t(lambda: assign(slice(None, None, 2), b""))
t(lambda: assign(slice(None, None, 2), b"12"))
t(lambda: assign(slice(None, None, 2), [1, 2, 3, 4, 5]))
t(lambda: assign(slice(0, 2), 5))
t(lambda: assign(slice(0, 2), "str"))
t(lambda: assign(slice(0, 2), None))
t(lambda: assign(slice(0, 2), [1, 256]))
t(lambda: assign(slice(0, 2), [1, "x"]))
t(lambda: assign(0, 256))
t(lambda: assign(0, b"a"))
t(lambda: assign(0, "a"))
t(lambda: assign(8, 1))
t(lambda: assign(-9, 1))
t(lambda: assign("0", 1))
t(lambda: assign(slice(None, None, 0), b""))
t(lambda: delete(0))
t(lambda: delete(-1))
t(lambda: delete(slice(2, 5)))
t(lambda: delete(slice(None, None, 2)))
t(lambda: delete(slice(1, None, 3)))
t(lambda: delete(slice(None, None, -2)))
t(lambda: delete(slice(6, 0, -3)))
t(lambda: delete(slice(5, 2)))
t(lambda: delete(slice(None)))
t(lambda: delete(8))
t(lambda: delete("x"))
b = bytearray(b"self")
b[:] = b
print(b)
b[1:] = b
print(b)
b[::-1] = b
print(b)
b = bytearray(range(10))
b[2:8:3] = bytearray(b"\xaa\xbb")
del b[::4]
b[-1:] = b"end"
print(b, len(b))
# an index whose __index__ resizes the bytearray: the bounds are checked afterwards
class Shrink:
    def __init__(self, b):
        self.b = b
    def __index__(self):
        self.b.clear()
        return 2
for op in ("set", "value", "get", "slice", "del"):
    b = bytearray(b"abcdef")
    try:
        if op == "set":
            b[Shrink(b)] = 65
        elif op == "value":
            b[1] = Shrink(b)
        elif op == "get":
            print(b[Shrink(b)])
        elif op == "slice":
            print(b[Shrink(b):])
        else:
            del b[Shrink(b)]
        print(op, "ok", b)
    except IndexError as e:
        print(op, type(e).__name__, e, b)
