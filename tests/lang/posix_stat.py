# os.stat_result: field types, indexing, and stat of the test file.
import os
import stat

st = os.stat(__file__)
print(type(st).__name__, len(st), isinstance(st, tuple))
for f in ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"):
    print(f, type(getattr(st, f)).__name__)
for f in ("st_atime", "st_mtime", "st_ctime"):
    print(f, type(getattr(st, f)).__name__, type(getattr(st, f + "_ns")).__name__)
print(st[0] == st.st_mode, st[6] == st.st_size, st[-4] == st.st_size)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISDIR(os.stat(".").st_mode))
print(abs(st.st_mtime_ns / 1e9 - st.st_mtime) < 1e-3)
lst = os.lstat(__file__)
print(lst.st_ino == st.st_ino, os.stat(os.fsencode(__file__)).st_size == st.st_size)
mode, ino = st[:2]
print(mode == st.st_mode, ino == st.st_ino)
fd = os.open(__file__, os.O_RDONLY)
print(os.fstat(fd).st_size == st.st_size, os.stat(fd).st_ino == st.st_ino)
os.close(fd)
print(stat.filemode(os.stat("/").st_mode)[0])
