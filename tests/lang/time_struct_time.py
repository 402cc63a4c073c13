# time.struct_time: copy and pickle keep the hidden fields; not subclassable
import time, copy, pickle
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, 'ZZ', 3600))
c = copy.copy(st)
print(c, c.tm_zone, c.tm_gmtoff, c == st)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    p = pickle.loads(pickle.dumps(st, proto))
    print(proto, p == st, p.tm_zone, p.tm_gmtoff, type(p).__name__)
g = time.gmtime(86400 * 365)
print(g.__reduce__())
print(copy.deepcopy(g).tm_zone, hash(g) == hash(tuple(g)), g[:3], g[-1], list(g)[6:])
try:
    class X(time.struct_time):
        pass
except TypeError as e:
    print(type(e).__name__, e)
y, m, d, *rest = time.gmtime(0)
print(y, m, d, rest)
match time.gmtime(0):
    case time.struct_time(tm_year=1970, tm_mon=mon):
        print('matched', mon)
