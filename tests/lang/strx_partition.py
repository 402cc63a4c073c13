# str.partition / rpartition with non-ASCII separators and edge cases
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "clé=valeur=plus"
t(lambda: s.partition("="))
t(lambda: s.rpartition("="))
t(lambda: s.partition("é"))
t(lambda: s.rpartition("clé=valeur=plus"))
t(lambda: s.partition("#"))
t(lambda: s.rpartition("#"))
t(lambda: "😀x😀".partition("😀"))
t(lambda: "😀x😀".rpartition("😀"))
t(lambda: "".partition("a"))
t(lambda: "".rpartition("a"))
t(lambda: "aaa".partition("aa"))
t(lambda: "aaa".rpartition("aa"))
t(lambda: s.partition(""))
t(lambda: s.partition(1))
t(lambda: s.partition(None))
t(lambda: s.partition())
t(lambda: s.rpartition(b"="))
for header in ["Content-Type: text/plain; charset=utf-8", "X-Ünïcode:  välue ", "NoColon", ": empty name"]:
    name, sep, value = header.partition(":")
    print(ascii(name.strip().lower()), bool(sep), ascii(value.strip()), ascii(value.rpartition(";")[2].strip()))
