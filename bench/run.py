#!/usr/bin/env python3
"""The benchmark runner behind `make bench`.

Every other `*.py` in this folder is a benchmark: a plain program that
prints a checksum. Each is run under Taipan and CPython (`python3`), and
PyPy (`pypy3`) when it is installed, several times, the implementations
taking turns in a rotating order so that a change in the machine's load
falls on all of them alike. CPython's output is the reference: a Taipan
run that prints something else is reported as a wrong output, one that
exits with an error as "fails: <the error>", and neither is timed or
counted in the geometric mean.

Times are medians of the runs. The ratio is CPython's time over Taipan's
(above 1: Taipan is faster). By default it compares CPU time (user +
system of the child process), which the rest of a shared machine disturbs
far less than wall-clock time; `--wall` compares wall time instead. Both
medians are printed.

    python3 bench/run.py [--taipan build/taipan] [--runs 3] [--wall] [NAME...]
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def benchmarks(names):
    found = sorted(f[:-3] for f in os.listdir(HERE)
                   if f.endswith(".py") and f != "run.py" and not f.startswith("_"))
    if not names:
        return found
    missing = [n for n in names if n not in found]
    if missing:
        sys.exit("no such benchmark: " + ", ".join(missing))
    return names


def timed(cmd, path, timeout):
    """Run one program; return (stdout, stderr, status, wall s, CPU s).
    The child's CPU time (user + system) is the growth of os.times()'s
    children totals across the run, which counts only reaped children."""
    before = os.times()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd + [path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, cwd=HERE)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return b"", b"timeout after %ds" % timeout, -1, timeout, timeout
    wall = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + \
          (after.children_system - before.children_system)
    return out, err, proc.returncode, wall, cpu


def error_line(err, status):
    lines = [l for l in err.decode("utf-8", "replace").splitlines() if l.strip()]
    if lines:
        return lines[-1].strip()[:100]
    if status < 0:
        return "killed by signal %d" % -status
    return "exit status %d" % status


def first_difference(a, b):
    la, lb = a.decode("utf-8", "replace").splitlines(), b.decode("utf-8", "replace").splitlines()
    for i in range(max(len(la), len(lb))):
        x = la[i] if i < len(la) else "<end of output>"
        y = lb[i] if i < len(lb) else "<end of output>"
        if x != y:
            return "line %d: %r, CPython %r" % (i + 1, x[:40], y[:40])
    return "same lines, different bytes"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--taipan", default=os.path.join(HERE, "..", "build", "taipan"))
    ap.add_argument("--python", default="python3")
    ap.add_argument("--pypy", default="pypy3", help="used only if found on PATH")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=int, default=300, help="seconds per run")
    ap.add_argument("--wall", action="store_true", help="compare wall time, not CPU time")
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all)")
    args = ap.parse_args()

    taipan = os.path.abspath(args.taipan)
    if not os.access(taipan, os.X_OK):
        sys.exit("no Taipan binary at %s (build it first)" % taipan)
    impls = [("taipan", [taipan]), ("cpython", [args.python])]
    if shutil.which(args.pypy):
        impls.append(("pypy", [args.pypy]))
    metric = "wall" if args.wall else "CPU"

    version = subprocess.run([args.python, "-c", "import sys; print(sys.version.split()[0])"],
                             capture_output=True, text=True).stdout.strip()
    print("Taipan %s against CPython %s (%s)%s; %d runs each, medians; ratio = CPython %s time / "
          "Taipan %s time (>1: Taipan faster)" % (
              taipan, version, args.python,
              ", PyPy (%s)" % args.pypy if len(impls) > 2 else ", no pypy3 on PATH",
              args.runs, metric, metric))
    try:
        print("load average before: %.1f %.1f %.1f" % os.getloadavg())
    except OSError:
        pass
    print(flush=True)

    rows = []
    for name in benchmarks(args.names):
        path = os.path.join(HERE, name + ".py")
        times = {k: [] for k, _ in impls}          # k -> [(wall, cpu)]
        outputs = {}
        failed = {}                                  # k -> message
        for r in range(args.runs):
            order = impls[r % len(impls):] + impls[:r % len(impls)]
            for key, cmd in order:
                if key in failed:
                    continue
                out, err, status, wall, cpu = timed(cmd, path, args.timeout)
                if status != 0:
                    failed[key] = "fails: " + error_line(err, status)
                    continue
                outputs.setdefault(key, out)
                times[key].append((wall, cpu))
        ref = outputs.get("cpython")
        if ref is None:
            failed.setdefault("cpython", "fails")
        for key in list(outputs):
            if key != "cpython" and ref is not None and outputs[key] != ref:
                failed[key] = "wrong output: " + first_difference(outputs[key], ref)

        def med(key, i):
            return statistics.median(t[i] for t in times[key]) if times[key] else None

        row = {"name": name, "failed": failed}
        for key, _ in impls:
            row[key] = None if key in failed else (med(key, 0), med(key, 1))
        rows.append(row)
        print_row(row, impls, args.wall, flush=True)

    print()
    pick = 0 if args.wall else 1
    for key, _ in impls[:1] + impls[2:]:
        ratios = [r["cpython"][pick] / r[key][pick] for r in rows
                  if r.get(key) and r.get("cpython") and r[key][pick] > 0]
        excluded = [r["name"] for r in rows if not (r.get(key) and r.get("cpython"))]
        if ratios:
            gm = math.exp(sum(math.log(x) for x in ratios) / len(ratios))
            print("geometric mean of CPython/%s (%s time) over %d benchmarks: %.2f%s" % (
                key, metric, len(ratios), gm,
                "" if not excluded else "  (excluded: %s)" % ", ".join(excluded)))
        else:
            print("%s ran no benchmark correctly" % key)


HEADER_DONE = []


def print_row(row, impls, wall, flush=False):
    if not HEADER_DONE:
        cols = ["benchmark"]
        for key, _ in impls:
            cols.append("%s CPU s (wall)" % key)
        cols.append("ratio")
        print("| " + " | ".join(cols) + " |")
        print("|" + "---|" * len(cols))
        HEADER_DONE.append(True)
    cells = [row["name"]]
    for key, _ in impls:
        t = row[key]
        cells.append(row["failed"].get(key, "-") if t is None else "%.2f (%.2f)" % (t[1], t[0]))
    t, c = row["taipan"], row["cpython"]
    pick = 0 if wall else 1
    if t and c and t[pick] > 0:
        ratio = c[pick] / t[pick]
        cells.append("%.2f" % ratio)
    else:
        cells.append("-")
    print("| " + " | ".join(cells) + " |", flush=flush)


if __name__ == "__main__":
    main()
