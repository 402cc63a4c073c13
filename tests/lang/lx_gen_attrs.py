# Generator attributes: gi_frame, gi_running, gi_code, gi_suspended,
# gi_yieldfrom, __name__, __qualname__, and "already executing".
def gen(n):
    me = yield "first"
    yield me.gi_running
    yield from range(n)

g = gen(2)
print(g.__name__, g.__qualname__, g.gi_code.co_name, g.gi_code is gen.__code__)
print("created", g.gi_running, g.gi_suspended, g.gi_frame is not None)
print(next(g))
print("suspended", g.gi_running, g.gi_suspended)
print("running inside:", g.send(g))
print(next(g))
print("yieldfrom is range iterator:", type(g.gi_yieldfrom).__name__)
print(list(g))
print("finished", g.gi_running, g.gi_suspended, g.gi_frame)
print(g.gi_yieldfrom)

class K:
    def method(self):
        yield self
    @staticmethod
    def static():
        def local():
            yield
        return local()
print(K().method().__qualname__, K.static().__qualname__)

g = gen(1)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__)
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# a generator that tries to advance itself
def selfish():
    yield next(me)
me = selfish()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

def sender():
    yield me2.send(None)
me2 = sender()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)

def thrower():
    yield me3.throw(KeyError)
me3 = thrower()
try:
    next(me3)
except ValueError as e:
    print(type(e).__name__, e)

# gi_frame exposes f_lineno while suspended
def lines():
    yield 1
    yield 2
g = lines()
next(g)
print(g.gi_frame.f_lineno - lines.__code__.co_firstlineno)
next(g)
print(g.gi_frame.f_lineno - lines.__code__.co_firstlineno)

# generator expressions have the same attributes
ge = (i for i in range(3))
print(ge.__name__, ge.gi_running, ge.gi_suspended, ge.gi_code.co_name)
next(ge)
print(ge.gi_suspended)
print(type(ge).__name__, hasattr(ge, "__next__"), iter(ge) is ge)
