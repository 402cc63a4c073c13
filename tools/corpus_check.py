#!/usr/bin/env python3.11
"""The corpus check: Taipan's parser against CPython 3.11's, file by file.

For every .py file under /usr/lib/python3.11 (CPython's Lib, and its test
suite from Debian's libpython3.11-testsuite), `taipan --dump-ast F` must print
byte for byte what `python3.11 -m ast -a F` prints. A file CPython rejects
must be rejected by Taipan too (exit status 1, a SyntaxError on stderr) on
the same line.

CPython's side runs in-process, in the worker processes, as `-m ast -a` does:
    ast.dump(ast.parse(bytes, F, type_comments=True),
             include_attributes=True, indent=3) + "\\n"
(`--verify-oracle` checks that against a real `python3.11 -m ast -a F`).
Taipan runs as a subprocess. CPython's answers are cached by file size, mtime
and Python version in build/corpus-cache.json (a hash of the dump, or the
error line), so a rerun costs only Taipan's time; the full dump is recomputed
only to show a diff.

Usage:
    tools/corpus_check.py                    # the whole corpus
    tools/corpus_check.py --sample 200       # a fixed, deterministic sample
    tools/corpus_check.py a.py b.py          # just these files
    tools/corpus_check.py --list files.txt   # paths, one a line
Options: --taipan PATH (default build/taipan), --limit N, --show N (diffs
printed, default 10), -j N workers (default 2), -q (only failures and the
summary), --no-cache, --timeout S, --verify-oracle.

The last line is the summary:
    corpus: I identical, R rejected-same-line, F failed, of T files
and the exit status is 1 when F > 0.
"""
import argparse
import ast
import difflib
import hashlib
import json
import multiprocessing
import os
import random
import re
import subprocess
import sys
import time
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS_DIRS = ["/usr/lib/python3.11"]
CACHE_FILE = os.path.join(ROOT, "build", "corpus-cache.json")
FILE_LINE = re.compile(rb'^\s*File "[^"\n]*", line (\d+)', re.M)

# Set in each worker by init_worker.
_taipan = None
_timeout = None


def find_corpus():
    files = []
    for top in CORPUS_DIRS:
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            dirnames[:] = [d for d in dirnames if d != "__pycache__"]
            for name in sorted(filenames):
                if name.endswith(".py"):
                    files.append(os.path.join(dirpath, name))
    return files


def cpython_dump(path, src):
    """CPython's answer for one file: ("ok", dump_bytes) or
    ("error", lineno_or_None, "SyntaxError: msg") or ("skip", why)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(src, path, type_comments=True)
        except SyntaxError as e:   # IndentationError and TabError too
            return ("error", e.lineno, "%s: %s" % (type(e).__name__, e.msg))
        except (ValueError, MemoryError, RecursionError) as e:
            return ("error", None, "%s: %s" % (type(e).__name__, e))
    try:
        text = ast.dump(tree, include_attributes=True, indent=3) + "\n"
    except RecursionError:
        return ("skip", "CPython's ast.dump hits RecursionError")
    # print() writes UTF-8 here (UTF-8 locale or C-locale coercion). repr()
    # escapes lone surrogates, so strict encoding cannot fail.
    return ("ok", text.encode("utf-8", "surrogateescape"))


def digest(b):
    return hashlib.sha256(b).hexdigest()


def cpython_summary(path, src):
    """What the cache keeps: the dump's hash, not the dump."""
    r = cpython_dump(path, src)
    if r[0] == "ok":
        return ["ok", digest(r[1])]
    return list(r)


def init_worker(taipan, timeout):
    global _taipan, _timeout
    _taipan, _timeout = taipan, timeout
    sys.setrecursionlimit(20000)


def run_taipan(path):
    try:
        p = subprocess.run([_taipan, "--dump-ast", path], capture_output=True,
                           timeout=_timeout)
    except subprocess.TimeoutExpired:
        return None, b"", b"timed out after %gs" % _timeout
    return p.returncode, p.stdout, p.stderr


def taipan_error_line(stderr):
    """The line number of the last `  File "...", line N` on stderr."""
    found = FILE_LINE.findall(stderr)
    return int(found[-1]) if found else None


def small_diff(expected, got, cap):
    a = expected.decode("utf-8", "replace").splitlines()
    b = got.decode("utf-8", "replace").splitlines()
    out = []
    for line in difflib.unified_diff(a, b, "python3.11 -m ast -a", "taipan --dump-ast",
                                     n=2, lineterm=""):
        out.append(line if len(line) <= 200 else line[:200] + "...")
        if len(out) >= cap:
            out.append("... (diff cut)")
            break
    return "\n".join(out)


def check_one(job):
    """Returns (path, verdict, detail, cpython_summary_or_None). verdict is
    "identical", "rejected-same-line", "skip" or "FAIL"."""
    path, cached, want_diff = job
    try:
        with open(path, "rb") as f:
            src = f.read()
    except OSError as e:
        return path, "skip", "unreadable: %s" % e, None
    fresh = None
    if cached is None:
        full = cpython_dump(path, src)
        cached = ["ok", digest(full[1])] if full[0] == "ok" else list(full)
        fresh = cached
    else:
        full = None
    if cached[0] == "skip":
        return path, "skip", cached[1], fresh
    rc, out, err = run_taipan(path)
    errtail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
    errtail = "\n".join("    " + l for l in errtail)
    if rc is None:
        return path, "FAIL", "taipan timed out", fresh
    if rc < 0:
        return path, "FAIL", "taipan died with signal %d\n%s" % (-rc, errtail), fresh
    if cached[0] == "ok":
        if rc == 0 and digest(out) == cached[1]:
            return path, "identical", "", fresh
        if rc != 0:
            return path, "FAIL", "CPython accepts it; taipan exit %d:\n%s" % (rc, errtail), fresh
        detail = "dump differs"
        if want_diff:
            if full is None:
                full = cpython_dump(path, src)
            detail += "\n" + small_diff(full[1], out, 40)
        return path, "FAIL", detail, fresh
    # CPython rejects it.
    _, line, msg = cached
    if rc == 0:
        return path, "FAIL", "CPython rejects it (line %s, %s); taipan accepts it" % (line, msg), fresh
    if rc != 1:
        return path, "FAIL", "taipan exit %d (want 1):\n%s" % (rc, errtail), fresh
    got = taipan_error_line(err)
    if not line or got == line:   # CPython gives no line (0/None) for some decoding errors
        return path, "rejected-same-line", "", fresh
    return path, "FAIL", "CPython rejects it on line %s (%s); taipan on line %s:\n%s" % (
        line, msg, got, errtail), fresh


def load_cache(use):
    if not use:
        return {}
    try:
        with open(CACHE_FILE) as f:
            data = json.load(f)
        if data.get("python") == sys.version:
            return data["files"]
    except (OSError, ValueError, KeyError):
        pass
    return {}


def save_cache(entries):
    os.makedirs(os.path.dirname(CACHE_FILE), exist_ok=True)
    tmp = CACHE_FILE + ".tmp%d" % os.getpid()
    with open(tmp, "w") as f:
        json.dump({"python": sys.version, "files": entries}, f)
    os.replace(tmp, CACHE_FILE)


def stamp(path):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return "%d:%d" % (st.st_size, st.st_mtime_ns)


def verify_oracle(files, show):
    """Checks that the in-process dump equals a real `python3.11 -m ast -a`."""
    bad = 0
    for path in files:
        p = subprocess.run(["python3.11", "-m", "ast", "-a", path], capture_output=True)
        with open(path, "rb") as f:
            r = cpython_dump(path, f.read())
        if r[0] == "ok":
            same = p.returncode == 0 and p.stdout == r[1]
        else:
            same = p.returncode != 0
        if not same:
            bad += 1
            if bad <= show:
                print("ORACLE MISMATCH %s" % path)
    print("oracle: %d of %d files differ from python3.11 -m ast -a" % (bad, len(files)))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="files to check (default: the corpus)")
    ap.add_argument("--taipan", default=os.path.join(ROOT, "build", "taipan"))
    ap.add_argument("--list", help="a file of paths, one a line")
    ap.add_argument("--limit", type=int, help="only the first N files")
    ap.add_argument("--sample", type=int, help="a fixed deterministic sample of N files")
    ap.add_argument("--show", type=int, default=10, help="diffs to print (default 10)")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-q", "--quiet", action="store_true")
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--no-cache", action="store_true")
    ap.add_argument("--verify-oracle", action="store_true")
    args = ap.parse_args()

    files = list(args.paths)
    if args.list:
        with open(args.list) as f:
            files += [l.strip() for l in f if l.strip() and not l.startswith("#")]
    if not files:
        files = find_corpus()
    if args.sample is not None and args.sample < len(files):
        files = sorted(random.Random(311).sample(files, args.sample))
    if args.limit is not None:
        files = files[:args.limit]

    if args.verify_oracle:
        return verify_oracle(files, args.show)

    if not os.access(args.taipan, os.X_OK):
        print("corpus_check: no taipan binary at %s (build it first)" % args.taipan)
        return 2
    taipan = os.path.abspath(args.taipan)

    cache = load_cache(not args.no_cache)
    stamps = {p: stamp(p) for p in files}
    jobs = []
    for p in files:
        c = cache.get(p)
        hit = c is not None and c[0] == stamps[p]
        jobs.append((p, c[1] if hit else None, args.show > 0))

    t0 = time.time()
    counts = {"identical": 0, "rejected-same-line": 0, "skip": 0, "FAIL": 0}
    failures = []
    shown = 0
    with multiprocessing.Pool(args.jobs, init_worker, (taipan, args.timeout)) as pool:
        for path, verdict, detail, fresh in pool.imap_unordered(check_one, jobs, chunksize=4):
            counts[verdict] += 1
            if fresh is not None and stamps[path] is not None:
                cache[path] = [stamps[path], fresh]
            if verdict == "FAIL":
                failures.append(path)
                if shown < args.show:
                    shown += 1
                    print("FAIL %s: %s" % (path, detail), flush=True)
            elif verdict == "skip" and not args.quiet:
                print("skip %s: %s" % (path, detail), flush=True)
    elapsed = time.time() - t0
    if not args.no_cache:
        save_cache(cache)
    # The failing paths, for a rerun of just those: --list FILE.
    fail_list = os.path.join(os.path.dirname(taipan), "corpus-failures.txt")
    try:
        with open(fail_list, "w") as f:
            f.writelines(p + "\n" for p in sorted(failures))
    except OSError:
        fail_list = None
    if len(failures) > shown:
        print("... and %d more failures (--show N to see more)" % (len(failures) - shown))
    if failures and fail_list:
        print("failing files listed in %s (rerun them: --list %s)" % (fail_list, fail_list))
    if not args.quiet:
        print("corpus: %.1fs with %d workers, taipan %s" % (elapsed, args.jobs, args.taipan))
    skipped = " (%d skipped)" % counts["skip"] if counts["skip"] else ""
    print("corpus: %d identical, %d rejected-same-line, %d failed, of %d files%s" % (
        counts["identical"], counts["rejected-same-line"], counts["FAIL"], len(files), skipped))
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
