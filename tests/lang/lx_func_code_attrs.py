# Function and code object attributes.
def f(a, b, /, c, d=4, *args, e, g=7, **kw):
    local1 = a
    local2 = b
    def inner():
        return local1 + c
    return inner

co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars)
print(co.co_nlocals)
print(co.co_firstlineno)
inner = f(1, 2, 3, e=5)
print(inner.__code__.co_freevars, inner.__code__.co_varnames, inner.__code__.co_argcount)
print(inner.__qualname__, inner.__name__)
print([type(c).__name__ for c in inner.__closure__])
print(sorted(c.cell_contents for c in inner.__closure__))
print(f.__closure__)
print(inner())

def simple(x, y=1):
    "docstring here"
    return x
print(simple.__doc__, simple.__name__, simple.__qualname__, simple.__module__)
print(simple.__code__.co_varnames, simple.__code__.co_argcount)
print(simple.__defaults__, simple.__kwdefaults__)
print(simple.__globals__ is globals())
print(type(simple).__name__, type(simple.__code__).__name__)

def nodoc():
    pass
print(nodoc.__doc__)

simple.custom = "attribute"
print(simple.custom, simple.__dict__)
simple.__name__ = "renamed"
simple.__qualname__ = "Qual.renamed"
print(simple.__name__, simple.__qualname__)
try:
    simple.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    simple()
except TypeError as e:
    print(e)

class C:
    def meth(self):
        def nested():
            pass
        return nested
    class Inner:
        def deep(self):
            pass
print(C.meth.__qualname__, C().meth().__qualname__, C.Inner.deep.__qualname__)
print(C.Inner.__qualname__, C.__qualname__, C.__name__, C.Inner.__name__)

lam = lambda: 0
print(lam.__name__, lam.__qualname__, lam.__code__.co_name)
gen = (i for i in [])
print(gen.__name__, gen.__qualname__)

def with_star(*args, **kwargs):
    pass
print(with_star.__code__.co_argcount, with_star.__code__.co_varnames)
def kwonly_only(*, a, b):
    pass
print(kwonly_only.__code__.co_kwonlyargcount, kwonly_only.__code__.co_varnames)
