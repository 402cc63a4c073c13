# TypeError messages for unsupported comparisons.
class A: pass
class B: pass
def show(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)

show("A<B", lambda: A() < B())
show("A<=A", lambda: A() <= A())
show("A>1", lambda: A() > 1)
show("1>=A", lambda: 1 >= A())
show("str<int", lambda: "a" < 1)
show("list<tuple", lambda: [1] < (1,))
show("None<None", lambda: None < None)
show("dict<dict", lambda: {} < {})
show("complex<complex", lambda: 1j < 2j)
show("type<type", lambda: int < str)
show("A==B", lambda: A() == B())
show("set<list", lambda: {1} < [1])
show("nested list", lambda: [1, "a"] < [1, 2])
show("tuple elem", lambda: (1, A()) < (1, B()))
show("max", lambda: max(A(), A()))
show("sort", lambda: sorted([1, "a"]))

# a comparison method raising TypeError itself
class C:
    def __lt__(self, o):
        raise TypeError("custom lt failure")
show("C<1", lambda: C() < 1)
show("1>C", lambda: 1 > C())

# subclass names appear in messages
class MyList(list): pass
show("MyList<int", lambda: MyList() < 5)
class MyInt(int): pass
show("MyInt<str", lambda: MyInt(1) < "x")
# names of nested classes use __name__ only
class Outer:
    class Inner: pass
show("Inner<Inner", lambda: Outer.Inner() < Outer.Inner())
