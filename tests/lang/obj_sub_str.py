# Subclassing str: attributes, overridden methods, which results keep the type.
class Tagged(str):
    def __new__(cls, text, tag="t"):
        obj = super().__new__(cls, text)
        obj.tag = tag
        return obj
    def shout(self):
        return self.upper() + "!"

s = Tagged("hello", tag="greeting")
print(s, repr(s), s.tag, s.shout(), len(s), s[1], s[1:3], type(s[1:3]).__name__)
print(type(s.upper()).__name__, type(s + "x").__name__, type(s * 2).__name__, type(str(s)).__name__)
print(s == "hello", hash(s) == hash("hello"), "ell" in s, s.startswith("he"), {s: 1}["hello"])
s.more = 1
print(sorted(vars(s).items()), s.__dict__ is vars(s))
print(isinstance(s, str), f"{s:>8}|", "%s" % s, s.split("l"), "-".join([s, s]))

class Path(str):
    sep = "/"
    def __truediv__(self, other):
        return Path(self + self.sep + other)
    def __repr__(self):
        return f"Path({str(self)!r})"
p = Path("usr") / "lib" / "x"
print(p, repr(p), type(p).__name__, p.count("/"))

# overriding __eq__/__hash__ and __len__
class Caseless(str):
    def __eq__(self, o): return self.lower() == str(o).lower()
    def __hash__(self): return hash(self.lower())
    def __len__(self): return 99
c = Caseless("ABC")
print(c == "abc", c != "abd", {c: 1}.get(Caseless("abc")), len(c), str.__len__(c))

# str() of a subclass instance returns an exact str; format keeps text
class Weird(str):
    def __str__(self): return "weird-str"
w = Weird("text")
print(str(w), w, f"{w}", "%s" % w, w + "", type(w + "").__name__)

# empty and attribute-free
class Plain(str): pass
print(Plain(), repr(Plain()), Plain(5), Plain(b"x"), Plain(b"\xc3\xa9", "utf-8"), Plain([1]))
try:
    Plain(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
print(Plain("a") < Plain("b"), sorted([Plain("b"), Plain("a")]), max(Plain("x"), "y"))
print(Plain("x").__class__.__name__, type(Plain("x").__class__("y")).__name__)
