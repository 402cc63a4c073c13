#!/usr/bin/env python3
"""How much faster a module's code comes from its .pyc than from source.

Generates a 5,000-line module (classes, methods, functions, constants of
every common kind) in a temporary folder, imports it once under Taipan so
its cache is written, then times, under Taipan, N calls of the module's
loader.get_code(name) -- what `import` does when the cache is valid:
stat the source, read __pycache__/big.taipan-311.pyc, check its header
and checksum, unmarshal the code -- against N compile()s of its source
(what `import` does without a cache). Each side runs in its own process;
a third process that does the shared set-up only is subtracted, so
start-up and set-up cancel out. CPU time of the child processes is
measured, so a busy machine disturbs it little. Executing the module body
is the same either way and is not part of either side.

    python3 tools/pyc_speed.py [--taipan build/taipan] [--n 20]
"""
import argparse
import os
import resource
import subprocess
import tempfile


def make_module(lines_wanted=5000):
    lines = []
    i = 0
    while len(lines) < lines_wanted:
        lines += [
            f"class C{i}:",
            f"    '''Class {i}.'''",
            f"    def __init__(self, a, b={i}):",
            "        self.a = a",
            f"        self.b = [a, b, {i}.5, 'text {i}', b'{i}', {i}j, None]",
            f"    def m{i}(self, x):",
            f"        if x > {i}:",
            f"            return {{'k{i}': x, 'v': self.a}}",
            "        for j in range(x):",
            f"            x += j * {i}",
            "        return x",
            "",
            f"def f{i}(n, *args, **kw):",
            "    total = 0",
            "    for k in range(n):",
            f"        total += k ** 2 % {i + 7}",
            "    return total, args, kw",
            "",
        ]
        i += 1
    return "\n".join(lines) + "\n"


def cpu_of(cmd, cwd, env):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=cwd, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", default="build/taipan")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    args.taipan = os.path.abspath(args.taipan)
    src = make_module()
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "big.py"), "w") as f:
            f.write(src)
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        subprocess.run([args.taipan, "-c", "import big"], check=True, cwd=tmp, env=env)
        setup = ("import sys, big\nloader = big.__spec__.loader\n"
                 "src = loader.get_source('big')\n"
                 "loader.get_code('big')\nassert sys._compile_count() == 0, 'no valid cache'\n")
        progs = {
            "setup": setup,
            "compile": setup + f"for i in range({args.n}):\n    compile(src, 'big.py', 'exec')\n",
            "load": setup + f"for i in range({args.n}):\n    loader.get_code('big')\n"
                            "assert sys._compile_count() == 0\n",
        }
        times = {}
        for name, text in progs.items():
            path = os.path.join(tmp, name + ".py")
            with open(path, "w") as f:
                f.write(text)
            runs = sorted(cpu_of([args.taipan, path], tmp, env) for _ in range(args.runs))
            times[name] = runs[len(runs) // 2]
    compile_ms = (times["compile"] - times["setup"]) / args.n * 1000
    load_ms = (times["load"] - times["setup"]) / args.n * 1000
    print(f"5,000-line module ({len(src)} bytes): compile {compile_ms:.2f} ms, "
          f"load from cache {load_ms:.2f} ms, ratio {compile_ms / load_ms:.1f}x")


if __name__ == "__main__":
    main()
