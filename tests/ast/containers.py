# Displays and comprehensions.
t = ()
t1 = (1,)
t2 = 1, 2, 3
l = [1, 2, *rest]
s = {1, 2, *rest}
d = {}
d2 = {'a': 1, **other, 'b': 2}
lc = [x * 2 for x in range(10) if x % 2 if x > 3]
sc = {x for x in y for y in z}
dc = {k: v for k, v in items.items()}
gen = (x for x in range(3))
nested = [[y for y in x] for x in m]
ac = [x async for x in aiter()] if False else None
