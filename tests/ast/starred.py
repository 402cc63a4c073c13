# Starred expressions in their many places.
a, *b = c
*a, b = c
[*a] = b
print(*args, sep='')
x = *a, *b
for x, *y in z: pass
def f(): return *a, b
def g(): yield *a, b
s = {*a, *b}
t = [*range(3), 4]
m[*idx]
