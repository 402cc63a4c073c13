# constant expressions: folded results equal run-time results; folding
# never raises at compile time (1/0, huge powers, big shifts stay run-time
# errors), and folded values keep their types and signs.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def folded():
    return (2**100, -2**63, 2**-1, 7 // -2, -7 % 3, 1 << 62, ~5, -(-9), +3.5, 1.5 * 2, 2j * 2j, 10 / 4,
            0.1 + 0.2, (1 + 2j) * 3, True + True, 3 - True, -0.0, -(0.0), 0 * -1.0, 1e308 * 10, "ab" * 3, (1,) * 2)
a = [2, 100, 63, 1, 7, 3, 62, 5, 9, 3.5, 2j, 10, 4, 0.1, 0.2]
def runtime():
    two, hundred = a[0], a[1]
    return (two**hundred, -two**a[2], two**-a[3], a[4] // -two, -a[4] % a[5], 1 << a[6], ~a[7], -(-a[8]), +a[9],
            1.5 * two, a[10] * a[10], a[11] / a[12], a[13] + a[14], (1 + 2j) * a[5], True + True, 3 - True,
            -0.0, -(0.0), 0 * -1.0, 1e308 * a[11], "ab" * a[5], (1,) * two)
f, r = folded(), runtime()
for x, y in zip(f, r):
    print(repr(x), repr(y), type(x).__name__, x == y or (x != x and y != y))
# errors happen when the code runs, not when it compiles
def errs():
    return 1 / 0
show("1/0", errs)
show("1//0", lambda: 1 // 0)
show("1%0", lambda: 1 % 0)
show("1.0/0", lambda: 1.0 / 0)
show("0**-1", lambda: 0 ** -1)
show("1<<-1", lambda: 1 << -1)
show("2.0**10000", lambda: 2.0 ** 10000)
show("'a'+1", lambda: "a" + 1)
show("1+'a'", lambda: 1 + "a")
show("-'a'", lambda: -"a")
show("~1.5", lambda: ~1.5)
show("[]*1.5", lambda: [] * 1.5)
show("'%d' % 'x'", lambda: "%d" % "x")
show("1 < 'a'", lambda: 1 < "a")
show("10**400/1", lambda: 10**400 / 1)
show("big shift", lambda: 1 << (1 << 70))
show("(-1)**0.5", lambda: (-1) ** 0.5)
show("divmod big", lambda: divmod(10**40, 7))
# a code path that is never taken must not fail either
def never():
    if False:
        return 1 / 0, 2 ** 10**10, "x" * -1, 1 << 10**20
    return "fine"
print(never())
# large constant results
print(len(str(3**1000)), (1 << 200) - 1 == 2**200 - 1, 2**64 * 2**64 == 2**128, -2**2 == -4, (-2)**2, 2**3**2)
print(2**-1074 > 0, 2.0**-1075, 10**-1, 1e-5 * 1e-5, -1 ** 0.5, (-1) ** 2, 0.5 ** -2, 9 ** 0.5)
x = 5
x += 2**70
x -= 2**70
print(x, type(x).__name__, 1_000_000 * 3, 0x_ff + 0o_17 + 0b_1, 1e1_0, 0xdead_beef)
