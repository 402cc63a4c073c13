# reading slices with every combination of sign and size of start/stop/step
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = list(range(7))
steps = [-10 ** 20, -8, -3, -2, -1, 1, 2, 3, 8, 10 ** 20, None]
bounds = [None, -10 ** 20, -8, -7, -3, -1, 0, 1, 3, 6, 7, 10 ** 20]
rows = 0
for st in steps:
    line = []
    for lo in bounds:
        for hi in bounds:
            line.append(''.join(map(str, a[lo:hi:st])) or '-')
    rows += 1
    print(st if st is None or abs(st) < 100 else ('+big' if st > 0 else '-big'), ' '.join(line))
print(rows)
t = tuple(a)
print(t[::-1], t[-2::-2], t[5:1:-1], t[1:5:-1], t[::-10 ** 20], t[::10 ** 20])
r = range(1, 15, 2)
print(r[::-1], r[-2::-2], r[5:1:-1], r[1:5:-1], list(r[::-3]))
s = 'abcdefg'
print(s[::-1], s[-2::-2], s[5:1:-1], repr(s[1:5:-1]), s[::-3])
show(lambda: a[::0])
show(lambda: t[::0])
show(lambda: r[::0])
show(lambda: a[::'x'])
show(lambda: a[1.5:])
# slicing copies: modifying the copy leaves the original alone
b = a[::-1]
b[0] = 'changed'
print(a[-1], b[0])
c = a[:]
print(c == a, c is a)
