# time.strptime (the _strptime module) and struct_time round trips
import time
print(time.strptime('2000-01-02', '%Y-%m-%d'))
print(time.strptime('2000-01-02 10:11:12', '%Y-%m-%d %H:%M:%S')[:6])
print(time.strptime('Mon Feb 16 12:00:00 2009'))
st = time.strptime('2009-02-13 23:31:30 +0100', '%Y-%m-%d %H:%M:%S %z')
print(st, st.tm_gmtoff, st.tm_zone)
print(time.strftime('%Y-%m-%dT%H:%M:%S', time.strptime('1999-12-31 23:59:59', '%Y-%m-%d %H:%M:%S')))
for args in [('2000', '%Y'), ('x', '%Y'), (5,), ('2000-13-01', '%Y-%m-%d'), ('2000', '%Y', 3)]:
    try:
        print(time.strptime(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
