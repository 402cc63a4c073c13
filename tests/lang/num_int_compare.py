# int comparisons across small and big values, signs, bools, chained
# comparisons, sorting and equality in containers, rich-compare dunders.
vals = [0, 1, -1, 2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63, -2**63, 2**64, -(2**64), 10**30, -(10**30), True, False]
for a in vals:
    print(a, "".join("<" if a < b else ">" if a > b else "=" for b in vals), a == a + 0, a <= a, a >= a, not a != a)
print(sorted(vals))
print(sorted(vals, reverse=True))
print(sorted([3, -(2**100), 2**100, 0, -1, 2**99, -(2**99)]), sorted([2**64 + 1, 2**64, 2**64 - 1]))
print(1 < 2 < 3, 3 > 2 > 1 > 0, 1 < 3 < 2, 0 < 2**70 < 2**71, -(2**70) < -1 < 0 <= 0 < 1 == 1.0)
print(2**70 in [2**70], [2**70] == [2**70], (2**70, 1) < (2**70, 2), {2**70: "x"}[2**70], {2**70, 2**70}, [10**30].index(10**30))
print(int.__lt__(1, 2), int.__gt__(1, 2), int.__eq__(2**70, 2**70), int.__ne__(1, 1), int.__le__(2, 2), int.__ge__(1, 2))
print(int.__lt__(1, 2.0), int.__eq__(1, "1"), (5).__eq__(5.0), (5).__lt__(None), (True).__eq__(1), (True).__lt__(2))
print(True == 1, False == 0, True > False, True < 2, True is not 1, (1 == True) == (hash(1) == hash(True)))
class Eq:
    def __eq__(self, o):
        return "Eq.__eq__"
    def __lt__(self, o):
        return "Eq.__lt__"
    def __gt__(self, o):
        return "Eq.__gt__"
print(1 == Eq(), Eq() == 1, 1 < Eq(), 1 > Eq(), 2**70 != Eq(), 1 != Eq())
class Sub(int):
    def __lt__(self, o):
        return "Sub.__lt__"
    def __gt__(self, o):
        return "Sub.__gt__"
print(1 < Sub(5), 1 > Sub(5), Sub(5) < 1, Sub(5) > 1, 1.5 > Sub(5))
try:
    1 < "1"
except TypeError as e:
    print(e)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    2**70 >= None
except TypeError as e:
    print(e)
print(max(2**70, 2**70 + 0.0), min(-(2**70), -(2.0**70)), 2**70 == 2.0**70, 2**70 + 1 == 2.0**70, 2**70 + 1 > 2.0**70)
