# eval() of expressions with side effects, in several namespaces.
log = []
def note(v):
    log.append(v)
    return v

print(eval('note(1) + note(2) * note(3)'), log)
ns = {'note': note}
print(eval('[note(i) for i in range(3)]', ns), log)
print(eval('(t := note(10)) + t', ns), ns['t'])
loc = {}
print(eval('(u := 7) * 2', ns, loc), loc, 'u' in ns)
print(eval('{k: note(k) for k in "ab"}', ns))
print(eval('note("x") if note(False) else note("y")', ns), log[-3:])
print(eval('lambda: note("called")', ns)(), log[-1])
counter = iter(range(100))
print(eval('next(counter), next(counter)'), next(counter))
data = [3, 1, 2]
eval('data.sort()')
print(data)
print(eval('data.pop() + data.pop()'), data)
d = {}
eval('d.setdefault("k", []).append(1)')
eval('d.setdefault("k", []).append(2)')
print(d)
try:
    eval('note(1) / 0')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, log[-1])
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'fake'}))
print(eval('(yield)' if False else '1'), eval('...'), eval('None'))
print(eval("'%s-%d' % ('a', 3)"), eval('f"{1 + 1}"'), eval('2 ** 100'))
