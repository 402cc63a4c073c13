#!/usr/bin/env python3.11
"""Parse speed: Taipan's front end against CPython 3.11's, on the same files.

Both sides read and parse every file of the corpus (the .py files under
/usr/lib/python3.11, as tools/corpus_check.py finds them) in one process:
    taipan --parse-only F1 F2 ...
    python3.11 -c 'import ast; for each F: ast.parse(bytes, F, type_comments=True)'
The figures are the whole process's wall-clock and CPU (user + system) time,
start-up included, each the best of --repeat runs; the verdict compares CPU
time, which other work on the machine disturbs less. The requirement is that Taipan is at least as fast; the exit
status is 1 when it is not. Timings are never part of `make test`: this is
`make bench-parse`, and docs/performance.md records the figures.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus_check import ROOT, find_corpus  # noqa: E402

CPYTHON_PARSE = r"""
import ast, sys, warnings
warnings.simplefilter("ignore")
n = 0
for path in open(sys.argv[1]).read().split("\n"):
    if not path:
        continue
    with open(path, "rb") as f:
        src = f.read()
    try:
        ast.parse(src, path, type_comments=True)
    except (SyntaxError, ValueError):
        pass
    n += 1
"""


def best_time(cmd, repeat):
    """(wall, cpu) seconds, each the best of repeat runs; cpu is the child's
    user + system time, which a busy machine disturbs less than wall time."""
    best_wall = best_cpu = None
    for _ in range(repeat):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        best_wall = wall if best_wall is None else min(best_wall, wall)
        best_cpu = cpu if best_cpu is None else min(best_cpu, cpu)
    return best_wall, best_cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--taipan", default=os.path.join(ROOT, "build", "taipan"))
    ap.add_argument("--python", default="python3.11")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--lib-only", action="store_true", help="leave out Lib/test")
    args = ap.parse_args()

    files = find_corpus()
    if args.lib_only:
        files = [f for f in files if "/test/" not in f and "/tests/" not in f]
    size = sum(os.path.getsize(f) for f in files)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
        lst.write("\n".join(files) + "\n")
    try:
        # Warm the page cache first so neither side pays for the disk.
        subprocess.run([args.taipan, "--parse-only"] + files,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        t_taipan = best_time([args.taipan, "--parse-only"] + files, args.repeat)
        t_cpython = best_time([args.python, "-c", CPYTHON_PARSE, lst.name], args.repeat)
    finally:
        os.unlink(lst.name)
    ver = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                         capture_output=True, text=True).stdout.strip()
    mb = size / 1e6
    print("%d files, %.1f MB, best of %d" % (len(files), mb, args.repeat))
    print("%-26s %8s %8s %10s" % ("", "wall", "cpu", "cpu MB/s"))
    print("%-26s %7.2fs %7.2fs %10.1f" % ("taipan --parse-only", t_taipan[0], t_taipan[1],
                                          mb / t_taipan[1]))
    print("%-26s %7.2fs %7.2fs %10.1f" % ("python %s ast.parse" % ver, t_cpython[0],
                                          t_cpython[1], mb / t_cpython[1]))
    ratio = t_cpython[1] / t_taipan[1]
    print("taipan is %.2fx %s (CPU time)" % (ratio if ratio >= 1 else 1 / ratio,
                                  "faster" if ratio >= 1 else "SLOWER"))
    return 0 if ratio >= 1 else 1


if __name__ == "__main__":
    sys.exit(main())
