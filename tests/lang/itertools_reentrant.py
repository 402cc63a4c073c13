# Re-entrant use: an input iterator whose __next__ advances the very
# itertools object consuming it. Must never crash; results follow CPython.
from itertools import islice, pairwise, chain, cycle, groupby, accumulate, tee

class Re:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 5:
            raise StopIteration
        if self.n == 2:
            print('inner', list(islice(self.sl, 8)))
        return self.n

def run(make):
    r = Re()
    r.sl = make(r)
    print(list(islice(r.sl, 12)))

run(lambda r: islice(r, 1, 10))
run(pairwise)
run(lambda r: chain(r, 'xy'))
run(cycle)
run(accumulate)
run(lambda r: map(lambda kg: kg[0], groupby(r)))
run(lambda r: map(lambda kg: list(kg[1]), groupby(r)))
run(lambda r: map(lambda kg: kg[0], groupby(r, lambda x: x < 4)))
r = Re()
r.sl, other = tee(r)
try:
    list(r.sl)
except RuntimeError as e:
    print(type(e).__name__, e)
