# complex() parsing from strings: spacing, parentheses, signs, j forms,
# underscores, inf/nan; argument combinations with numbers; the errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

good = ["0", "1", "-1", "+1.5", "1j", "J", "+J", "-j", "1+1j", "1-1j", "-1+1j", "1.5e3+2.5e-3j", " 1+2j ",
        "(1+2j)", " ( 1+2j ) ", "(1)", "(j)", "1e3j", "1E+3J", ".5j", "5.j", "1_0+2_0j", "0_0j", "inf", "-infj",
        "infinityj", "nan", "nanj", "-nan-nanj", "1+infj", "inf-infj", "\t3j\n", "0x" if False else "0", "00012j",
        "1e-400j", "1e400", "-0-0j", "+0+0j", "1.e5-1.e5j", "\u00a01j\u00a0"]
for s in good:
    print(repr(s), repr(complex(s)))
bad = ["", " ", "()", "(", ")", "(1", "1)", "1+", "1-", "+", "j1", "1j1", "1jj", "1+2", "1 +2j", "1+ 2j", "( 1+2j",
       "1+2j)", "1__0j", "_1j", "1_j", "1+_2j", "1e_5j", "0x1j", "1+1", "++1", "--1j", "1+-1j", "1-+1j", "i",
       "1i", "infi", "nan+j+j", "1.2.3j", "j+1", "\x00", "1+2jx", "(1+2j)(3j)"]
for s in bad:
    show("complex(%r)" % s, lambda: complex(s))
show("complex(b'1')", lambda: complex(b"1"))
show("complex('1', 1)", lambda: complex("1", 1))
show("complex(1, '1')", lambda: complex(1, "1"))
show("complex('1', '1')", lambda: complex("1", "1"))
show("complex(None)", lambda: complex(None))
show("complex([])", lambda: complex([]))
show("complex(1, None)", lambda: complex(1, None))
show("complex(real='1')", lambda: complex(real="1"))
show("complex(imag='1')", lambda: complex(imag="1"))
show("complex(imag=2)", lambda: complex(imag=2))
show("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
show("complex(1, 2, 3)", lambda: complex(1, 2, 3))
show("complex(x=1)", lambda: complex(x=1))
for a, b in [(1, 2), (1.5, -0.0), (1j, 2), (2, 1j), (1j, 1j), (1 + 2j, 3 + 4j), (True, False), (-0.0, -0.0),
             (2**53 + 1, 0), (0, 2**53 + 1)]:
    print(repr(a), repr(b), repr(complex(a, b)))
show("complex(10**400)", lambda: complex(10**400))
show("complex(1, 10**400)", lambda: complex(1, 10**400))
class S(str):
    pass
show("complex(S('1+2j'))", lambda: complex(S("1+2j")))
print(repr(complex()), repr(complex(0)), repr(complex(-0.0)), repr(complex(0, -0.0)), repr(complex(-0.0, 0)))
for s in ["\x1c1j", "1j\x1f", "\u2463_\u2463", "1_\u00b2j", "\u0661_\u0662j", "\u00a01+1j\u3000", "\u2463+1j"]:
    show("complex(%a)" % s, lambda: complex(s))
