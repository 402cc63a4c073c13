# Calls, attribute access, subscripts and slices.
f()
f(1, 2)
f(a, b=1, *args, c=2, **kwargs)
f(*a, *b, **c, **d)
f(x for x in y)
obj.method(1).attr[0](2)
d['key']
m[1:2]
m[:]
m[::2]
m[1:2:3, 4]
m[a, b]
m[*a]
print('hello', end='')
f(a)(b)(c)
