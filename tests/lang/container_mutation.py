# containers mutated by the Python code they call back into: __index__,
# __eq__, __repr__, generators and keys() -- CPython's result, never a crash
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

lst = [1, 2, 3]
class ClearIdx:
    def __index__(self):
        lst.clear()
        return 1
show(lambda: lst[ClearIdx()])
lst = [1, 2, 3]
def setit():
    lst[ClearIdx()] = 5
show(setit)
lst = [1, 2, 3]
show(lambda: lst.insert(ClearIdx(), 'x') or lst)
lst = [1, 2, 3]
show(lambda: lst.pop(ClearIdx()))
lst = [1, 2, 3, 4]
show(lambda: lst[ClearIdx():ClearIdx()])
lst = [1, 2, 3, 4]
show(lambda: lst.index(2, ClearIdx()))
lst = [1, 2, 3]
def gen():
    for i in range(3):
        lst.append(i)
        yield i
lst.extend(gen()); print(lst)
lst = [1, 2, 3, 4, 5, 6]
def gen2():
    lst.clear()
    yield 'a'
    yield 'b'
    yield 'c'
lst = [1, 2, 3]
def slset2():
    lst[1:2] = gen2()
    return lst
show(slset2)
class ClearRepr:
    def __repr__(self):
        rl.clear()
        return 'C'
rl = [ClearRepr(), ClearRepr(), ClearRepr()]
print(repr(rl), rl)
class DelRepr:
    def __repr__(self):
        rd.clear()
        return 'D'
rd = {1: DelRepr(), 2: DelRepr()}
show(lambda: repr(rd))
rd = {1: DelRepr(), 2: DelRepr()}
def rdi():
    return repr(rd.items())
show(rdi)
class AddRepr:
    def __repr__(self):
        rs.add(len(rs) + 100)
        return 'A'
rs = {AddRepr()}
show(lambda: repr(rs))
class E:
    def __init__(self, d): self.d = d
    def __hash__(self): return 5
    def __eq__(self, o):
        self.d.pop(next(iter(self.d)), None)
        return False
sd = {}
sd[E(sd)] = 1
sd[E(sd)] = 2
print(len(sd))
sd = {}
sd[E(sd)] = 1
show(lambda: sd.setdefault(E(sd), 3) and len(sd))
sd = {}
sd[E(sd)] = 1
show(lambda: sd.pop(E(sd), 'dflt'))
class V:
    def __eq__(self, o):
        other.clear()
        return True
one = {1: V(), 2: V()}
other = {1: 0, 2: 0}
show(lambda: one == other)
class MKeys:
    def keys(self):
        return ['a', 'b']
    def __getitem__(self, k):
        tgt.clear()
        return k
tgt = {'z': 1}
tgt.update(MKeys()); print(tgt)
ds = {1: 1, 2: 2}
class Upd:
    def __eq__(self, o):
        ds.clear()
        return False
    def __hash__(self): return 1
show(lambda: ds.update({Upd(): 5}) or len(ds))
ss = {1, 2, 3}
def sit():
    for x in ss:
        ss.__init__([7, 8, 9])
show(sit)
ls = [3, 1, 2]
def reinit(x):
    ls.__init__([9, 9, 9, 9])
    return x
show(lambda: ls.sort(key=reinit))
print(ls)
def bad():
    yield 1
    raise ValueError('gen failed')
show(lambda: tuple(bad()))
show(lambda: list(bad()))
show(lambda: set(bad()))
show(lambda: dict.fromkeys(bad()))
show(lambda: sorted(bad()))
print('ok')
