# if / elif / else, while, for, break, continue, pass.
if a:
    pass
elif b:
    x = 1
elif c:
    x = 2
else:
    x = 3

while x > 0:
    x -= 1
    if x == 5:
        continue
    if x == 2:
        break
else:
    done = True

for i in range(10):
    pass
else:
    pass

for a, (b, c) in pairs:
    print(a, b, c)

for x, in seq: pass
