# slicing ranges gives ranges: every sign combination of the slice and
# the range step, checked against list slicing; indexing errors
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

ranges = [range(10), range(1, 20, 3), range(20, 1, -3), range(-5, 5, 2), range(0), range(5, 0)]
slices = [slice(None), slice(2, None), slice(None, -2), slice(1, 4), slice(None, None, 2),
          slice(None, None, -1), slice(-1, 0, -2), slice(10 ** 20, None, -1), slice(-10 ** 20, 10 ** 20, 3),
          slice(3, 1), slice(None, None, 10 ** 20), slice(1, None, -10 ** 20)]
ok = 0
for r in ranges:
    for s in slices:
        got = r[s]
        if list(got) != list(r)[s]:
            print('MISMATCH', r, s, got)
        else:
            ok += 1
print('matches', ok)
for r in ranges[:3]:
    print(r, r[::2], r[::-1], r[1:-1], r[-2:])
print(range(0, 10)[3:7:2], range(10, 0, -1)[::-3], range(5)[5:], range(5)[-100:100])
show(lambda: range(5)[::0])
show(lambda: range(5)['a':])
show(lambda: range(5)[1.5:])
show(lambda: range(5)[5])
show(lambda: range(5)[-6])
show(lambda: range(5)[10 ** 20])
show(lambda: range(5)['x'])
show(lambda: range(5)[None])
show(lambda: range(5)[1.0])
class I:
    def __index__(self):
        return 2
print(range(10)[I()], range(10)[I():I()], range(10)[::I()], range(10)[True])
# big ranges slice without materialising
big = range(0, 10 ** 30, 7)
print(big[10 ** 20:], big[::-10 ** 25][:3], big[-1], big[5:10], len(big[:10 ** 6]))
print(range(10 ** 30)[10 ** 29:10 ** 29 + 3], range(-10 ** 30, 0)[-2:])
