# match literal patterns: numbers (incl. negative and complex), strings,
# bytes, None/True/False by identity, and equality quirks.
def kind(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -2 - 1j:
            return "negative complex"
        case "hello" "world":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case "":
            return "empty string"
        case _:
            return "other %r" % (x,)

for v in [0, 0.0, -1, 1.5, 2 + 3j, -2 - 1j, "helloworld", b"raw", None, True, False,
          1, "", "x", [], -0.0, 1.0]:
    print(repr(v), "->", kind(v))

# True matches only True (identity), not 1; 1 does match 1.0? (equality)
def one(x):
    match x:
        case 1:
            return "one"
        case _:
            return "not one"
print(one(True), one(1.0), one(1))

# literal patterns in sequences
def seq(x):
    match x:
        case [0, "a", None]:
            return "exact"
        case (1, 2):
            return "pair one two"
        case _:
            return "no"
print(seq([0, "a", None]), seq((0, "a", None)), seq([1, 2]), seq((1, 2, 3)))

# a subclass of str compares equal
class S(str):
    pass
print(kind(S("hello" "world")))

# custom __eq__ is consulted for literal patterns (value on the left)
class AlwaysEqual:
    def __eq__(self, other):
        return True
print(kind(AlwaysEqual()))

# strings are never matched as sequences, but equal strings match literals
def s(x):
    match x:
        case "abc":
            return "literal"
        case [a, b, c]:
            return "sequence"
        case _:
            return "nothing"
print(s("abc"), s(["a", "b", "c"]), s("xyz"))
