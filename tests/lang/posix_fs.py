# readlink/symlink/link/chmod/utime/truncate/dup/pipe in a fresh folder
# under /tmp, removed at the end.
import os
import stat

base = "/tmp/taipan_posix_fs_%d" % os.getpid()
os.mkdir(base)
f = os.path.join(base, "f")
try:
    fd = os.open(f, os.O_RDWR | os.O_CREAT, 0o600)
    os.write(fd, b"0123456789")
    os.ftruncate(fd, 4)
    print(os.fstat(fd).st_size, os.get_inheritable(fd), os.get_blocking(fd))
    os.set_inheritable(fd, True)
    print(os.get_inheritable(fd))
    d = os.dup(fd)
    print(d != fd, os.get_inheritable(d), os.lseek(d, 0, os.SEEK_SET), os.read(d, 10))
    os.close(d)
    os.fsync(fd)
    os.close(fd)
    os.truncate(f, 2)
    print(os.stat(f).st_size)
    os.chmod(f, 0o640)
    print(oct(stat.S_IMODE(os.stat(f).st_mode)))
    try:
        os.chmod(f, 0o600, follow_symlinks=False)
    except NotImplementedError as e:
        print(type(e).__name__, e)
    os.utime(f, (1000000000, 1200000000.5))
    st = os.stat(f)
    print(st.st_atime, st.st_mtime, st.st_mtime_ns)
    os.utime(f, ns=(5 * 10**9, 7 * 10**9 + 3))
    print(os.stat(f).st_mtime_ns, os.stat(f).st_atime)
    try:
        os.utime(f, (1, 2), ns=(1, 2))
    except ValueError as e:
        print(type(e).__name__, e)
    os.symlink("f", os.path.join(base, "ln"))
    print(os.readlink(os.path.join(base, "ln")), os.readlink(os.fsencode(os.path.join(base, "ln"))))
    print(os.path.islink(os.path.join(base, "ln")), os.path.realpath(os.path.join(base, "ln")) == os.path.realpath(f))
    os.link(f, os.path.join(base, "hard"))
    print(os.stat(f).st_nlink, os.stat(os.path.join(base, "hard")).st_ino == os.stat(f).st_ino)
    for e in sorted(os.scandir(base), key=lambda e: e.name):
        print(e.name, e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False), e.stat(follow_symlinks=False).st_size)
    try:
        os.readlink(f)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        os.symlink("f", os.path.join(base, "ln"))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename), os.path.basename(e.filename2))
    r, w = os.pipe()
    print(os.write(w, b"through the pipe"), os.read(r, 100))
    os.dup2(r, w)
    print(os.get_inheritable(w))
    os.close(r)
    os.close(w)
finally:
    for name in os.listdir(base):
        os.unlink(os.path.join(base, name))
    os.rmdir(base)
print(os.path.exists(base))
for name in ("supports_dir_fd", "supports_fd", "supports_follow_symlinks", "supports_effective_ids"):
    have = sorted(f.__name__ for f in getattr(os, name))
    # only the functions Taipan provides so far are compared
    print(name, [f for f in have if f in ("access", "chdir", "chmod", "link", "mkdir", "open", "readlink",
                                           "rename", "rmdir", "stat", "symlink", "truncate", "unlink", "utime")])
