# errno: the constants, errorcode (number -> name) and their agreement
import errno

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
print(names[:10], names[-10:])
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EINTR, errno.EAGAIN, errno.EPIPE)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(type(errno.errorcode).__name__, len(errno.errorcode))
print(errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK],
      errno.errorcode[errno.ENOTSUP])
for n in names:
    code = getattr(errno, n)
    if type(code) is not int:
        print('not int', n)
    if errno.errorcode.get(code) is None:
        print('missing code', n)
    elif getattr(errno, errno.errorcode[code]) != code:
        print('mismatch', n)
print(sorted(errno.errorcode.items())[:12])
print(list(errno.errorcode.items())[:6])
print(list(n for n in vars(errno) if n.startswith('E'))[:6])
try:
    import os; os.stat('/nonexistent/x')
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno])
print(errno.__name__, 'errorcode' in dir(errno))
try:
    errno.NOPE
except AttributeError as e:
    print(type(e).__name__, e)
