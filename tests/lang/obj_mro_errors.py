# Errors raised while choosing bases and computing an MRO.
class A: pass
class B(A): pass
class C(A): pass

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("A,B", lambda: type("D", (A, B), {}))
attempt("B,C ok", lambda: type("D", (B, C), {}).__mro__)
attempt("dup", lambda: type("D", (B, B), {}))
attempt("not type", lambda: type("D", (1,), {}))
attempt("bool base", lambda: type("D", (bool,), {}))
attempt("NoneType base", lambda: type("D", (type(None),), {}))
attempt("range base", lambda: type("D", (range,), {}))
attempt("slice base", lambda: type("D", (slice,), {}))

def bad_bool():
    class D(bool): pass
attempt("class bool", bad_bool)

def bad_func():
    def f(): pass
    class D(type(f)): pass
attempt("class function", bad_func)

def layout():
    class D(int, str): pass
attempt("int,str", layout)

def layout2():
    class D(list, dict): pass
attempt("list,dict", layout2)

def ok_layout():
    class M1: pass
    class D(int, M1): pass
    return [c.__name__ for c in D.__mro__]
attempt("int,mixin", ok_layout)

def not_class():
    class D(42): pass
attempt("class 42", not_class)

def tuple_of_bases():
    X = type("X", (), {})
    Y = type("Y", (X,), {})
    class Z(X, Y): pass
attempt("X,Y", tuple_of_bases)

# the error message lists the remaining heads
class P: pass
class Q(P): pass
class R(P): pass
class S(Q, R): pass
class T(R, Q): pass
attempt("S,T", lambda: type("U", (S, T), {}))
