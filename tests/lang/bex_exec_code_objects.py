# exec()/eval() of code objects, including functions' code, and closure=.
def outer():
    x = 'closed over'
    def inner():
        return x
    return inner

inner = outer()
code = inner.__code__
cell = inner.__closure__[0]

def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except TypeError as e:
        print(label, 'TypeError', e)
    except NameError as e:
        print(label, 'NameError', e)

attempt('exec free vars', lambda: exec(code))
attempt('eval free vars', lambda: eval(code))
attempt('exec closure', lambda: exec(code, {}, closure=(cell,)))
attempt('closure of int', lambda: exec(code, {}, closure=(1,)))
attempt('closure list', lambda: exec(code, {}, closure=[cell]))
attempt('closure too short', lambda: exec(code, {}, closure=()))
attempt('closure None', lambda: exec(code, {}, closure=None))
attempt('closure on module code', lambda: exec(compile('1', 's', 'exec'), {}, closure=(cell,)))
attempt('empty closure on module code', lambda: exec(compile('1', 's', 'exec'), {}, closure=()))
attempt('closure with str', lambda: exec('1', closure=(cell,)))

# the closure really is used: the code prints through it
def outer2():
    msg = 'hello from the cell'
    def show():
        print(msg)
    return show
s = outer2()
exec(s.__code__, {'print': print}, closure=s.__closure__)

# a function's code run directly: its arguments are missing
attempt('needs an argument', lambda: exec((lambda a: a).__code__))
attempt('eval needs an argument', lambda: eval((lambda a, b=1: a).__code__))
attempt('no arguments', lambda: eval((lambda: 'ran').__code__))
attempt('reads a global', lambda: eval((lambda: missing_global).__code__))
print(eval((lambda: glob_val).__code__, {'glob_val': 'from the given globals'}))

# a generator function's code makes a generator when evaluated
gcode = (lambda: (yield 1)).__code__
gen = eval(gcode)
print(type(gen).__name__, next(gen))
print(exec(gcode))

# the same code object run many times
c = compile('total += step', 'acc', 'exec')
env = {'total': 0, 'step': 3}
for _ in range(4):
    exec(c, env)
print(env['total'])
m = compile('[a, b]', 'pair', 'eval')
print([eval(m, {'a': i, 'b': -i}) for i in range(3)])
