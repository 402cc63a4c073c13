# frozenset hashing: independent of insertion order, equal to other
# frozensets with equal members (including 1 / 1.0 / True), usable in sets
# and dicts; set members that are sets are looked up as frozensets
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1, 1])
c = frozenset(range(1, 4))
print(hash(a) == hash(b) == hash(c), a == b == c, hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset([1])) == hash(frozenset([1.0])) == hash(frozenset([True])))
print(hash(frozenset([0])) == hash(frozenset([False, 0.0])))
many = [frozenset(range(i, i + 5)) for i in range(20)]
print(len(set(many)), len(set(many + [frozenset(range(j + 4, j - 1, -1)) for j in range(20)])))
d = {frozenset('ab'): 1, frozenset('ba'): 2, frozenset(): 0}
print(len(d), d[frozenset(['a', 'b'])], d[frozenset()])
print(d.get({'a', 'b'}, 'set keys are not converted for dict lookups?') if False else 'skip')
show(lambda: d[{'a', 'b'}])
show(lambda: hash({1}))
show(lambda: {{1}: 2})
show(lambda: {{1}})
show(lambda: frozenset([{1}]))
show(lambda: frozenset([[1]]))
s = {frozenset({1, 2}), frozenset()}
print({2, 1} in s, set() in s, {3} in s, frozenset({2, 1}) in s)
s.discard({1, 2}); print(len(s))
s.remove(set()); print(len(s))
show(lambda: s.remove({9}))
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([frozenset([3]), frozenset([2, 1])]) == nested, hash(nested) == hash(frozenset([frozenset([3]), frozenset([1, 2])])))
print(sorted(sorted(x) for x in nested))
# frozenset of a frozenset is the same frozenset; set() of a frozenset is new
fz = frozenset({1, 2})
print(frozenset(fz) is fz, set(fz) is fz, frozenset(fz) == fz)
class FZ(frozenset):
    pass
print(frozenset(FZ({1})) == FZ({1}), type(frozenset(FZ({1}))).__name__)
print(hash(FZ({1, 2})) == hash(frozenset({1, 2})), FZ({1}) in {frozenset({1})})
# subclass overriding __hash__
class H(frozenset):
    def __hash__(self):
        return 1
print(hash(H({5})), {H({5}): 'x'}.get(frozenset({5}), 'absent'), {H({5}): 'x'}[H({5})])
# hash is deterministic for numbers
print(hash(frozenset()), hash(frozenset([0])), hash(frozenset([1, 2, 3])))
print(hash(frozenset([-1])), hash(frozenset([2 ** 61 - 1, 2 ** 61])))
