# Binary arithmetic dunders and their reflected forms.
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x})"
    def _op(name):
        def f(self, other):
            o = other.x if isinstance(other, V) else other
            if not isinstance(o, (int, float)):
                return NotImplemented
            return V(OPS[name](self.x, o))
        f.__name__ = name
        return f
    def _rop(name):
        def f(self, other):
            if not isinstance(other, (int, float)):
                return NotImplemented
            return V(OPS[name](other, self.x))
        return f

OPS = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "truediv": lambda a, b: a / b, "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b,
    "pow": lambda a, b: a ** b, "lshift": lambda a, b: a << b, "rshift": lambda a, b: a >> b,
    "and": lambda a, b: a & b, "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b,
}
for name in OPS:
    setattr(V, f"__{name}__", V._op(name))
    setattr(V, f"__r{name}__", V._rop(name))

a, b = V(12), V(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** V(2))
print(a << 1, a >> 1, a & b, a | b, a ^ b)
print(a + 1, 1 + a, 3 - a, 100 // a, 2 ** V(3), 1 << V(3), 7 & a, 1 | a, 5 ^ a)
print(2.5 * a, a / 4.0, 25 % a)

def err(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

err("V + str", lambda: a + "s")
err("str + V", lambda: "s" + a)
err("V @ V", lambda: a @ b)
err("list * V", lambda: [1] * a)
err("V - None", lambda: a - None)
err("None - V", lambda: None - a)
err("divmod", lambda: divmod(a, b))

class Plain: pass
err("Plain + Plain", lambda: Plain() + Plain())
err("Plain * 2", lambda: Plain() * 2)
err("2 ** Plain", lambda: 2 ** Plain())
err("Plain < 1", lambda: Plain() < 1)
err("-Plain", lambda: -Plain())
err("~Plain", lambda: ~Plain())
err("abs(Plain)", lambda: abs(Plain()))
err("Plain % tuple", lambda: Plain() % ())
err("Plain // 0", lambda: Plain() // 0)

# __divmod__ / __rdivmod__ / __matmul__
class M:
    def __matmul__(self, o): return ("matmul", o)
    def __rmatmul__(self, o): return ("rmatmul", o)
    def __divmod__(self, o): return ("divmod", o)
    def __rdivmod__(self, o): return ("rdivmod", o)
print(M() @ 1, 1 @ M(), divmod(M(), 2), divmod(3, M()))
