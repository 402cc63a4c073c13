# os.environ over posix.environ, putenv/unsetenv and misc calls.
import os
import posix

print(type(posix.environ).__name__, all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items()))
print("PATH" in os.environ, type(os.environ.get("PATH")).__name__, os.environ.get("TAIPAN_NOPE", "dflt"))
os.environ["TAIPAN_TEST_VAR"] = "v1"
print(os.environ["TAIPAN_TEST_VAR"], os.getenv("TAIPAN_TEST_VAR"), os.environb[b"TAIPAN_TEST_VAR"])
del os.environ["TAIPAN_TEST_VAR"]
print(os.getenv("TAIPAN_TEST_VAR"), "TAIPAN_TEST_VAR" in os.environ)
try:
    os.environ["TAIPAN_NOPE"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(os.getpid()).__name__, os.getppid() > 0, type(os.getuid()).__name__, type(os.geteuid()).__name__,
      type(os.getgid()).__name__)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.cpu_count() >= 1)
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(sorted(x for x in posix._have_functions if x in ("HAVE_FSTATAT", "HAVE_FCHDIR")))
print(os.stat in os.supports_dir_fd, os.stat in os.supports_follow_symlinks)
r, w = 0, 0
try:
    os.get_terminal_size(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
print(os.device_encoding(os.open("/dev/null", os.O_RDONLY)))
print(os.fsencode("caf\xe9"), os.fsdecode(b"caf\xc3\xa9"), os.fsdecode(b"\xff"))
