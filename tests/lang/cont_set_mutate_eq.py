# sets whose members' __eq__ or __hash__ mutate the set during a lookup,
# an add, a comparison or an algebra operation; iteration while changing
def show(f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)):
            r = sorted(map(repr, r))
        print(r)
    except Exception as e:
        print(type(e).__name__, e)

class M:
    def __init__(self, name, target=None, act=None):
        self.name, self.target, self.act = name, target, act
    def __hash__(self):
        return 3
    def __eq__(self, other):
        if self.act and self.target is not None:
            act, self.act = self.act, None
            act(self.target)
        return isinstance(other, M) and self.name == other.name
    def __repr__(self):
        return 'M(%s)' % self.name

acts = [('clear', lambda t: t.clear()),
        ('grow', lambda t: t.update(range(40))),
        ('discard', lambda t: t.discard(M('a'))),
        ('add', lambda t: t.add(M('z')))]
ops = [('in', lambda s, k: k in s),
       ('add', lambda s, k: s.add(k)),
       ('discard', lambda s, k: s.discard(k)),
       ('remove', lambda s, k: s.remove(k)),
       ('issubset', lambda s, k: {k}.issubset(s)),
       ('inter', lambda s, k: s & {k})]
for an, act in acts:
    for on, op in ops:
        # the stored member's __eq__ runs (it is the left operand)
        armed = M('b')
        s = {M('a'), armed}
        armed.target, armed.act = s, act
        probe = M('b')
        try:
            r = op(s, probe)
            if isinstance(r, set):
                r = sorted(map(repr, r))
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(an, on, r, len(s))
# adding during iteration
def grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 100)
show(grow)
def shrink():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
show(shrink)
def same_size():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
        s.add(x + 1000)
show(same_size)
it_set = {1, 2}
it = iter(it_set)
it_set.add(3)
show(lambda: next(it))
show(lambda: next(it))
# an __eq__ that changes the set during a set comparison
class Shrinker:
    def __hash__(self):
        return 5
    def __eq__(self, other):
        other_set.clear()
        return True
other_set = {Shrinker()}
show(lambda: {Shrinker()} == other_set)
other_set = {Shrinker()}
show(lambda: {Shrinker()} <= other_set)
# __hash__ that mutates
class HashGrow:
    def __hash__(self):
        target.update(range(100, 140))
        return 1
target = {1}
target.add(HashGrow())
print(len(target))
