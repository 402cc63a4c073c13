# repr() and ascii() of every C0/C1 control and other special characters
for c in range(0, 0xa1):
    ch = chr(c)
    r = repr(ch)
    if r != "'" + ch + "'":
        print(hex(c), r, ascii(ch), ascii(ch + "x"))
for c in [0xad, 0x34f, 0x61c, 0x200b, 0x200e, 0x2028, 0x2029, 0x202e, 0x2060, 0x2066, 0xfeff, 0xfff9, 0xfffe,
          0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0x10ffff, 0xe0001, 0x1d173, 0x378, 0x1f600, 0x3000, 0xa0]:
    ch = chr(c)
    print(hex(c), ascii(repr(ch)), ascii(ch), len(repr(ch)), ch.isprintable())
print(repr("\x00\x07\x08\t\n\x0b\x0c\r\x1b\x7f"), repr("\\"), repr("\\n"), repr("tab\there"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("'"), repr('"'), repr("'\"\n"))
print(ascii("é'ö\"\n"), ascii("日本"), ascii("\U0001f600"), ascii(["é", ("ß",)]), ascii({"ü": "ñ"}))
