# exec and eval inside exec'd and eval'd code.
ns = {}
exec('''
inner = {}
exec("a = 1\\nexec('b = a + 1', globals())", inner)
r = eval("eval('a + b', inner)")
''', ns)
print(ns['r'], sorted(k for k in ns['inner'] if k != '__builtins__'))

def depth(n):
    if n == 0:
        return eval('"bottom"')
    return eval('depth(n - 1)', {'depth': depth, 'n': n}) + str(n)
print(depth(5))

src = 'exec(src2, g) or g["val"]'
g = {}
print(eval(src, {'src2': 'val = 42', 'g': g}))

code = compile('x = x + 1', 'inc', 'exec')
env = {'x': 0}
for _ in range(5):
    exec(code, env)
print(env['x'])

# a function made by one exec, called from another
exec('def mk(k):\n    return lambda: k * 2', env)
exec('res = mk(21)()', env)
print(env['res'])

# recursion through eval ends in RecursionError, not a crash
def loop():
    return eval('loop()')
try:
    loop()
except RecursionError as e:
    print('RecursionError', e)
