# dict.update(d) (and {**d}, dict(d)) stop with RuntimeError when a key's
# __eq__ changes the source dict's size
class X:
    def __hash__(self): return 0
    def __eq__(self, o):
        other.clear()
        return False
for how in ('update', 'unpack', 'call'):
    other = dict((i, 0) for i in range(1, 50))
    other[X()] = 0
    d = {X(): 0, 1: 1}
    try:
        if how == 'update':
            d.update(other)
        elif how == 'unpack':
            d = {**d, **other}
        else:
            d = dict(d, **{}) ; d.update(other)
        print(how, 'no error', len(d))
    except RuntimeError as e:
        print(how, type(e).__name__, e)
d = {1: 2, 3: 4}
d.update(d); print(d)
e = {1: 'a'}; e.update({1: 'b', 2: 'c'}); print(e)
