# nested replacement fields inside format specs, in str.format and f-strings
width, prec, fill, align = 12, 3, "*", "^"
x = 3.14159265
print("[{:{}}]".format("ab", 6), "[{:{}.{}f}]".format(x, 10, 2), "[{:{}{}{}.{}f}]".format(x, fill, align, width, prec))
print("[{0:{fill}{align}{width}}]".format("mid", fill="-", align=">", width=9), "[{:{w}}]".format(7, w=4))
print(f"[{x:{width}.{prec}f}]", f"[{'s':{fill}{align}{width}}]", f"[{x:{'>'}{10}}]", f"[{x:{width - 2}.{prec + 1}e}]")
for w in range(1, 6):
    print(f"{w:>{w}}|{'ab':{'<' if w % 2 else '>'}{w + 2}}|{2 ** w:0{w}d}|{x:.{w}f}")
spec = ">8"
print(f"{'v':{spec}}|", "{:{}}|".format("v", spec), f"{10:{'x'}}", f"{255:#{'x'}}", f"{1234567:{','}}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
name_w = max(len(n) for n, _, _ in items)
for name, price, qty in items:
    print(f"{name:<{name_w}} | {price:>{6}.{2}f} | {qty:>{3}} | {price * qty:{'*'}>{8}.2f}")
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "{:{}}".format("a"))
t(lambda: "{:{x}}".format("a"))
t(lambda: "{:{:{}}}".format("a", 1, 2))
t(lambda: "{:{}}".format("a", "?"))
t(lambda: "{0:{1}}".format("a", [5]))
