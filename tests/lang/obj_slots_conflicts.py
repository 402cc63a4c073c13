# Conflicts involving __slots__.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def class_var():
    class C:
        __slots__ = ("x",)
        x = 5
attempt("class var", class_var)

def method_conflict():
    class C:
        __slots__ = ("m",)
        def m(self): pass
attempt("method", method_conflict)

def layout():
    class A:
        __slots__ = ("a",)
    class B:
        __slots__ = ("b",)
    class C(A, B): pass
attempt("layout", layout)

def layout_ok_empty():
    class A:
        __slots__ = ("a",)
    class B:
        __slots__ = ()
    class C(A, B): pass
    return C
attempt("empty slots mixin", layout_ok_empty)

def builtin_layout():
    class A:
        __slots__ = ("a",)
    class C(A, int): pass
attempt("slots + int", builtin_layout)

def builtin_layout2():
    class A(list):
        __slots__ = ("a",)
    class C(A, dict): pass
attempt("list + dict", builtin_layout2)

def int_nonempty():
    class I(int):
        __slots__ = ("x",)
attempt("int nonempty slots", int_nonempty)

def tuple_nonempty():
    class T(tuple):
        __slots__ = ("x",)
attempt("tuple nonempty slots", tuple_nonempty)

def tuple_empty():
    class T(tuple):
        __slots__ = ()
    t = T((1, 2))
    print(t, hasattr(t, "__dict__"))
attempt("tuple empty slots", tuple_empty)

def same_in_sub():
    class A:
        __slots__ = ("a",)
    class B(A):
        __slots__ = ("a",)
    b = B()
    b.a = 1
    print(b.a)
attempt("same name in subclass", same_in_sub)

def private():
    class A:
        __slots__ = ("__p",)
        def set(self): self.__p = 1; return self.__p
    print(A().set(), [k for k in A.__dict__ if "p" in k and k.startswith("_A")])
attempt("mangled", private)

def dict_slot_with_class_attr():
    class A:
        __slots__ = ("__dict__",)
        x = 1
    a = A()
    a.y = 2
    print(a.x, a.y)
attempt("__dict__ slot", dict_slot_with_class_attr)
