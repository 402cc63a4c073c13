# String and bytes literals: adjacent concatenation, raw strings, escapes,
# triple quotes, prefixes and f-string mixing.
s = "abc" 'def' """ghi""" '''jkl'''
print(s)
print("con" "cat" == "concat", len("a" "b" "c"))
b = b"by" b'tes'
print(b, type(b).__name__)
print(r"raw\n\t" "cooked\t|")
print(R"\d+", rb"\x00", Rb"\n", bR"\t", BR"a")
print("tab\tnewline\\n quote\" apostrophe\' bell\a".encode())
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101\0end".encode("utf-8"))
print(len("\0"), len("\x00\x01"), ord("\177"), "\N{LATIN SMALL LETTER A}")
print(b"\x41\101\n\\", b"\xff"[0], list(b"\x00\x7f\x80"))
print("""line1
line2\
 continued""")
print('''it's "quoted"''')
print("a\
b")
name = "x"
print(f"{name}" "-plain-" f"{name!r}" 'end')
print("plain {name}" f" {name}")
print(u"unicode prefix", U"also")
print(repr("\r\n"), repr('single\'s'), repr("both ' and \""), repr(b"\x00'"))
print("\u20ac".encode("utf-8"), "caf\xe9" == "café")
# concatenation happens at compile time, across lines in parentheses
long = ("part one, "
        "part two, "
        "part three")
print(long)
# escapes that are not escapes stay as they are
print("\d\w", len("\d"))
print(rb"\x41" == b"\\x41", r"\"" == '\\"')
