# super() errors and edge cases around the __class__ cell.
def run(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class A:
    def m(self):
        return "A.m"

# calling a method with zero-arg super on a non-instance
class B(A):
    def m(self):
        return super().m()
run("unbound call with int", lambda: B.m(5))
run("unbound call with A", lambda: B.m(A()))
run("ok", lambda: B.m(B()))

# __class__ used without super
class K:
    def get(self):
        return __class__
    @staticmethod
    def sget():
        return __class__
print(K().get() is K, K.sget() is K)

# class body cannot see __class__ (NameError)
try:
    class L:
        x = __class__
except NameError as e:
    print(type(e).__name__, e)

# __class__ assignment in a method body makes it local
class M:
    def f(self):
        __class__ = 5
        return __class__
print(M().f())

# super() with the class deleted from module globals still works
class N(A):
    def m(self):
        return "N>" + super().m()
n = N()
NN = N
del N
print(n.m())

# super() in a generator method
class G(A):
    def gen(self):
        yield super().m()
        yield "done"
print(list(G().gen()))

# super() inside a nested class refers to the innermost class
class Outer(A):
    def m(self): return "Outer.m"
    class Inner(A):
        def m(self):
            return "Inner>" + super().m()
print(Outer.Inner().m(), Outer().m())

# super() when the first argument is deleted
class D(A):
    def m(self):
        del self
        return super().m()
run("deleted self", lambda: D().m())

# super() in a static method
class S(A):
    @staticmethod
    def s():
        return super().m()
run("static", S.s)
