# str.join with every kind of iterable, and its errors
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

class S(str):
    pass
t(lambda: ", ".join(["a", "é", "😀"]))
t(lambda: "".join(()))
t(lambda: "-".join("abc"))
t(lambda: "·".join(iter(["x", "y"])))
t(lambda: "+".join(str(i) for i in range(5)))
t(lambda: "|".join({"k1": 1, "k2": 2}))
t(lambda: "".join([S("sub"), "str"]))
t(lambda: type("".join([S("only")])).__name__)
t(lambda: type(S("-").join(["a", "b"])).__name__)
t(lambda: "x".join(["solo"]))
t(lambda: "".join(["a", 1]))
t(lambda: ", ".join(["a", None, "c"]))
t(lambda: "".join([b"bytes"]))
t(lambda: "".join([["list"]]))
t(lambda: "".join(5))
t(lambda: "".join(None))
t(lambda: "".join())
t(lambda: "".join("a", "b"))
def gen():
    yield "first"
    raise RuntimeError("generator broke")
t(lambda: "".join(gen()))
class Weird:
    def __iter__(self):
        return iter(["w", "e"])
t(lambda: "~".join(Weird()))
parts = ["é" * i for i in range(1, 6)]
print(ascii("/".join(parts)), len("\n".join(["x" * 100] * 100)), "".join(reversed("stressed")))
