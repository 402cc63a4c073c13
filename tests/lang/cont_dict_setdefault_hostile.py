# setdefault / get / pop / __setitem__ with keys whose __eq__ or __hash__
# mutate the dict while the lookup runs; every case ends in a result or a
# Python exception, and the dict remains consistent
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

class K:
    def __init__(self, name, target=None, action=None):
        self.name, self.target, self.action = name, target, action
    def __hash__(self):
        return 7
    def __eq__(self, other):
        if self.action and self.target is not None:
            act, self.action = self.action, None
            act(self.target)
        return isinstance(other, K) and self.name == other.name
    def __repr__(self):
        return 'K(%s)' % self.name

def fresh():
    d = {}
    d[K('a')] = 1
    d[K('b')] = 2
    return d

for act_name, act in [('clear', lambda t: t.clear()),
                      ('add', lambda t: t.update({'x%d' % i: i for i in range(20)})),
                      ('del', lambda t: t.pop(next(iter(t)))),
                      ('set', lambda t: t.__setitem__(K('c'), 3))]:
    for op_name, op in [('get', lambda d, k: d.get(k, 'dflt')),
                        ('setdefault', lambda d, k: d.setdefault(k, 'new')),
                        ('pop', lambda d, k: d.pop(k, 'dflt')),
                        ('in', lambda d, k: k in d),
                        ('setitem', lambda d, k: d.__setitem__(k, 'v')),
                        ('getitem', lambda d, k: d[k])]:
        d = fresh()
        # the stored key's __eq__ runs (it is the left operand)
        for stored in d:
            stored.target, stored.action = d, act
        probe = K('b')
        try:
            r = op(d, probe)
        except Exception as e:
            r = '%s %s' % (type(e).__name__, e)
        keys = sorted(repr(k) for k in d)
        print(act_name, op_name, r, len(d), keys[:4])
# hash that mutates the dict before the lookup
class HashMut:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        self.target.clear()
        return 1
    def __eq__(self, other):
        return False
    def __repr__(self):
        return 'HashMut()'
d = {1: 'x', 2: 'y'}
show(lambda: d.setdefault(HashMut(d), 'v'))
print(d)
d = {1: 'x'}
show(lambda: d.get(HashMut(d)))
print(d)
d = {1: 'x'}
d[HashMut(d)] = 'stored'
print(len(d))
# update() from a dict whose keys' __eq__ mutates the target
class Evil:
    def __hash__(self):
        return 99
    def __eq__(self, other):
        target.clear()
        return False
target = {Evil(): 1}
show(lambda: target.update({Evil(): 2}))
print(len(target))
