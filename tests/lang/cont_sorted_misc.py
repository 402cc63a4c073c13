# more sort behaviour: in-place returns None, None-containing keys,
# nested lists, sorting views and dict items by value, huge equal runs,
# key functions that are builtins / methods / classes
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = [3, 1, 2]
print(a.sort(), a, sorted(a) is a, sorted(a) == a)
show(lambda: sorted([(1, None), (1, 2)]))
show(lambda: sorted([(1, None), (2, None)]))
show(lambda: sorted([[None], [None]]))
show(lambda: sorted([None]))
show(lambda: sorted([None, None]))
print(sorted([[3, [1]], [3, [0, 5]], [2], [3]]), sorted([(), (0,), (-1, 9)]))
scores = {'amy': 3, 'bob': 1, 'cat': 3, 'dan': 2}
print(sorted(scores, key=scores.get), sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted(scores.values(), reverse=True), sorted(scores.keys(), key=len))
print(sorted(['b', 'A', 'c', 'B'], key=str.casefold), sorted([-3, 2, -1], key=abs), sorted(['10', '9', '100'], key=int))
print(sorted([3.5, 1, 2], key=float), sorted('bca', key=ord), sorted([[2, 1], [1]], key=len))
print(sorted(['x', 'yy', 'z'], key=len, reverse=True))
# a big run of equal keys with a tag to check stability
data = [(i % 3, i) for i in range(3000)]
s = sorted(data, key=lambda p: p[0])
print(s[:3], s[999:1002], s[-2:], all(s[j][1] < s[j + 1][1] for j in range(len(s) - 1) if s[j][0] == s[j + 1][0]))
# sorting objects with only __gt__: reflected comparison is used
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return 'G%d' % self.v
print(sorted([G(3), G(1), G(2)]))
# mixing int subclasses and floats with __lt__ overrides
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)
print(sorted([Rev(1), Rev(3), Rev(2)]))
# sorting a list that contains itself
self_ref = [2, 1]
self_ref.append(self_ref)
show(lambda: sorted(self_ref, key=lambda x: 0 if isinstance(x, list) else x))
# key returning unorderable values only on some items
show(lambda: sorted([1, 2, 3], key=lambda x: 'a' if x == 2 else x))
# sort with key=None explicitly and reverse=False
b = [2, 3, 1]
b.sort(key=None, reverse=False)
print(b)
# sorted of strings with unicode
print(sorted(['é', 'e', 'z', 'É', 'ä']), sorted('ßaÄ'))
# sort by multiple keys using tuples with negative numbers
people = [('x', 30, 5.5), ('y', 25, 6.1), ('z', 30, 4.9), ('w', 25, 6.1)]
print(sorted(people, key=lambda p: (p[1], -p[2], p[0])))
