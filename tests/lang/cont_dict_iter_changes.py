# changing a dict while iterating it or its views: the two messages,
# which changes are allowed (value updates), and what was seen
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

def add_during(view_of):
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for x in view_of(d):
        seen.append(x)
        d[len(d) + 10] = 0
    return seen
show(lambda: add_during(lambda d: d))
show(lambda: add_during(lambda d: d.keys()))
show(lambda: add_during(lambda d: d.values()))
show(lambda: add_during(lambda d: d.items()))
show(lambda: add_during(lambda d: reversed(d)))
show(lambda: add_during(lambda d: reversed(d.values())))
def del_during():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
show(del_during)
def same_size_swap():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[3]
            d[4] = 4
    return seen
show(same_size_swap)
def same_size_swap_items():
    d = {'a': 1, 'b': 2}
    for k, v in d.items():
        d.pop('b', None)
        d['c'] = 3
show(same_size_swap_items)
def pop_readd():
    d = {'a': 1, 'b': 2, 'c': 3}
    seen = []
    for k in d:
        seen.append(k)
        d[k] = d.pop(k)
    return seen
show(pop_readd)
# assigning to existing keys is fine
def update_values():
    d = dict.fromkeys('abc', 0)
    for k in d:
        d[k] += 1
        d.update({k: d[k] * 10})
    return d
show(update_values)
def setdefault_existing():
    d = {'a': 1}
    for k in d:
        d.setdefault(k, 99)
    return d
show(setdefault_existing)
# clear() inside the loop
def clear_inside():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        d.clear()
    return seen
show(clear_inside)
# the iterator stays broken after the error
d = {1: 1}
it = iter(d)
d[2] = 2
show(lambda: next(it))
show(lambda: next(it))
del d[2]
show(lambda: next(it))
# a list() of a view during changes elsewhere is a snapshot
d = {1: 'a', 2: 'b'}
snap = list(d.items())
d[3] = 'c'
print(snap, list(d.items()))
# comprehension over a dict that its body grows
def comp():
    d = {1: 1}
    return [d.setdefault(k + 1, 0) for k in d]
show(comp)
# dict(d) while d's __iter__ is overridden does not matter
class D(dict):
    def __iter__(self):
        return iter(['x'])
print(dict(D(a=1)), list(D(a=1)), [*D(a=1)])
