#!/usr/bin/env python3.11
"""The bytecode cache's tests (run_tests.py's `cache` suite).

Each test copies small modules into a fresh temporary folder and runs
`taipan main.py` there with PYTHONDONTWRITEBYTECODE, PYTHONPYCACHEPREFIX
and PYTHONVERBOSE removed from the environment, so the import system
writes and reads __pycache__/NAME.taipan-311.pyc as it would for a user.
main.py prints sys._compile_count() (Taipan only: how many modules the
import system compiled from source), which proves that a valid cache
means no compilation. Checked: the first run writes the caches and the
second compiles nothing; an edited source (mtime or size) is recompiled;
truncated, corrupt, foreign (CPython's own) and other-magic caches are
ignored and rewritten; a folder where no cache can be written works
silently; several processes importing the same new module at once all
succeed; a lone m.pyc imports; PYTHONPYCACHEPREFIX and
PYTHONDONTWRITEBYTECODE and sys.dont_write_bytecode are honoured; a
folder copied with its caches runs from them with the new paths;
`taipan -m py_compile` and `taipan -m compileall` (CPython's modules,
through Taipan's importlib wrapper) write caches the import system
loads, timestamp- or hash-based.

Usage: run_cache_tests.py --taipan BUILD/taipan [names...]
The last line is `cache: N passed, N failed`.
"""
import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

TAG = "taipan-311"
TIMEOUT = 60

MAIN = """\
import sys
import m
import pkg.sub
print(m.greet(), pkg.sub.VALUE, pkg.NAME)
print("compiled", sys._compile_count())
"""
M = """\
def greet():
    return "hello from m"


def fail():
    raise ValueError("raised in m")
"""
PKG_INIT = "NAME = 'pkg'\n"
PKG_SUB = "VALUE = 41 + 1\n"
EXPECTED = "hello from m 42 pkg\n"


def taipan_env(**extra):
    env = dict(os.environ)
    for k in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONVERBOSE"):
        env.pop(k, None)
    env.update(extra)
    return env


class Case:
    """One scratch folder with main.py, m.py and pkg/."""

    def __init__(self, taipan, root):
        self.taipan = taipan
        self.dir = root
        self.write("main.py", MAIN)
        self.write("m.py", M)
        self.write("pkg/__init__.py", PKG_INIT)
        self.write("pkg/sub.py", PKG_SUB)

    def path(self, rel):
        return os.path.join(self.dir, rel)

    def write(self, rel, text):
        p = self.path(rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(text)

    def pyc(self, rel_source):
        d, name = os.path.split(rel_source)
        return self.path(os.path.join(d, "__pycache__", name[:-3] + "." + TAG + ".pyc"))

    def run_args(self, args):
        p = subprocess.run([self.taipan] + args, cwd=self.dir, capture_output=True, timeout=TIMEOUT,
                           env=taipan_env(), stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def run(self, script="main.py", env=None, cwd=None):
        # -S: no site, so the compile count is this folder's modules only,
        # whether or not the stdlib's own caches exist yet
        p = subprocess.run([self.taipan, "-S", script], cwd=cwd or self.dir, capture_output=True,
                           timeout=TIMEOUT, env=env or taipan_env(), stdin=subprocess.DEVNULL)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


class Failure(Exception):
    pass


def check(cond, what):
    if not cond:
        raise Failure(what)


def run_ok(case, compiled, **kw):
    """Runs main.py; checks its output and how many modules it compiled."""
    code, out, err = case.run(**kw)
    want = EXPECTED + "compiled %d\n" % compiled
    check(code == 0 and out == want and err == "",
          "exit %d, stdout %r (want %r), stderr %r" % (code, out, want, err[-800:]))


def bump_mtime(path, seconds):
    st = os.stat(path)
    os.utime(path, (st.st_atime, st.st_mtime + seconds))


# --- the tests ---

def test_first_run_writes_caches(case):
    run_ok(case, 3)
    for src in ("m.py", "pkg/__init__.py", "pkg/sub.py"):
        check(os.path.isfile(case.pyc(src)), "no cache for " + src)
    check(not os.path.exists(case.pyc("main.py")), "the main script was cached")
    leftovers = [f for f in os.listdir(case.path("__pycache__")) if not f.endswith(".pyc")]
    check(not leftovers, "temporary files left: %r" % leftovers)


def test_second_run_compiles_nothing(case):
    run_ok(case, 3)
    run_ok(case, 0)
    run_ok(case, 0)


def test_edited_source_mtime(case):
    run_ok(case, 3)
    case.write("m.py", M.replace("hello from m", "HELLO FROM M"))   # same size
    bump_mtime(case.path("m.py"), 5)
    code, out, err = case.run()
    check(code == 0 and out.startswith("HELLO FROM M") and "compiled 1\n" in out, "got %r %r" % (out, err))
    code, out, err = case.run()
    check("compiled 0\n" in out and out.startswith("HELLO FROM M"), "not re-cached: %r" % out)


def test_edited_source_size(case):
    run_ok(case, 3)
    old = os.stat(case.path("pkg/sub.py"))
    case.write("pkg/sub.py", PKG_SUB.replace("41 + 1", "41 + 10"))   # one byte longer
    os.utime(case.path("pkg/sub.py"), ns=(old.st_atime_ns, old.st_mtime_ns))   # same mtime
    code, out, err = case.run()
    check(code == 0 and "hello from m 51 pkg" in out and "compiled 1\n" in out, "got %r %r" % (out, err))


def damage_and_recover(case, damage):
    run_ok(case, 3)
    pyc = case.pyc("m.py")
    with open(pyc, "rb") as f:
        data = f.read()
    damage(pyc, data)
    run_ok(case, 1)
    run_ok(case, 0)   # rewritten, valid again
    check(os.path.getsize(pyc) > 16, "cache not rewritten")


def test_truncated_cache(case):
    def damage(pyc, data):
        with open(pyc, "wb") as f:
            f.write(data[:10])
    damage_and_recover(case, damage)


def test_truncated_after_header(case):
    def damage(pyc, data):
        with open(pyc, "wb") as f:
            f.write(data[:len(data) // 2])
    damage_and_recover(case, damage)


def test_corrupt_cache(case):
    def damage(pyc, data):
        mid = len(data) // 2
        with open(pyc, "wb") as f:
            f.write(data[:mid] + bytes(b ^ 0x5A for b in data[mid:mid + 8]) + data[mid + 8:])
    damage_and_recover(case, damage)


def test_empty_cache_file(case):
    def damage(pyc, data):
        open(pyc, "wb").close()
    damage_and_recover(case, damage)


def test_other_magic(case):
    def damage(pyc, data):
        with open(pyc, "wb") as f:
            f.write(bytes([data[0] ^ 1]) + data[1:])
    damage_and_recover(case, damage)


def test_cpython_pyc(case):
    """CPython's own pyc for the same source, under Taipan's cache name."""
    def damage(pyc, data):
        p = subprocess.run(["python3.11", "-c",
                            "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
                            case.path("m.py"), pyc], capture_output=True)
        check(p.returncode == 0, "python3.11 py_compile failed: %r" % p.stderr)
    damage_and_recover(case, damage)


def test_cache_is_a_folder(case):
    run_ok(case, 3)
    os.remove(case.pyc("m.py"))
    os.makedirs(case.pyc("m.py"))
    run_ok(case, 1)
    run_ok(case, 1)   # still cannot write it, still silent


def test_unwritable_folder(case):
    """No cache can be written: runs from memory, silently. (As root,
    permissions do not stop writes, so __pycache__ is made a file.)"""
    if os.geteuid() == 0:
        with open(case.path("__pycache__"), "w") as f:
            f.write("not a folder")
        with open(case.path("pkg/__pycache__"), "w") as f:
            f.write("not a folder")
    else:
        for d in (case.dir, case.path("pkg")):
            os.chmod(d, stat.S_IRUSR | stat.S_IXUSR)
    try:
        run_ok(case, 3)
        run_ok(case, 3)
    finally:
        for d in (case.dir, case.path("pkg")):
            os.chmod(d, stat.S_IRWXU)
    check(os.path.isfile(case.path("__pycache__")) or not os.path.exists(case.path("__pycache__")),
          "a cache folder appeared")


def test_concurrent_first_import(case):
    """Several processes import the same new (large) module at once."""
    body = "".join("def f%d(x):\n    return x + %d\n\n" % (i, i) for i in range(1500))
    case.write("big.py", body + "TOTAL = f0(1) + f1(1) + f2(1)\n")
    case.write("race.py", "import big\nprint(big.TOTAL, big.f1499(1))\n")
    procs = [subprocess.Popen([case.taipan, "race.py"], cwd=case.dir, env=taipan_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
             for _ in range(4)]
    results = [p.communicate(timeout=TIMEOUT) + (p.returncode,) for p in procs]
    for out, err, rc in results:
        check(rc == 0 and out == b"6 1500\n" and err == b"", "a racer failed: %r %r %d" % (out, err, rc))
    leftovers = [f for f in os.listdir(case.path("__pycache__")) if not f.endswith(".pyc")]
    check(not leftovers, "temporary files left: %r" % leftovers)
    case.write("count.py", "import sys, big\nprint(sys._compile_count())\n")
    code, out, err = case.run("count.py")
    check(out == "0\n", "the raced cache is not valid: %r %r" % (out, err))


def test_lone_pyc(case):
    run_ok(case, 3)
    lone = case.path("lone")
    os.makedirs(lone)
    shutil.copy(case.pyc("m.py"), os.path.join(lone, "m.pyc"))
    with open(os.path.join(lone, "main.py"), "w") as f:
        f.write("import sys, m\nprint(m.greet(), m.__file__.endswith('/lone/m.pyc'), "
                "type(m.__loader__).__name__, m.__cached__ == m.__file__, sys._compile_count())\n")
    code, out, err = case.run(cwd=lone)
    check(code == 0 and out == "hello from m True SourcelessFileLoader True 0\n" and err == "",
          "got %d %r %r" % (code, out, err))
    check(not os.path.exists(os.path.join(lone, "__pycache__")), "a lone pyc was re-cached")


def test_lone_bad_pyc(case):
    with open(case.path("bad.pyc"), "wb") as f:
        f.write(b"garbage that is not a pyc at all")
    case.write("usebad.py", "try:\n    import bad\nexcept ImportError as e:\n"
                            "    print(type(e).__name__, e.name)\n")
    code, out, err = case.run("usebad.py")
    check(code == 0 and out == "ImportError bad\n", "got %d %r %r" % (code, out, err))


def test_pycache_prefix(case):
    prefix = case.path("prefix")
    env = taipan_env(PYTHONPYCACHEPREFIX=prefix)
    case.write("show.py", "import sys, m\nprint(sys.pycache_prefix, m.__cached__)\n")
    run_ok(case, 3, env=env)
    check(not os.path.exists(case.path("__pycache__")), "__pycache__ written despite the prefix")
    want = prefix + os.path.realpath(case.dir) + "/m." + TAG + ".pyc"
    check(os.path.isfile(want), "no cache at %s" % want)
    run_ok(case, 0, env=env)
    code, out, err = case.run("show.py", env=env)
    check(out == "%s %s\n" % (prefix, want), "got %r, want prefix and %s" % (out, want))


def test_dont_write_bytecode_env(case):
    env = taipan_env(PYTHONDONTWRITEBYTECODE="1")
    run_ok(case, 3, env=env)
    check(not os.path.exists(case.path("__pycache__")), "cache written under PYTHONDONTWRITEBYTECODE")
    run_ok(case, 3)              # writes now
    run_ok(case, 0, env=env)     # and -B still reads them


def test_dont_write_bytecode_attr(case):
    case.write("nowrite.py", "import sys\nsys.dont_write_bytecode = True\nimport m\nprint(sys._compile_count())\n")
    code, out, err = case.run("nowrite.py")
    check(code == 0 and out == "1\n", "got %r %r" % (out, err))
    check(not os.path.exists(case.path("__pycache__")), "cache written with sys.dont_write_bytecode")


def test_verbose(case):
    env = taipan_env(PYTHONVERBOSE="1")
    code, out, err = case.run(env=env)
    pyc = case.pyc("m.py")
    check("# code object from %s\n" % case.path("m.py") in err and "# created '%s'\n" % pyc in err,
          "first run's -v lines missing: %r" % err[-1500:])
    code, out, err = case.run(env=env)
    check("# %s matches %s\n" % (pyc, case.path("m.py")) in err and "# code object from '%s'\n" % pyc in err,
          "second run's -v lines missing: %r" % err[-1500:])


def test_copied_folder(case):
    """A folder copied with its caches (mtimes kept) runs from them, and
    its code reports the new paths."""
    run_ok(case, 3)
    copy = case.path("copy")
    shutil.copytree(case.dir, copy, ignore=shutil.ignore_patterns("copy"))
    with open(os.path.join(copy, "tb.py"), "w") as f:
        f.write("import sys, m\nprint(sys._compile_count(), m.fail.__code__.co_filename == m.__file__)\n"
                "m.fail()\n")
    code, out, err = case.run("tb.py", cwd=copy)
    check(out == "0 True\n", "got %r %r" % (out, err))
    check('File "%s/m.py", line 6, in fail' % copy in err, "traceback names the old path: %r" % err)


def test_syntax_error_not_cached(case):
    case.write("broken.py", "def f(:\n")
    case.write("usebroken.py", "try:\n    import broken\nexcept SyntaxError as e:\n    print(e.msg)\n")
    code, out, err = case.run("usebroken.py")
    check(code == 0 and out == "invalid syntax\n", "got %r %r" % (out, err))
    check(not os.path.exists(case.pyc("broken.py")), "a cache for a file that does not compile")


def test_py_compile(case):
    code, out, err = case.run_args(["-m", "py_compile", "m.py", "pkg/sub.py"])
    check(code == 0 and out == "" and err == "", "py_compile: exit %d %r %r" % (code, out, err[-800:]))
    check(os.path.isfile(case.pyc("m.py")) and os.path.isfile(case.pyc("pkg/sub.py")), "py_compile wrote no cache")
    run_ok(case, 1)   # only pkg/__init__.py is left to compile


def test_compileall(case):
    code, out, err = case.run_args(["-m", "compileall", "-q", "."])
    check(code == 0 and err == "", "compileall: exit %d %r %r" % (code, out, err[-800:]))
    check(all(os.path.isfile(case.pyc(s)) for s in ("m.py", "pkg/__init__.py", "pkg/sub.py")),
          "compileall missed a module")
    run_ok(case, 0)
    # a second run finds them up to date and rewrites nothing
    before = os.stat(case.pyc("m.py")).st_mtime_ns
    code, out, err = case.run_args(["-m", "compileall", "-q", "."])
    check(code == 0 and os.stat(case.pyc("m.py")).st_mtime_ns == before, "compileall rewrote a fresh cache")


def test_compileall_hash_based(case):
    code, out, err = case.run_args(["-m", "compileall", "-q", "--invalidation-mode", "checked-hash", "."])
    check(code == 0 and err == "", "compileall: exit %d %r %r" % (code, out, err[-800:]))
    with open(case.pyc("m.py"), "rb") as f:
        check(f.read(8)[4] == 3, "not a checked hash-based cache")
    run_ok(case, 0)
    case.write("m.py", M.replace("hello from m", "hello from M"))   # same size, new hash
    code, out, err = case.run()
    check(out.startswith("hello from M") and "compiled 1" in out, "stale hash-based cache used: %r" % out)


TESTS = [(name[5:], fn) for name, fn in sorted(globals().items()) if name.startswith("test_")]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--taipan", required=True)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    passed = failed = 0
    for name, fn in TESTS:
        if args.names and not any(n in name for n in args.names):
            continue
        root = tempfile.mkdtemp(prefix="taipan-cache-")
        try:
            fn(Case(taipan, root))
            passed += 1
        except (Failure, subprocess.TimeoutExpired, OSError) as e:
            failed += 1
            print("FAIL cache/%s: %s" % (name, e), flush=True)
        finally:
            for d, _, _ in os.walk(root):
                os.chmod(d, stat.S_IRWXU)
            shutil.rmtree(root, ignore_errors=True)
    print("cache: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
