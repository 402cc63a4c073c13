#!/usr/bin/env python3.11
"""Taipan's test runner (what `make test` runs). Suites, in order:

  unit    tests/unit/*.c: each is compiled and linked with every object of the
          build but main.o; its main() returns nonzero on failure.
  syntax  tests/syntax/NAME.py: `taipan NAME.py` must exit 1 and print on
          stderr exactly NAME.exp, what `python3.11 NAME.py` prints, with the
          folder's absolute path written as <DIR> on both sides.
  ast     tests/ast/NAME.py: `taipan --dump-ast NAME.py` must print exactly
          NAME.exp, what `python3.11 -m ast -a NAME.py` prints (compared
          live when there is no NAME.exp).
  lang    tests/lang/NAME.py: `taipan NAME.py` must print what
          `python3.11 NAME.py` prints, as recorded in NAME.exp: stdout, then
          stderr after a "--- stderr ---" line, then "--- exit N ---" for a
          nonzero status (absolute paths of the folder written as <DIR>).
          Helper modules the imp_* tests import live in tests/lang/imp_pkgs/.
  cache   tests/cache/run_cache_tests.py: the bytecode cache (__pycache__),
          with modules copied to temporary folders.
  cli     tests/cli/run_cli_tests.py: the command line (-c, -m, stdin,
          options, environment, exit codes) against python3.11's.
  repl    tests/repl/run_repl_tests.py: the interactive prompt, driven
          through a pseudo-terminal (prompts, continuation lines, tracebacks,
          Ctrl-C, history, Tab completion, exit statuses).
  corpus  tools/corpus_check.py over CPython's Lib and test suite; each file
          counts as one test.
  cpython tests/cpython/run_cpython_tests.py: CPython's own test modules
          (modules.txt) under Taipan; a module passes when it runs to the
          end and its failing tests are all in known_failures.txt.

`--expected` regenerates the .exp files from python3.11 instead (what `make
expected` runs). The last line printed is `N passed, N failed`; the exit
status is 1 when anything failed.

Options: --build DIR (binary DIR/taipan, objects DIR/obj; default build),
--only SUITE[,SUITE], -j N, --cc, --cflags, --corpus-sample N, --show N,
and names (substrings) to run only the matching tests of the small suites.
"""
import argparse
import concurrent.futures
import difflib
import glob
import os
import re
import shlex
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
SUITES = ["unit", "syntax", "ast", "lang", "cache", "cli", "repl", "corpus", "cpython"]
ORACLE = "python3.11"
DIR_TOKEN = "<DIR>"
TIMEOUT = 60
# ASan builds: locals must stay on the C stack for the conservative scan;
# the GC heap is mmap'd, so LeakSanitizer would report what it holds;
# a huge request must be a MemoryError, not an ASan abort.
os.environ.setdefault("ASAN_OPTIONS", "detect_stack_use_after_return=0:detect_leaks=0:allocator_may_return_null=1")
# Tests that import modules (and python3.11 making their .exp) must not
# write __pycache__ into the source tree; the cache suite removes this
# for the runs that test the cache.
os.environ["PYTHONDONTWRITEBYTECODE"] = "1"


def small_diff(want, got, cap=30):
    a = want.decode("utf-8", "replace").splitlines()
    b = got.decode("utf-8", "replace").splitlines()
    lines = list(difflib.unified_diff(a, b, "expected", "taipan", n=2, lineterm=""))
    if len(lines) > cap:
        lines = lines[:cap] + ["... (diff cut)"]
    return "\n".join("    " + l for l in lines)


def run(cmd, **kw):
    try:
        return subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, **kw)
    except subprocess.TimeoutExpired:
        return None


def normalise(stderr, folder):
    return stderr.replace(folder.encode() + b"/", DIR_TOKEN.encode() + b"/")


def selected(paths, names):
    if not names:
        return paths
    return [p for p in paths if any(n in os.path.basename(p) for n in names)]


# --- the suites: each yields (name, ok, detail) ---

def unit_test(src, args):
    name = os.path.splitext(os.path.basename(src))[0]
    objdir = os.path.join(args.build, "obj")
    objs = sorted(o for o in glob.glob(os.path.join(objdir, "**", "*.o"), recursive=True)
                  if os.path.relpath(o, objdir) != "main.o")
    exe = os.path.join(args.build, "unit", name)
    os.makedirs(os.path.dirname(exe), exist_ok=True)
    cmd = (shlex.split(args.cc) + shlex.split(args.cflags)
           + ["-I" + os.path.join(ROOT, "src"), "-o", exe, src] + objs + ["-lgmp", "-lm", "-lreadline", "-lz"])
    p = run(cmd)
    if p is None or p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace") if p else "compiler timed out"
        return "unit/" + name, False, "does not compile:\n" + err[-2000:]
    p = run([exe], cwd=ROOT)
    if p is None:
        return "unit/" + name, False, "timed out"
    if p.returncode != 0:
        out = (p.stdout + p.stderr).decode("utf-8", "replace")
        return "unit/" + name, False, "exit %d:\n%s" % (p.returncode, out[-2000:])
    return "unit/" + name, True, ""


def syntax_test(src, args):
    name = "syntax/" + os.path.basename(src)
    folder = os.path.dirname(src)
    exp = src[:-3] + ".exp"
    if not os.path.exists(exp):
        return name, False, "no %s (make expected)" % os.path.basename(exp)
    with open(exp, "rb") as f:
        want = f.read()
    p = run([args.taipan, src], cwd=folder)
    if p is None:
        return name, False, "timed out"
    got = normalise(p.stderr, folder)
    if p.returncode == 1 and got == want:
        return name, True, ""
    detail = "exit %d (want 1)" % p.returncode if p.returncode != 1 else "stderr differs"
    if got != want:
        detail += "\n" + small_diff(want, got)
    return name, False, detail


def ast_test(src, args):
    name = "ast/" + os.path.basename(src)
    exp = src[:-3] + ".exp"
    if os.path.exists(exp):
        with open(exp, "rb") as f:
            want = f.read()
    else:
        p = run([ORACLE, "-m", "ast", "-a", src])
        if p is None or p.returncode != 0:
            return name, False, "python3.11 -m ast -a fails on it"
        want = p.stdout
    p = run([args.taipan, "--dump-ast", src])
    if p is None:
        return name, False, "timed out"
    if p.returncode == 0 and p.stdout == want:
        return name, True, ""
    detail = "exit %d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace").strip()[-500:])
    if p.returncode == 0:
        detail = "dump differs\n" + small_diff(want, p.stdout)
    return name, False, detail


def lang_output(cmd, folder):
    """What a lang test compares: stdout, stderr and the exit status."""
    try:
        p = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT, cwd=folder,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return None
    out = normalise(p.stdout, folder)
    err = normalise(p.stderr, folder)
    if err:
        out += b"--- stderr ---\n" + err
    if p.returncode != 0:
        out += b"--- exit %d ---\n" % p.returncode
    return out


def lang_test(src, args):
    name = "lang/" + os.path.basename(src)
    folder = os.path.dirname(src)
    exp = src[:-3] + ".exp"
    if not os.path.exists(exp):
        return name, False, "no %s (make expected)" % os.path.basename(exp)
    with open(exp, "rb") as f:
        want = f.read()
    got = lang_output([args.taipan, src], folder)
    if got is None:
        return name, False, "timed out"
    if got == want:
        return name, True, ""
    return name, False, "output differs\n" + small_diff(want, got)


def run_pool(fn, paths, args):
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as ex:
        yield from ex.map(lambda p: fn(p, args), paths)


def run_script_suite(name, args):
    """Runs tests/NAME/run_NAME_tests.py, a suite that drives the taipan
    binary itself; returns (passed, failed) from its summary line."""
    script = "run_%s_tests.py" % name
    cmd = [sys.executable, os.path.join(TESTS, name, script), "--taipan", args.taipan]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    sys.stdout.write(p.stdout)
    m = re.search(name + r": (\d+) passed, (\d+) failed", p.stdout)
    if not m:
        print("FAIL %s: %s gave no summary (exit %d)" % (name, script, p.returncode))
        return 0, 1
    return int(m.group(1)), int(m.group(2))


def run_cache(args):
    """The bytecode cache's tests."""
    return run_script_suite("cache", args)


def run_cli(args):
    """The command line's tests."""
    return run_script_suite("cli", args)


def run_repl(args):
    """The interactive prompt's tests."""
    return run_script_suite("repl", args)


def run_cpython(args):
    """CPython's own test modules, against the list of known failures."""
    return run_script_suite("cpython", args)


def run_corpus(args):
    """Runs the corpus check; returns (passed, failed)."""
    cmd = [sys.executable, os.path.join(ROOT, "tools", "corpus_check.py"),
           "--taipan", args.taipan, "-j", str(args.jobs), "-q", "--show", str(args.show)]
    if args.corpus_sample:
        cmd += ["--sample", str(args.corpus_sample)]
    p = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    sys.stdout.write(p.stdout)
    m = re.search(r"corpus: (\d+) identical, (\d+) rejected-same-line, (\d+) failed", p.stdout)
    if not m:
        print("FAIL corpus: corpus_check.py gave no summary (exit %d)" % p.returncode)
        return 0, 1
    return int(m.group(1)) + int(m.group(2)), int(m.group(3))


# --- make expected ---

def regenerate(names):
    changed = 0
    for src in selected(sorted(glob.glob(os.path.join(TESTS, "ast", "*.py"))), names):
        p = subprocess.run([ORACLE, "-m", "ast", "-a", src], capture_output=True)
        if p.returncode != 0:
            print("ERROR %s: python3.11 rejects it:\n%s" % (src, p.stderr.decode()[-500:]))
            continue
        changed += write_if_changed(src[:-3] + ".exp", p.stdout)
    for src in selected(sorted(glob.glob(os.path.join(TESTS, "syntax", "*.py"))), names):
        folder = os.path.dirname(src)
        p = subprocess.run([ORACLE, src], capture_output=True, cwd=folder, stdin=subprocess.DEVNULL)
        if p.returncode != 1:
            print("ERROR %s: python3.11 exits %d, not 1 (not a syntax error?)" % (src, p.returncode))
            continue
        changed += write_if_changed(src[:-3] + ".exp", normalise(p.stderr, folder))
    for src in selected(sorted(glob.glob(os.path.join(TESTS, "lang", "*.py"))), names):
        out = lang_output([ORACLE, src], os.path.dirname(src))
        if out is None:
            print("ERROR %s: python3.11 timed out" % src)
            continue
        changed += write_if_changed(src[:-3] + ".exp", out)
    print("%d .exp files written" % changed)
    return 0


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return 0
    except OSError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    print("wrote " + os.path.relpath(path, ROOT))
    return 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("names", nargs="*", help="run only tests whose file name contains one of these")
    ap.add_argument("--build", default=os.path.join(ROOT, "build"))
    ap.add_argument("--only", help="comma-separated suites: " + ",".join(SUITES))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--cc", default="cc")
    ap.add_argument("--cflags", default="-std=gnu11 -O2 -g")
    ap.add_argument("--corpus-sample", type=int, help="check only a fixed sample of the corpus")
    ap.add_argument("--show", type=int, default=10, help="corpus diffs to print")
    ap.add_argument("--expected", action="store_true", help="regenerate .exp files from python3.11")
    args = ap.parse_args()

    if args.expected:
        return regenerate(args.names)

    args.build = os.path.abspath(args.build)
    args.taipan = os.path.join(args.build, "taipan")
    suites = args.only.split(",") if args.only else SUITES
    if args.names and not args.only:
        suites = ["unit", "syntax", "ast", "lang"]
    for s in suites:
        if s not in SUITES:
            ap.error("no suite %r" % s)
    if not os.access(args.taipan, os.X_OK):
        print("run_tests: no binary %s (run make first)" % args.taipan)
        print("0 passed, 1 failed")
        return 1

    passed = failed = 0
    for suite in suites:
        if suite in ("corpus", "cache", "cli", "repl", "cpython"):
            p, f = {"corpus": run_corpus, "cache": run_cache, "cli": run_cli, "repl": run_repl,
                    "cpython": run_cpython}[suite](args)
            passed += p
            failed += f
            continue
        fn, pattern = {"unit": (unit_test, "*.c"), "syntax": (syntax_test, "*.py"),
                       "ast": (ast_test, "*.py"), "lang": (lang_test, "*.py")}[suite]
        paths = selected(sorted(glob.glob(os.path.join(TESTS, suite, pattern))), args.names)
        sp = sf = 0
        for name, ok, detail in run_pool(fn, paths, args):
            if ok:
                sp += 1
            else:
                sf += 1
                print("FAIL %s: %s" % (name, detail), flush=True)
        print("%s: %d passed, %d failed" % (suite, sp, sf), flush=True)
        passed += sp
        failed += sf
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
