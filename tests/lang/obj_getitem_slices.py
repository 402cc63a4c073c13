# __getitem__/__setitem__/__delitem__ with ints, slices, tuples, ellipsis.
class Recorder:
    def __getitem__(self, key):
        return ("get", key)
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)

r = Recorder()
print(r[0], r[-1], r["k"], r[None])
print(r[1:2], r[:], r[::2], r[1:2:3], r[:5], r[-3:])
print(r[1, 2], r[1:2, 3], r[..., 0], r[()], r[:, None])
r[0] = "a"
r[1:3] = [1, 2]
r[::2] = "x"
r[1, 2] = "t"
del r[5]
del r[2:]
del r[:, 1]

# slice objects
s = r[1:10:2][1]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(6), s == slice(1, 10, 2))
print(slice(None).indices(4), slice(-2, None).indices(5), slice(None, None, -1).indices(3))
try:
    hash(slice(1))
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)

# a sequence built on slices
class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __repr__(self): return f"Seq({self.data})"
q = Seq("abcdef")
print(q[1:4], q[::-1], q[-1], len(q[::2]))
q[0:2] = "XY"
del q[-1]
print(q)
try:
    q[100]
except IndexError as e:
    print(type(e).__name__, e)

# missing protocols
class GetOnly:
    def __getitem__(self, k): return k
g = GetOnly()
for label, f in [("set", lambda: g.__setitem__), ("del", None)]:
    pass
try:
    g[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del g[0]
except TypeError as e:
    print(type(e).__name__, e)
class SetOnly:
    def __setitem__(self, k, v): pass
try:
    SetOnly()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del SetOnly()[0]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# builtins with bad index types
k_str, k_float, k_none, k_list = "", 1.0, None, []
for label, f in [("list str", lambda: [1][k_str]), ("tuple float", lambda: (1,)[k_float]),
                 ("str None", lambda: "a"[k_none]), ("dict list", lambda: {}[k_list]),
                 ("list slice float", lambda: [1, 2][k_float:])]:
    try:
        f()
    except TypeError as e:
        print(label, type(e).__name__, e)
