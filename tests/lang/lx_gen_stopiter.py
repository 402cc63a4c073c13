# StopIteration and generators: PEP 479 conversion, return values through
# __next__, next(), send() and for loops.
def gen_ret():
    yield 1
    return "the value"

g = gen_ret()
print(g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print("__next__:", e.value, e.args)

g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("next():", e.value, e.args)

g = gen_ret()
g.send(None)
try:
    g.send(None)
except StopIteration as e:
    print("send():", e.value, e.args)

def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    g.__next__()
except StopIteration as e:
    print("no value:", repr(e.value), e.args)
try:
    g.__next__()
except StopIteration as e:
    print("again:", repr(e.value), e.args)

def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print("tuple value:", e.value, e.args)

def ret_exc():
    return ValueError("x")
    yield
try:
    next(ret_exc())
except StopIteration as e:
    print("exception value:", repr(e.value))

# a for loop drops the return value
print([v for v in gen_ret()])

# PEP 479: StopIteration escaping the body becomes RuntimeError
def leaks():
    yield 1
    raise StopIteration("inner")
g = leaks()
next(g)
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__cause__ is e.__context__)

def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print("list():", e)

# a subclass of StopIteration is converted too
class MyStop(StopIteration):
    pass
def raises_sub():
    raise MyStop
    yield
try:
    next(raises_sub())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def catches():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(catches()))

# a StopIteration value that is itself a StopIteration
def ret_stop():
    return StopIteration("nested")
    yield
try:
    next(ret_stop())
except StopIteration as e:
    print(repr(e.value))

# iterator __next__ of ordinary iterators
it = iter([])
try:
    it.__next__()
except StopIteration as e:
    print("list iterator:", e.args, e.value)
r = iter(range(0))
try:
    r.__next__()
except StopIteration as e:
    print("range iterator:", e.args)
print(StopIteration(1, 2).value, StopIteration().value)
