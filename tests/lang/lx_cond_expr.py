# Conditional expressions and short-circuit boolean operators: evaluation
# order, operand values returned, truthiness protocol.
log = []
def v(tag, val):
    log.append(tag)
    return val

print(v("then", 1) if v("cond", True) else v("else", 2), log)
log.clear()
print(v("then", 1) if v("cond", []) else v("else", 2), log)
log.clear()
print(v("a", 0) or v("b", "") or v("c", "found") or v("d", "skipped"), log)
log.clear()
print(v("a", 1) and v("b", [0]) and v("c", None) and v("d", "skipped"), log)
log.clear()
print(repr(v("a", "") and v("b", "never")), log)
log.clear()

class Truth:
    def __init__(self, name, value):
        self.name = name
        self.value = value
    def __bool__(self):
        log.append("bool " + self.name)
        return self.value
    def __repr__(self):
        return self.name

t, f = Truth("T", True), Truth("F", False)
print(t and f, log)
log.clear()
print(f or t, log)
log.clear()
print(not t, not f, log)
log.clear()
print("yes" if f else "no", log)
log.clear()

class LenOnly:
    def __len__(self):
        log.append("len")
        return 0
print(bool(LenOnly()), "truthy" if LenOnly() else "falsy", log)
log.clear()

class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)

class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)

# nested conditional expressions associate to the right
def grade(n):
    return "A" if n >= 90 else "B" if n >= 80 else "C" if n >= 70 else "F"
print([grade(n) for n in (95, 85, 75, 10)])

# conditional in different contexts
items = [1, 2, 3]
print([x if x % 2 else -x for x in items])
print({k: ("even" if k % 2 == 0 else "odd") for k in items})
print(sum(x for x in items if x > 1) if items else 0)
w = (lambda: "inside lambda" if items else None)()
print(w)
print(f"{'on' if items else 'off'}")
