# Many short-lived strings (ASCII and not), joins, slices, formatting,
# str keys in dicts, and interned identifiers made at run time.
acc = 0
for i in range(6000):
    s = 'item-' + str(i) + '-' + 'é' * (i % 3)
    acc += len(s) + len(s.upper()) + len(s[2:-1]) + s.count('-')
print(acc)

parts = [str(i) for i in range(5000)]
joined = ','.join(parts)
print(len(joined), joined[:20], joined[-20:])
back = joined.split(',')
print(back == parts, len(set(back)))

table = {}
for i in range(4000):
    k = 'k' + format(i, 'x')
    table[k] = k * 2
print(len(table), table['k1f'], table.get('kfff'), table.get('k10000'))

# f-strings and % formatting create lots of temporaries
out = []
for i in range(3000):
    out.append(f'{i:>5}|{i * 1.5:.2f}|{"x" * (i % 4)}|%s' % (i,))
print(out[0], out[2999], sum(map(len, out)))

# str <-> bytes round trips
blob = b''
for i in range(2000):
    blob += ('ü%d' % i).encode()
print(len(blob), blob[:10], blob.decode()[-6:])

# attribute names built at run time
class O:
    pass
o = O()
for i in range(500):
    setattr(o, 'attr_%d' % i, i)
print(sum(getattr(o, 'attr_%d' % i) for i in range(500)))
