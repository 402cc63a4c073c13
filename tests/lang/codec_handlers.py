# The error handlers as functions (codecs.lookup_error), called directly
# and a handler registered from Python (looked up; Taipan's C codecs do
# not call registered handlers yet).
import codecs

enc = UnicodeEncodeError("latin-1", "a\u20acb\udcff", 1, 3, "reason")
dec = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "reason")
tr = UnicodeTranslateError("a\u20acb", 1, 2, "reason")
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
             "surrogateescape", "surrogatepass"]:
    h = codecs.lookup_error(name)
    for exc in (enc, dec, tr):
        try:
            print(name, type(exc).__name__, h(exc))
        except Exception as e:
            print(name, type(exc).__name__, "->", type(e).__name__, e)
for bad in [ValueError("x"), 5]:
    try:
        codecs.lookup_error("replace")(bad)
    except TypeError as e:
        print("TypeError", e)
se = UnicodeDecodeError("utf-8", b"ab\x80\x81c", 2, 4, "r")
print(codecs.lookup_error("surrogateescape")(se))
sp = UnicodeEncodeError("utf-8", "a\ud800b", 1, 2, "r")
print(codecs.lookup_error("surrogatepass")(sp))

def my_handler(exc):
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("mine", my_handler)
print(codecs.lookup_error("mine") is my_handler)
print(my_handler(UnicodeEncodeError("x", "abc", 1, 2, "r")))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.register_error("x", 5)
except TypeError as e:
    print("TypeError", e)
