# release(), the context manager, and what a released view still allows
def t(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__, e)

m = memoryview(b"abc")
print(m.tobytes())
print(m.release(), m.release())
t("len", lambda: len(m))
t("index", lambda: m[0])
t("slice", lambda: m[1:])
t("setitem", lambda: m.__setitem__(0, 1))
t("tobytes", lambda: m.tobytes())
t("tolist", lambda: m.tolist())
t("hex", lambda: m.hex())
t("cast", lambda: m.cast("c"))
t("toreadonly", lambda: m.toreadonly())
t("bytes", lambda: bytes(m))
t("hash", lambda: hash(m))
t("eq self", lambda: m == m)
t("eq other", lambda: m == b"abc")
t("ne other", lambda: m != memoryview(b"abc"))
t("enter", lambda: m.__enter__())
t("memoryview of it", lambda: memoryview(m))
t("join", lambda: b"".join([m]))
t("concat", lambda: b"x" + m)
t("in", lambda: b"a" in bytearray(b"abc") and m in [m])
with memoryview(bytearray(b"ctx")) as v:
    print(type(v).__name__, v.tobytes(), v.readonly)
t("after with", lambda: v.tobytes())
t("exit again", lambda: v.__exit__(None, None, None))
def use_then_fail():
    with memoryview(b"data") as w:
        raise KeyError("inside")
try:
    use_then_fail()
except KeyError as e:
    print("KeyError", e)
base = memoryview(b"parent")
child = base[1:4]
base.release()
print(child.tobytes(), child.obj)
child.release()
t("child released", lambda: child[0])
it = iter(memoryview(b"xyz"))
print(next(it), list(it))
