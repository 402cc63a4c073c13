# numeric keys: 1 / 1.0 / True / 1+0j share a slot, the first key object
# stays, -0.0 and 0, huge ints and floats, NaN keys by identity
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d[1 + 0j] = 'complex'
print(d, len(d), type(next(iter(d))).__name__)
d = {True: 'bool'}
d[1] = 'int'
print(d)
z = {0: 'a', 0.0: 'b', -0.0: 'c', False: 'd', 0j: 'e'}
print(z)
print({-0.0: 1}, {0.0: 1, -0.0: 2})
big = 2 ** 53
print({big: 'i', float(big): 'f'}, {big + 1: 'i', float(big + 1): 'f'})
print(hash(2 ** 61) == hash(1), {2 ** 61: 'a', 1: 'b'}, 2 ** 61 in {1: 0})
print({10 ** 20: 1}[1e20] if 10 ** 20 == 1e20 else 'not equal', 10 ** 20 == 1e20, 10 ** 22 == 1e22)
print({1e22: 'f'}.get(10 ** 22), {2 ** 100: 'i'}.get(2.0 ** 100), {0.5: 'h'}.get(1 / 2))
print({-1: 'm'}.get(-1.0), hash(-1) == hash(-1.0), hash(-1), hash(-2))
print({-1: 'a', -2: 'b'}, {-1.0: 'a', -2: 'b'})
nan = float('nan')
n = {nan: 1}
print(n[nan], nan in n, float('nan') in n, len({nan: 1, float('nan'): 2}))
inf = float('inf')
print({inf: 'p', -inf: 'n'}[float('inf')], hash(inf), hash(-inf))
s = {1, 1.0, True, 2, 2.0, 3}
print(sorted(s), len({0, False, 0.0, -0.0, 0j}))
print({1: 'x'}.keys() & {True, 2.0}, {1.0, 2} & {True, 2.5})
print(list({True: 0, 1: 1, 1.0: 2}.items()), {1.5: 'a', 3 / 2: 'b'})
# int subclass keys with the same value
class MyInt(int):
    pass
m = {MyInt(5): 'sub'}
print(m[5], 5 in m, type(list(m)[0]).__name__)
class HashMod(int):
    def __hash__(self):
        return 12345
print({HashMod(7): 1}.get(7), HashMod(7) == 7)
# fractions-free exact comparisons of floats and big ints as keys
keys = [2 ** 63, 2.0 ** 63, 2 ** 63 + 1, -2 ** 63, float(-2 ** 63)]
print(len(dict.fromkeys(keys)), list(dict.fromkeys(keys)))
print(len({x / 4 for x in range(20)} | set(range(5))))
