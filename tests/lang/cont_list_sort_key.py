# list.sort / sorted with key and reverse: stability in both directions,
# keys that are tuples, key=None, and sort of records on several fields
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

words = ['pear', 'Fig', 'apple', 'kiwi', 'Date', 'fig', 'plum', 'Apple', 'lime']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=None, reverse=False))
print(sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(words, key=lambda w: w[-1], reverse=True))
# stability: equal keys keep their order, also with reverse=True
pairs = [(i % 3, i) for i in range(15)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
# multi-pass sort (secondary key first) is the same as a tuple key
recs = [('bob', 25, 'x'), ('amy', 30, 'y'), ('cat', 25, 'z'), ('dan', 30, 'w'), ('eve', 22, 'v')]
r1 = sorted(recs, key=lambda r: r[0])
r1.sort(key=lambda r: r[1], reverse=True)
print(r1)
print(sorted(recs, key=lambda r: (-r[1], r[0])))
# key is called exactly once per element
calls = []
def key(x):
    calls.append(x)
    return -x
lst = [3, 1, 2, 5, 4]
lst.sort(key=key)
print(lst, sorted(calls))
# reverse with equal elements keeps the original order of equal ones
class K:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, other):
        return self.k < other.k
    def __repr__(self):
        return '%s%d' % (self.tag, self.k)
ks = [K(1, 'a'), K(0, 'b'), K(1, 'c'), K(0, 'd'), K(1, 'e')]
print(sorted(ks), sorted(ks, reverse=True))
# keyword-only arguments and their errors
show(lambda: [3, 1].sort(None))
show(lambda: [3, 1].sort(key=1))
show(lambda: [3, 1].sort(cmp=None))
show(lambda: [3, 1].sort(reverse='yes'))
show(lambda: [3, 1].sort(reverse=[]))
show(lambda: [3, 1].sort(reverse=2.5))
show(lambda: sorted())
show(lambda: sorted([1], None))
show(lambda: sorted(iterable=[1]))
show(lambda: sorted(5))
show(lambda: sorted([1, 2], key=lambda x, y: 0))
print(sorted('hello'), sorted((3, 1, 2)), sorted({3: 'a', 1: 'b'}), sorted(range(5, 0, -1)))
print(sorted([1, 2, 3], reverse=1), sorted([], key=len), [].sort())
show(lambda: [5].sort(key=lambda x: 1 / 0))
show(lambda: [].sort(key=lambda x: 1 / 0))
# sort of bools, floats and ints together
print(sorted([True, 0.5, 0, -1, 2 ** 70, 1.5e20, False, -2.5]))
print(sorted([[1, 2], [1], [0, 9], [], [1, 1]]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True))
