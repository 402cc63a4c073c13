# super(type, obj) and super(type, type2): checks and attributes.
class A:
    def m(self): return "A.m"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    attr = "A.attr"
class B(A):
    def m(self): return "B.m"
class C(B):
    pass

c = C()
print(super(B, c).m(), super(C, c).m(), super(C, C).c(), super(B, C).c())
print(super(C, c).attr)
s = super(B, c)
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
s2 = super(B, C)
print(s2.__self__ is C, s2.__self_class__.__name__)
# unbound super
u = super(B)
print(u.__self__, u.__self_class__, u.__thisclass__.__name__)

# errors
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("not instance", lambda: super(B, 5))
attempt("unrelated class", lambda: super(C, A))
attempt("first not type", lambda: super(5, c))
attempt("too many", lambda: super(B, c, 1))
attempt("missing attr", lambda: super(B, c).nope)
attempt("end of mro", lambda: super(A, c).m)
attempt("object end", lambda: super(object, c).m)
attempt("kw", lambda: super(type=B))

# super objects do not support setting attributes through them
def set_through():
    super(B, c).x = 1
attempt("set", set_through)

# super(...) of a builtin type's method
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(3)
super(L, l).append(1)
print(l)
print(super(L, l).__len__(), super(L, l).__class__.__name__)

# super as a descriptor: __get__
sd = super(B)
bound = sd.__get__(c, C)
print(bound.m(), bound.__self__ is c)

# super in a class with a custom __getattribute__
class G:
    def __getattribute__(self, name):
        return "G sees " + name
class H(G):
    def through(self):
        return super().__getattribute__("x")
print(H.through(H()), H().anything)
