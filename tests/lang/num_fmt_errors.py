# invalid format specs for int, float, bool and complex: unknown types,
# precision on ints, sign/# with c, '=' alignment with complex, z on ints,
# huge widths; and the exact messages.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for spec in ["s", "r", "a", "y", "z", "zd", "zf", ".2d", ".0x", "+c", " c", "#c", "-c", ".1c", "=c", "10.2",
             "..2", ".", "1.", "0.", "#.", ",.", "xx", "d ", " d d", "=^5", "<<5", "5<", "<5d.", ".2.2", "%d",
             "\x00", "\n", "10.2x", "1_000", ".1_0f", "_,"]:
    show("int %r" % spec, lambda: format(12, spec))
    show("float %r" % spec, lambda: format(1.5, spec))
for spec in ["d", "x", "c", "b", "n", "o", "X", "s", "=10", "010", "z", "zg", "%", "^10"]:
    show("complex %r" % spec, lambda: format(1 + 2j, spec))
show("bool s", lambda: format(True, "s"))
show("bool r", lambda: format(False, "r"))
show("huge width", lambda: format(1, "99999999999999999999"))
show("huge precision", lambda: format(1.5, ".99999999999999999999"))
show("huge width float", lambda: format(1.5, "99999999999999999999"))
show("big width ok", lambda: len(format(1, "1000")))
show("format(1, 2)", lambda: format(1, 2))
show("(1).__format__(2)", lambda: (1).__format__(2))
show("(1.0).__format__(None)", lambda: (1.0).__format__(None))
show("format()", lambda: format())
show("f-string bad", lambda: f"{5:q}")
show("str.format bad", lambda: "{:q}".format(5.0))
show("%q", lambda: "%q" % 5)
show("% incomplete", lambda: "%" % 5)
show("%(x)d no dict", lambda: "%(x)d" % 5)
show("%d not enough", lambda: "%d %d" % 5)
show("%d too many", lambda: "%d" % (1, 2))
show("%*d", lambda: "%*d" % (5, 3))
show("%*d bad", lambda: "%*d" % ("a", 3))
show("%.*f", lambda: "%.*f" % (2, 3.14159))
show("%c float", lambda: "%c" % 65.0)
show("%c neg", lambda: "%c" % -1)
show("%c big", lambda: "%c" % 0x110000)
show("%c str2", lambda: "%c" % "ab")
show("%d None", lambda: "%d" % None)
show("%f None", lambda: "%f" % None)
show("%x 1j", lambda: "%x" % 1j)
show("%d 1j", lambda: "%d" % 1j)
show("%e '1'", lambda: "%e" % "1")
# separators: a repeated one is read as the type; mixed ones are an error
for spec in [",,", "__", ",_", "_,", ",,d", "__x", ",,F", "<,,06G", "z_", "_s", ",s"]:
    for v in [1, 1.5, 1j, "ab"]:
        show("%r %r" % (spec, v), lambda: format(v, spec))
# sign flags on strings, z on infinities
for spec in [" ", "+", "-", " 5", "+s", "z", "#", "="]:
    show("str %r" % spec, lambda: format("ab", spec))
print(format(float("-inf"), "z"), format(float("-inf"), "zf"), format(-1e307, "z%"), format(-0.0, "z%"), format(-1e-9, "z.2f"))
