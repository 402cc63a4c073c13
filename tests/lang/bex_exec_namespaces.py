# exec()/eval(): which globals and locals code sees, and their checks.
import builtins

x = 'module x'
def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('default globals', lambda: eval('x'))
g = {}
exec('y = 1', g)
print(sorted(g), g['__builtins__'] is builtins.__dict__)
g2 = {'__builtins__': builtins}
exec('z = len("abc")', g2)
print(g2['z'], g2['__builtins__'] is builtins)
show('custom builtins', lambda: eval('a + b', {'__builtins__': {'a': 1}}, {'b': 2}))
show('empty builtins', lambda: exec('len', {'__builtins__': {}}))
show('globals only', lambda: eval('q', {'q': 'from globals'}))
show('locals first', lambda: eval('q', {'q': 'g'}, {'q': 'l'}))
show('locals None', lambda: eval('x', None, None))
show('globals None, locals given', lambda: eval('x + w', None, {'w': '!'}))
loc = {}
exec('v = 1; t = x', None, loc)
print(sorted(loc), loc['t'])
exec('x = "rebound by exec"')
print(x)

# the checks
show('eval globals list', lambda: eval('1', []))
show('eval globals int', lambda: eval('1', 1))
show('eval globals int + locals', lambda: eval('1', 1, {}))
show('eval locals int', lambda: eval('1', {}, 1))
show('eval locals list', lambda: eval('1', {}, []))
show('exec globals list', lambda: exec('1', []))
show('exec globals int', lambda: exec('1', 1, {}))
show('exec locals int', lambda: exec('1', {}, 1))
show('exec locals None globals None', lambda: exec('1', None, 1))
show('eval kwargs', lambda: eval('1', globals={}))
show('exec kwargs', lambda: exec('1', globals={}))
show('exec bad kw', lambda: exec('1', x=1))
show('eval no args', lambda: eval())
show('exec no args', lambda: exec())
show('exec source by name', lambda: exec(source='1'))
show('eval 4 args', lambda: eval('1', {}, {}, {}))
show('exec 4 args', lambda: exec('1', {}, {}, {}))
show('exec 5 args', lambda: exec('1', {}, {}, closure=None, x=1))

class D(dict):
    pass
d = D(k=3)
exec('m = k * 2', d)
print(type(d).__name__, d['m'])
print(eval('k', D(k='dict subclass')))
