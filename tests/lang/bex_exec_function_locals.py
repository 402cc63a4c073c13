# exec() and eval() inside functions: they see a snapshot of the fast locals;
# stores land in that snapshot (what locals() returns), never in the locals.
def f():
    a = 1
    exec('b = a + 1')
    print(locals()['b'], 'b' in dir())
    exec('a = 100')
    print(a, locals()['a'])
    l = locals()
    exec('c = 3')
    print(sorted(l), l is locals())
    print(eval('a + b'))
    try:
        print(b)
    except NameError as e:
        print('NameError', e)

f()

def g(x):
    def inner():
        return x
    exec('y = x * 2')
    return locals()['y'], inner()
print(g(21))

def h():
    v = 1
    del v
    return eval('locals()'), 'v' in locals()
print(h())

def with_cell():
    n = 5
    fn = lambda: n
    return eval('n + 1'), sorted(locals())
print(with_cell())

class C:
    exec('attr = 1')          # a class body's namespace is a real mapping
    val = eval('attr + 1')
print(C.attr, C.val)

def comprehension_locals():
    t = 3
    return eval('[t * i for i in range(3)]')
try:
    print(comprehension_locals())
except NameError as e:
    print('NameError', e)

def vars_and_dir():
    q = 1
    exec('r = 2')
    return sorted(vars()), sorted(dir())
print(vars_and_dir())
