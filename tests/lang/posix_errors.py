# OSError subclasses and messages from failing calls.
import os

missing = "/tmp/taipan-no-such-dir/x"
for f, args in ((os.stat, (missing,)), (os.listdir, (missing,)), (os.chdir, (missing,)),
                (os.remove, (missing,)), (os.rmdir, (missing,)), (os.open, (missing, os.O_RDONLY)),
                (os.mkdir, ("/",)), (os.rmdir, ("/tmp",)), (os.listdir, (__file__,)),
                (os.rename, (missing, missing + "2")), (os.lstat, (os.fsencode(missing),))):
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
        print(" ", e)
try:
    os.close(-1)
except OSError as e:
    print(type(e).__name__, e, e.filename)
try:
    os.fstat(9999)
except OSError as e:
    print(type(e).__name__, e)
print(os.strerror(2), "|", os.strerror(13))
e = OSError(2, "No such file or directory", "x")
print(type(e).__name__, e)
print(issubclass(FileNotFoundError, os.error))
fd = os.open(os.path.dirname(os.path.abspath(__file__)), os.O_RDONLY)
names = os.listdir(fd)
print("posix_errors.py" in names, names == os.listdir(fd), type(names[0]).__name__)
os.close(fd)
for bad in (b"\0", "a\0"):
    try:
        os.listdir(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    os.rename(b"a\0", b"b")
except ValueError as e:
    print(type(e).__name__, e)
