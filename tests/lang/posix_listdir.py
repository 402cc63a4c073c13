# mkdir / listdir / scandir / walk / rename / remove in a fresh folder
# under /tmp, removed at the end.
import os

base = "/tmp/taipan_posix_test_%d" % os.getpid()
os.mkdir(base)
try:
    os.mkdir(os.path.join(base, "sub"))
    for name in ("a.txt", "b.bin"):
        fd = os.open(os.path.join(base, name), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        print(os.write(fd, b"hello " + name.encode()))
        os.close(fd)
    print(sorted(os.listdir(base)))
    print(sorted(os.listdir(os.fsencode(base))))
    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path == os.path.join(base, e.name), e.is_dir(), e.is_file(), e.is_symlink(),
              e.stat().st_size, os.fspath(e) == e.path)
    print(repr(entries[0]))
    fd = os.open(os.path.join(base, "a.txt"), os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END))
    print(os.fstat(fd).st_size, os.isatty(fd))
    os.close(fd)
    os.rename(os.path.join(base, "a.txt"), os.path.join(base, "c.txt"))
    os.replace(os.path.join(base, "c.txt"), os.path.join(base, "b.bin"))
    print(sorted(os.listdir(base)))
    for top, dirs, files in os.walk(base):
        print(os.path.relpath(top, base), sorted(dirs), sorted(files))
    os.makedirs(os.path.join(base, "x", "y", "z"))
    os.makedirs(os.path.join(base, "x", "y"), exist_ok=True)
    print([os.path.relpath(t, base) for t, d, f in os.walk(base)])
    os.removedirs(os.path.join(base, "x", "y", "z"))
    print(sorted(os.listdir(base)))
    print(os.access(base, os.F_OK), os.access(base, os.W_OK), os.access(base + "/nope", os.F_OK))
finally:
    for top, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(top, f))
        for d in dirs:
            os.rmdir(os.path.join(top, d))
    os.rmdir(base)
print(os.path.exists(base))
