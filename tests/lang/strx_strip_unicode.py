# strip family and isspace with Unicode whitespace, and with explicit character sets
ws = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
print(len(ws), ws.isspace(), all(c.isspace() for c in ws), ascii((ws + "x" + ws).strip()), ascii((ws + "x").lstrip()))
print([hex(c) for c in range(0x3001) if chr(c).isspace()] == [hex(ord(c)) for c in ws])
not_ws = "\u200b\u180e\u2060\ufeff\x00"
print([c.isspace() for c in not_ws], ascii((not_ws + "x" + not_ws).strip()))
s = "¡¡¡Hola, señor!!!"
print(s.strip("¡!"), s.lstrip("¡"), s.rstrip("!"), s.strip("¡!Hr"), s.strip(""), s.strip(None), s.strip("xyz"))
e = "😀😀text😀"
print(e.strip("😀"), e.lstrip("😀t"), e.rstrip("😀tx"), "ééé".strip("é"), ascii("a\u0301".strip("\u0301")))
print(ascii("\u3000全角\u3000".strip()), ascii("\xa0nbsp\xa0".strip()), ascii("\u2028x\u2029".strip()), "xx".strip("x") == "")
def t(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "x".strip(1))
t(lambda: "x".strip(b"x"))
t(lambda: "x".lstrip("a", "b"))
t(lambda: "x".rstrip(chars="x"))
print(" ".isspace(), "".isspace(), " a ".isspace(), "\u200b".isspace(), "\x1f".isspace(), "\x85".isspace())
