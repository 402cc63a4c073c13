# time: conversions of fixed timestamps, struct_time, strftime/asctime,
# the argument checks; the clocks only by their types and order
import time, os

def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

os.environ['TZ'] = 'UTC'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)

g = time.gmtime(0)
print(g)
print(len(g), g.tm_zone, g.tm_gmtoff, g[0], g[-1], g[2:5], tuple(g))
print(type(g).__name__, type(g).__module__, isinstance(g, tuple))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
for ts in [1, 86399, 86400, 951782400, 1234567890, 2**31, -1, -86401, -1.5, 1.999, 253402300799, -62135596800, 4102444800]:
    print(ts, tuple(time.gmtime(ts)))
print(time.gmtime(True) == time.gmtime(1), time.gmtime(None) is not None)
t(lambda: time.gmtime('x'))
t(lambda: time.gmtime(1e300))
t(lambda: time.gmtime(10**30))
t(lambda: time.gmtime(float('nan')))
t(lambda: time.gmtime(2**62))
t(lambda: time.gmtime(1, 2))
t(lambda: time.localtime(-2**62))

# struct_time as a constructor, with hidden fields
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 7, 0, 'ABC', 3600))
print(s2, s2.tm_zone, s2.tm_gmtoff, len(s2), s2 == s)
print(time.struct_time([1] * 9, {'tm_zone': 'Q'}).tm_zone)
print(s2.__reduce__())
t(lambda: time.struct_time([1] * 12))
t(lambda: time.struct_time([1] * 8))
t(lambda: time.struct_time([1] * 9, 5))
t(lambda: time.gmtime(0)[9])
t(lambda: time.struct_time(5))

# mktime (in UTC: the inverse of gmtime)
for ts in [0, 86400, 1234567890, -86400]:
    print(time.mktime(time.gmtime(ts)), time.mktime(tuple(time.gmtime(ts))))
t(lambda: time.mktime((1, 2)))
t(lambda: time.mktime(5))
t(lambda: time.mktime(('a',) * 9))
t(lambda: time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 0, 1)))
t(lambda: time.mktime((2**40, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime((1.5, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime())

# asctime / ctime
t(lambda: time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.asctime(time.gmtime(1234567890)))
t(lambda: time.ctime(1234567890))
t(lambda: time.ctime(0))
t(lambda: time.ctime(-1e10))
for tup in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 0, 0, 0, 0, 0, 0, 0, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 61, 7, 1, 0),
            (2000, 1, 1, 0, 0, 0, -2, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0),
            (-2000, 1, 1, 0, 0, 0, 0, 0, -5), (12345, 1, 1, 0, 0, 0, 0, 0, 5), (2**40, 1, 1, 0, 0, 0, 0, 0, 0)]:
    t(lambda: time.asctime(tup))
t(lambda: time.asctime([2000, 1, 1, 0, 0, 0, 0, 0, 0]))
t(lambda: time.asctime(1, 2))
t(lambda: time.ctime('x'))

# strftime
fixed = (2009, 2, 13, 23, 31, 30, 4, 44, 0)
for fmt in ['%Y-%m-%d %H:%M:%S', '%a %A %b %B %j %w %y %p %I', '%%', '%', '', 'plain', '%Q', 'é%Y€',
            '%c|%x|%X', '%U %W %V %G %u %e %C %D %T %R %n%t|', '%Z|%z', '%5Y|%-d|%_m']:
    t(lambda: time.strftime(fmt, fixed))
t(lambda: time.strftime('%Y', time.gmtime(0)))
t(lambda: time.strftime('%Z %z', time.gmtime(0)))
t(lambda: time.strftime('%Z %z', time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 'XYZ', 3600))))
t(lambda: time.strftime('%Z %z', time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0, 5, 3))))
t(lambda: time.strftime('%Y %m %d %j', (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
t(lambda: time.strftime('a\0b', fixed))
t(lambda: time.strftime('\udcff', fixed))
t(lambda: time.strftime('%Y' * 300, fixed)[:12])
t(lambda: time.strftime(5))
t(lambda: time.strftime('%Y', 5))
t(lambda: time.strftime('%Y', (1,)))
t(lambda: time.strftime('%Y', (2**31, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', (2**63, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.strftime('%Y', fixed, 5))
t(lambda: time.strftime())
t(lambda: time.strftime(fmt='%Y'))
t(lambda: type(time.strftime('%Y')).__name__)

# time zones
os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
lt = time.localtime(0)
print(lt, lt.tm_zone, lt.tm_gmtoff)
lt = time.localtime(15552000)
print(lt, lt.tm_zone, lt.tm_gmtoff)
print(time.mktime((1970, 7, 1, 0, 0, 0, 0, 0, -1)), time.mktime(lt))
print(time.ctime(0), '|', time.strftime('%Z %z %H', time.localtime(15552000)))
os.environ['TZ'] = 'AEST-10AEDT,M10.1.0,M4.1.0/3'
time.tzset()
print(time.tzname, time.timezone, time.altzone, time.daylight)
os.environ['TZ'] = 'UTC'
time.tzset()
print(time.tzname)
t(lambda: time.tzset(1))

# clocks
for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f, fns = getattr(time, name), getattr(time, name + '_ns')
    a, b = f(), fns()
    print(name, type(a).__name__, type(b).__name__, a > 0 or name.endswith('time'), f() >= a, fns() >= b)
    info = time.get_clock_info(name)
    print(' ', info.implementation, info.monotonic, info.adjustable, 0 < info.resolution <= 1)
print(abs(time.time() - time.time_ns() / 1e9) < 1)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC) > 0)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID,
      time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI, time._STRUCT_TM_ITEMS)
t(lambda: time.get_clock_info('x'))
t(lambda: time.get_clock_info(5))
t(lambda: time.clock_gettime(12345))
t(lambda: time.clock_gettime('x'))
t(lambda: time.clock_getres())
t(lambda: time.time(1))
t(lambda: time.monotonic_ns(1))

# sleep
start = time.monotonic()
print(time.sleep(0), time.sleep(0.01), time.sleep(True and 0), time.sleep(-0.0))
print(time.monotonic() - start >= 0.01)
for bad in [-1, -1e-10, 'x', float('nan'), 1e300, 10**30, 2**62, None, 1j]:
    t(lambda: time.sleep(bad))
t(lambda: time.sleep())
t(lambda: time.sleep(1, 2))
t(lambda: time.sleep(secs=1))
print(sorted(n for n in dir(time) if not n.startswith('_') and n not in ('strptime',)))

# the year's limits: a C int, and tm_year (year - 1900) must not underflow
for y in [2**31 - 1, -2**31 + 1900, -2**31 + 1899, 2**31]:
    t(lambda: time.asctime((y, 1, 1, 0, 0, 0, 0, 1, 0)))
    t(lambda: time.strftime('%Y', (y, 1, 1, 0, 0, 0, 0, 1, 0)))
t(lambda: time.mktime((-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0)))
