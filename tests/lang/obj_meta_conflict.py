# Choosing the most derived metaclass and metaclass conflicts.
class M1(type): pass
class M2(type): pass
class M3(M1): pass

class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass

def show(label, fn):
    try:
        cls = fn()
        print(label, cls.__name__, type(cls).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

def ab():
    class D(A, B): pass
    return D
show("A,B", ab)

def ac():
    class D(A, C): pass
    return D
show("A,C", ac)

def ca():
    class D(C, A): pass
    return D
show("C,A", ca)

def explicit_base_meta():
    class D(C, metaclass=M1): pass   # M3 is more derived: it wins
    return D
show("C meta=M1", explicit_base_meta)

def explicit_conflict():
    class D(A, metaclass=M2): pass
    return D
show("A meta=M2", explicit_conflict)

def plain_and_meta():
    class D(object, A): pass
    return D
show("object,A", plain_and_meta)

show("type() call", lambda: type("D", (A, B), {}))
show("M1() call", lambda: M1("D", (C,), {}))
show("M2() call", lambda: M2("D", (A,), {}))

class M4(M1, M2): pass
def resolved():
    class D(A, B, metaclass=M4): pass
    return D
show("A,B meta=M4", resolved)

# a non-type metaclass is called as-is, no conflict check
def fmeta(name, bases, ns):
    return type(name, (), ns)
def non_type():
    class D(A, B, metaclass=fmeta): pass
    return D
show("fmeta", non_type)
