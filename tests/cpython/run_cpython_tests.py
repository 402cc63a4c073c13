#!/usr/bin/env python3.11
"""CPython's own test modules run under Taipan (run_tests.py's `cpython`
suite).

modules.txt lists the test modules (of CPython 3.11's Lib/test, from
Debian's libpython3.11-testsuite) that run here; known_failures.txt
lists, one test id per line, the tests of those modules that fail or
error under Taipan today. Each module runs in its own process through
driver.py, which reports every test's outcome. A module passes when its
process ends normally (no crash, no timeout, `DONE` printed) and every
test that fails or errors is listed as known. A listed test that now
passes is reported as fixed (not a failure): remove it from the list,
or run with --update to rewrite the list for the modules run.

Usage: run_cpython_tests.py --taipan BUILD/taipan [--update] [names...]
The last line is `cpython: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 120


def read_list(name):
    path = os.path.join(HERE, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return [l.split("#")[0].strip() for l in f if l.split("#")[0].strip()]


def run_module(taipan, module):
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTHONSTARTUP", None)
    try:
        p = subprocess.run([taipan, os.path.join(HERE, "driver.py"), "test." + module], capture_output=True,
                           timeout=TIMEOUT, env=env, stdin=subprocess.DEVNULL, cwd="/tmp")
    except subprocess.TimeoutExpired:
        return module, None, "timed out after %d s" % TIMEOUT
    out = p.stdout.decode("utf-8", "replace")
    results = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "RESULT":
            # a test with failing subtests reports once per subtest; keep the worst
            if results.get(parts[2]) not in ("fail", "error"):
                results[parts[2]] = parts[1]
    if p.returncode != 0 or "DONE" not in out.splitlines():
        err = p.stderr.decode("utf-8", "replace").strip().splitlines()
        return module, results, "exit %d: %s" % (p.returncode, " | ".join(err[-3:]))
    return module, results, None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--update", action="store_true", help="rewrite known_failures.txt for the modules run")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    modules = [m for m in read_list("modules.txt") if not args.names or any(n in m for n in args.names)]
    known = set(read_list("known_failures.txt"))
    passed = failed = 0
    new_known = {k for k in known if not any(k.startswith("test.%s." % m) for m in modules)}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for module, results, problem in pool.map(lambda m: run_module(taipan, m), modules):
            bad = sorted(t for t, s in (results or {}).items() if s in ("fail", "error", "xpass"))
            new_known.update(bad)
            unexpected = [t for t in bad if t not in known]
            fixed = sorted(t for t in known if t.startswith("test.%s." % module) and (results or {}).get(t) == "ok")
            counts = {}
            for s in (results or {}).values():
                counts[s] = counts.get(s, 0) + 1
            summary = ", ".join("%s %d" % kv for kv in sorted(counts.items()))
            if problem or unexpected:
                failed += 1
                print("FAIL cpython/%s: %s" % (module, problem or "new failures: " + ", ".join(unexpected[:10])))
            else:
                passed += 1
            if fixed:
                print("note cpython/%s: now passing, remove from known_failures.txt: %s" % (module, ", ".join(fixed[:10])))
            if os.environ.get("CPYTHON_SUITE_VERBOSE"):
                print("     %s: %s" % (module, summary))
    if args.update:
        with open(os.path.join(HERE, "known_failures.txt"), "w") as f:
            f.write("# Tests of modules.txt's modules that fail under Taipan today (run_cpython_tests.py).\n")
            for t in sorted(new_known):
                f.write(t + "\n")
    print("cpython: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
