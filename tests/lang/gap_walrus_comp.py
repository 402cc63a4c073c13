# assignment expressions in comprehension iterables (also inside a lambda or
# a nested comprehension there) and inner loops rebinding a walrus target
cases = [
    "[i for i in (i := range(5))]",
    "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in range(5) for j in (i := range(5))]",
    "[i for i in [j for j in (k := range(5))]]",
    "[i for i in [j for j in range(5) if (j := True)]]",
    "[i for i in [(j := True) for j in range(5)]]",
    "{i for i in [(j := True) for j in range(5)]}",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
    "{i for i in range(5) if (j := 0) for j in range(5)}",
    "[i for i in range(3) if (j := i)]",
    "[(j := i) for i in range(3)]",
    "[i for i in range(5) if (i := 0)]",
]
for code in cases:
    for wrap, args in ((code, ({},)), (code, ({}, {})), ("lambda: " + code, ({},))):
        try:
            r = exec(wrap, *args)
            print('ok')
        except SyntaxError as e:
            print(type(e).__name__, e.msg)
ns = {}
exec("r = [(j := i * 2) for i in range(3)]", ns)
print(ns['r'], ns['j'])
f = lambda: [y for x in range(3) if (y := x + 1) for z in (lambda: 0,)]
print(f())
