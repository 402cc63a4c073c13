#!/usr/bin/env python3.11
"""The command line's tests (run_tests.py's `cli` suite).

Each case runs `taipan ARGS` and `python3.11 ARGS` in the same temporary
folder (holding small modules, packages and a folder with __main__.py),
with the same stdin and an environment cleared of PYTHON* variables plus
the case's own, and compares stdout, stderr and the exit status. Both
executables' paths are replaced by <EXE> first, and CPython's runpy
frames ('File "<frozen runpy>"' lines) are dropped: Taipan runs -m in C.
Covered: -c, -m (module, package, package __main__, errors), a program
on stdin (`-` and no argument), a script, a folder, sys.argv and
sys.path[0] in each mode, the options (-B -b -E -I -s -S -P -O -OO -q -v
-u -i -W -X --check-hash-based-pycs, combined short options, --), the
environment variables (and -E ignoring them), usage errors, SystemExit's
codes, an uncaught exception and KeyboardInterrupt, a broken pipe, zip
archives run as programs or imported from sys.path.
Taipan-only behaviour (the version, the help's first line, running a
.pyc) is checked against expected strings.

Usage: run_cli_tests.py --taipan BUILD/taipan [names...]
The last line is `cli: N passed, N failed`.
"""
import argparse
import concurrent.futures
import os
import shutil
import subprocess
import sys
import tempfile

TIMEOUT = 30
VERSION = "Taipan 0.1 (Python 3.11.7)"

FILES = {
    "show.py": ("import sys\nhere = __file__.rsplit('/', 2)[0] + '/' + __file__.rsplit('/', 2)[1]\n"
                "print('show', __name__, sys.argv, sys.path[0] == here, here in sys.path)\n"),
    "mod.py": ("import sys\nprint('mod', __name__, __file__, repr(__package__), __spec__.name, sys.argv, sys.path[0])\n"
               "print(type(__builtins__).__name__, __spec__.origin == __file__, __cached__ is not None)\n"),
    "pkg/__init__.py": "print('pkg init', __name__)\n",
    "pkg/__main__.py": "import sys\nprint('pkg main', __name__, __package__, __spec__.name, sys.argv)\n",
    "pkg/sub.py": "import sys\nprint('pkg.sub', __name__, __package__, __spec__.name, sys.argv[1:])\n",
    "plain/__init__.py": "",
    "ns/m.py": "print('ns.m', __name__)\n",
    "globs.py": "print(sorted(globals()), __spec__, __package__, __cached__, __file__.endswith('/globs.py'))\n",
    "bad.py": "x = 1\nraise ValueError('boom')\n",
    "syn.py": "x = (\n",
    "badpkg/__init__.py": "raise RuntimeError('init failed')\n",
    "app/__main__.py": "import sys\nprint('app', __name__, __spec__.name, sys.argv, sys.path[0].endswith('app'))\n",
    "empty/README": "no __main__ here\n",
    "exits.py": "import sys\nsys.exit(int(sys.argv[1]) if sys.argv[1:] else None)\n",
    "skip.py": "this line is not Python\nprint('after the first line')\n",
    "opt.py": ("def f():\n    'doc'\n\nassert False, 'asserted'\nprint(__debug__, f.__doc__)\n"),
}

FLAGS = ("import sys; f = sys.flags; "
         "print(f.debug, f.inspect, f.optimize, f.dont_write_bytecode, f.no_user_site, "
         "f.ignore_environment, f.verbose, f.bytes_warning, f.quiet, f.isolated, f.safe_path, "
         "sys.dont_write_bytecode)")

# (name, args, options): options may hold stdin (bytes), env (dict),
# merge (stderr into stdout), only_stdout (compare stdout and status).
CASES = [
    ("c_basic", ["-c", "import sys; print(sys.argv, repr(sys.path[0]), __name__)"], {}),
    ("c_args", ["-c", "import sys; print(sys.argv)", "a", "-v", "--", "-c"], {}),
    ("c_attached", ["-cprint('attached')"], {}),
    ("c_globals", ["-c", "print(sorted(globals()), __loader__, __spec__, __package__, __doc__)"], {}),
    ("stdin_globals", [], {"stdin": b"print(sorted(globals()), __loader__, __spec__, __file__, __cached__)\n"}),
    ("file_globals", ["globs.py"], {}),
    ("c_syntax", ["-c", "x = ("], {}),
    ("c_raise", ["-c", "def f():\n    raise KeyError('k')\nf()"], {}),
    ("c_orig_argv", ["-B", "-c", "import sys; print(sys.orig_argv[1:])", "x"], {}),
    ("exit_none", ["-c", "import sys; sys.exit()"], {}),
    ("exit_zero", ["-c", "raise SystemExit(0)"], {}),
    ("exit_int", ["-c", "import sys; sys.exit(3)"], {}),
    ("exit_big", ["-c", "import sys; sys.exit(261)"], {}),
    ("exit_neg", ["-c", "import sys; sys.exit(-1)"], {}),
    ("exit_true", ["-c", "import sys; sys.exit(True)"], {}),
    ("exit_str", ["-c", "import sys; print('out'); sys.exit('bye now')"], {}),
    ("exit_tuple", ["-c", "raise SystemExit(1, 2)"], {}),
    ("exit_script", ["exits.py", "7"], {}),
    ("exit_script_none", ["exits.py"], {}),
    ("keyboard_interrupt", ["-c", "raise KeyboardInterrupt"], {}),
    ("m_module", ["-m", "mod", "a", "b"], {}),
    ("m_package", ["-m", "pkg", "x"], {}),
    ("m_submodule", ["-m", "pkg.sub", "y"], {}),
    ("m_pkg_main", ["-m", "pkg.__main__"], {}),
    ("m_missing", ["-m", "nosuch"], {}),
    ("m_missing_sub", ["-m", "pkg.nosuch"], {}),
    ("m_missing_parent", ["-m", "nosuch.sub"], {}),
    ("m_not_package", ["-m", "mod.x"], {}),
    ("m_relative", ["-m", ".mod"], {}),
    ("m_builtin", ["-m", "sys"], {}),
    ("m_namespace", ["-m", "ns"], {}),
    ("m_namespace_sub", ["-m", "ns.m"], {}),
    ("m_no_main", ["-m", "plain"], {}),
    ("m_dot_py", ["-m", "mod.py"], {}),
    ("m_raises", ["-m", "bad"], {}),
    ("m_parent_raises", ["-m", "badpkg.sub"], {}),
    ("m_safe_path", ["-P", "-m", "mod"], {}),
    ("stdin_dash", ["-", "a", "b"], {"stdin": b"import sys; print(sys.argv, repr(sys.path[0]), __file__)\n"}),
    ("stdin_default", [], {"stdin": b"import sys; print(sys.argv, repr(sys.path[0]))\nprint(1 + 1)\n"}),
    ("stdin_syntax", ["-"], {"stdin": b"x = (\n"}),
    ("stdin_raise", [], {"stdin": b"print('before')\n1/0\n"}),
    ("file_argv", ["show.py", "1", "-c", "2"], {}),
    ("file_dotted", ["./show.py"], {}),
    ("file_missing", ["nosuch.py"], {}),
    ("file_syntax", ["syn.py"], {}),
    ("file_raise", ["bad.py"], {}),
    ("folder", ["app", "q"], {}),
    ("folder_slash", ["./app/"], {}),
    ("folder_empty", ["empty"], {}),
    ("dashdash", ["--", "show.py", "-B"], {}),
    ("flags_none", ["-c", FLAGS], {}),
    ("flags_many", ["-B", "-d", "-b", "-s", "-q", "-c", FLAGS], {}),
    ("flags_combined", ["-BqsOc", FLAGS], {}),
    ("flag_E", ["-E", "-c", FLAGS + "; print('/envpath' in sys.path)"],
     {"env": {"PYTHONPATH": "/envpath", "PYTHONDONTWRITEBYTECODE": "1"}}),
    ("flag_I", ["-I", "-c", FLAGS + "; print('' in sys.path[:1])"], {"env": {"PYTHONPATH": "/envpath"}}),
    ("flag_I_script", ["-I", "show.py"], {}),
    ("flag_P_script", ["-P", "show.py"], {}),
    ("flag_P_c", ["-P", "-c", "import sys; print(sys.path[0] != '')"], {}),
    ("flag_S", ["-S", "-c", "print('S ok')"], {}),
    ("flag_O", ["-O", "opt.py"], {}),
    ("flag_OO", ["-OO", "opt.py"], {}),
    ("flag_O_flags", ["-OO", "-c", "import sys; print(sys.flags.optimize, __debug__)"], {}),
    ("no_O", ["opt.py"], {}),
    ("import_O", ["-B", "-O", "-c", "import opt; print(opt.__cached__.endswith('.opt-1.pyc'))"], {}),
    ("import_OO", ["-B", "-OO", "-c", "import opt; print(opt.__cached__.endswith('.opt-2.pyc'))"], {}),
    ("flag_v", ["-v", "-v", "-c", "import sys; print(sys.flags.verbose)"], {"only_stdout": True}),
    ("flag_x", ["-x", "skip.py"], {}),
    ("flag_u", ["-u", "-c", "import sys; print('a'); sys.stderr.write('b\\n'); print('c')"], {"merge": True}),
    ("flag_W", ["-W", "error", "-Wignore::DeprecationWarning", "-c", "import sys; print(sys.warnoptions)"], {}),
    ("flag_W_env", ["-W", "error", "-c", "import sys; print(sys.warnoptions)"],
     {"env": {"PYTHONWARNINGS": "always,ignore::UserWarning"}}),
    ("flag_b_warn", ["-bb", "-c", "import sys; print(sys.warnoptions, sys.flags.bytes_warning)"], {}),
    ("flag_X", ["-X", "a=b", "-Xflag", "-c", "import sys; print(sorted(sys._xoptions.items()))"], {}),
    ("flag_X_dev", ["-X", "dev", "-c", "import sys; print(sys.flags.dev_mode, sys.warnoptions)"], {}),
    ("flag_X_prefix", ["-X", "pycache_prefix=cachedir", "-c",
                       "import sys; print(sys.pycache_prefix.endswith('cachedir'))"], {}),
    ("check_hash", ["--check-hash-based-pycs", "always", "-c", "print('checked')"], {}),
    ("env_dontwrite", ["-c", FLAGS], {"env": {"PYTHONDONTWRITEBYTECODE": "1"}}),
    ("env_optimize", ["-c", "import sys; print(sys.flags.optimize, __debug__)"], {"env": {"PYTHONOPTIMIZE": "2"}}),
    ("env_safepath", ["show.py"], {"env": {"PYTHONSAFEPATH": "1"}}),
    ("env_unbuffered", ["-c", "import sys; print('a'); sys.stderr.write('b\\n'); print('c')"],
     {"merge": True, "env": {"PYTHONUNBUFFERED": "1"}}),
    ("env_ignored", ["-E", "-c", "import sys; print('a'); sys.stderr.write('b\\n'); print('c')"],
     {"merge": True, "env": {"PYTHONUNBUFFERED": "1"}}),
    ("env_verbose_E", ["-E", "-c", "import sys; print(sys.flags.verbose)"], {"env": {"PYTHONVERBOSE": "1"}}),
    ("hashseed_0", ["-c", "print(hash('abc'), hash(b'xyz'))"], {"env": {"PYTHONHASHSEED": "0"}}),
    ("hashseed_flag", ["-c", "import sys; print(sys.flags.hash_randomization)"], {"env": {"PYTHONHASHSEED": "0"}}),
    ("hashseed_E", ["-E", "-c", "import sys; print(sys.flags.hash_randomization)"], {"env": {"PYTHONHASHSEED": "0"}}),
    ("hashseed_bad", ["-c", "pass"], {"env": {"PYTHONHASHSEED": "abc"}}),
    ("hashseed_random", ["-c", "import sys; print(sys.flags.hash_randomization)"], {"env": {"PYTHONHASHSEED": "random"}}),
    ("inspect_c", ["-i", "-c", "print('ran')"], {}),
    ("inspect_env", ["-c", "print('ran')"], {"env": {"PYTHONINSPECT": "1"}}),
    ("inspect_env_E", ["-E", "-c", "print('ran')"], {"env": {"PYTHONINSPECT": "1"}}),
    ("inspect_exit", ["-i", "-c", "raise SystemExit(3)"], {}),
    ("ioencoding_errors", ["-c", "import sys; print('a\\udc80b', sys.stdout.errors, sys.stderr.errors)"],
     {"env": {"PYTHONIOENCODING": "utf-8:replace"}}),
    ("ioencoding_E", ["-E", "-c", "import sys; print(sys.stdout.errors)"],
     {"env": {"PYTHONIOENCODING": "utf-8:replace"}}),
    ("usage_unknown", ["-z"], {}),
    ("usage_unknown_combined", ["-Bz", "-c", "pass"], {}),
    ("usage_unknown_long", ["--foo"], {}),
    ("usage_c_arg", ["-c"], {}),
    ("usage_m_arg", ["-m"], {}),
    ("usage_W_arg", ["-W"], {}),
    ("usage_X_arg", ["-X"], {}),
    ("usage_check_arg", ["--check-hash-based-pycs"], {}),
    ("usage_check_value", ["--check-hash-based-pycs", "sometimes", "-c", "pass"], {}),
    ("usage_J", ["-J"], {}),
    ("ioenc_latin1", ["-c", "import sys; print(sys.stdout.encoding, sys.stdin.encoding, sys.stderr.encoding, "
                      "sys.stdout.errors, sys.stderr.errors); print('caf\u00e9')"], {"env": {"PYTHONIOENCODING": "LATIN-1"}}),
    ("ioenc_strict_fails", ["-c", "print('\u20ac')"], {"env": {"PYTHONIOENCODING": "latin-1"}}),
    ("ioenc_replace", ["-c", "import sys; print(sys.stdout.errors); print('\u20ac\u00e9')"],
     {"env": {"PYTHONIOENCODING": "latin-1:replace"}}),
    ("ioenc_errors_only", ["-c", "import sys; print(sys.stdout.encoding, sys.stdout.errors)"],
     {"env": {"PYTHONIOENCODING": ":backslashreplace"}}),
    ("ioenc_cp437", ["-c", "import sys; print(sys.stdout.encoding); print('\u00e9\u00c7')"],
     {"env": {"PYTHONIOENCODING": "cp437"}}),
    ("ioenc_utf16", ["-c", "print('a')"], {"env": {"PYTHONIOENCODING": "utf-16"}}),
    ("ioenc_ignored_E", ["-E", "-c", "import sys; print(sys.stdout.encoding)"], {"env": {"PYTHONIOENCODING": "latin-1"}}),
    ("zip_app", ["app.pyz", "a", "-b"], {}),
    ("zip_no_main", ["nomain.zip"], {}),
    ("zip_on_path", ["-c", "import sys; sys.path.insert(0, 'lib.zip'); import zmod, zpkg.inner; "
                     "print(zmod.V, zpkg.inner.I, type(zmod.__loader__).__name__, zmod.__file__, zpkg.__path__)"], {}),
]

# Taipan only: (name, args, options, expected stdout, expected stderr, status).
OWN = [
    ("version", ["-V"], {}, VERSION + "\n", "", 0),
    ("version_long", ["--version"], {}, VERSION + "\n", "", 0),
    ("version_after", ["-B", "-V", "-c", "print(1)"], {}, VERSION + "\n", "", 0),
    ("version_twice", ["-VV"], {}, None, "", 0),
    ("platform_impl", ["-c", "import platform, sys; print(platform.python_implementation(), "
                       "platform.python_version() == '%d.%d.%d' % sys.version_info[:3], "
                       "sys.implementation.name, sys.implementation.cache_tag)"], {},
     "Taipan True taipan taipan-311\n", "", 0),
    ("platform_cpython_string", ["-c", "import platform; print(platform._sys_version("
                                 "'3.11.7 (main, Dec  8 2023, 18:56:58) [GCC 12.2.0]')[:2])"], {},
     "('CPython', '3.11.7')\n", "", 0),
    ("importlib_magic", ["-c", "import importlib.util, _imp; "
                         "print(importlib.util.MAGIC_NUMBER == _imp._pyc_magic, "
                         "importlib.util.MAGIC_NUMBER[:2])"], {}, "True b'Tp'\n", "", 0),
]


def clean_env(extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["LANG"] = "C.UTF-8"
    env.update(extra)
    return env


def real_python():
    out = subprocess.run(["python3.11", "-c", "import sys; print(sys.executable)"],
                         capture_output=True, text=True, env=clean_env({}))
    return out.stdout.strip() or "python3.11"


def normalise(data, exes):
    text = data.decode("utf-8", "replace")
    for exe in exes:
        text = text.replace(exe, "<EXE>")
    text = text.replace("`python -h'", "`taipan -h'")
    lines = [l for l in text.split("\n") if not l.startswith('  File "<frozen ')]
    return "\n".join(lines)


def run(exe, args, opts, folder):
    env = clean_env(opts.get("env", {}))
    p = subprocess.run([exe] + args, input=opts.get("stdin", b""), cwd=folder, env=env,
                       stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT if opts.get("merge") else subprocess.PIPE,
                       timeout=TIMEOUT)
    return p.stdout, p.stderr or b"", p.returncode


# Zip archives: (name, {member: text}); run as programs and put on sys.path.
ZIPS = [
    ("app.pyz", {"__main__.py": "import sys, helper\nprint('zip main', __name__, helper.X, sys.argv[1:], "
                                "__file__.endswith('__main__.py'), sys.path[0].endswith('app.pyz'))\n",
                 "helper.py": "X = 42\n"}),
    ("lib.zip", {"zmod.py": "V = 7\n", "zpkg/__init__.py": "W = 8\n", "zpkg/inner.py": "from . import W\nI = W + 1\n"}),
    ("nomain.zip", {"x.py": "1\n"}),
]


def make_folder():
    import zipfile
    folder = tempfile.mkdtemp(prefix="taipan-cli-")
    for rel, text in FILES.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
    for name, members in ZIPS:
        with zipfile.ZipFile(os.path.join(folder, name), "w") as z:
            for member, text in members.items():
                z.writestr(member, text)
    return folder


def compare(name, got, want, exes, only_stdout):
    parts = [("stdout", 0)] + ([] if only_stdout else [("stderr", 1)])
    for label, i in parts:
        g, w = normalise(got[i], exes), normalise(want[i], exes)
        if g != w:
            return "%s differs:\n    taipan:  %r\n    cpython: %r" % (label, g, w)
    if got[2] != want[2]:
        return "status %d, cpython %d" % (got[2], want[2])
    return None


def broken_pipe(exe, folder):
    """`... | head -1`: read one line, close the pipe, wait."""
    p = subprocess.Popen([exe, "-c", "for i in range(10**6): print(i)"], cwd=folder, env=clean_env({}),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read()
    return first, err, p.wait(TIMEOUT)


def closed_at_exit(exe, folder):
    """The reader is gone before the buffered output is flushed at exit."""
    p = subprocess.Popen([exe, "-c", "print('x' * 100)\nfor i in range(300000): pass"], cwd=folder,
                         env=clean_env({}), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.close()
    err = p.stderr.read()
    return b"", err, p.wait(TIMEOUT)


def pyc_case(taipan, folder):
    """A .pyc that Taipan's import cached runs as a program."""
    d = os.path.join(folder, "pycrun")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "cached.py"), "w") as f:
        f.write("import sys\nprint('from the cache', __name__, sys.argv[1:])\n")
    env = clean_env({})
    subprocess.run([taipan, "-c", "import cached"], cwd=d, env=env, capture_output=True, timeout=TIMEOUT)
    pyc = os.path.join(d, "__pycache__", "cached.taipan-311.pyc")
    if not os.path.exists(pyc):
        return "no cache written"
    shutil.copy(pyc, os.path.join(d, "lone.pyc"))
    os.remove(os.path.join(d, "cached.py"))
    p = subprocess.run([taipan, "lone.pyc", "z"], cwd=d, env=env, capture_output=True, timeout=TIMEOUT)
    want = b"from the cache __main__ ['z']\n"
    if p.stdout != want or p.returncode != 0:
        return "got %r %r status %d" % (p.stdout, p.stderr, p.returncode)
    with open(os.path.join(d, "junk.pyc"), "wb") as f:
        f.write(b"not a pyc at all")
    p = subprocess.run([taipan, "junk.pyc"], cwd=d, env=env, capture_output=True, timeout=TIMEOUT)
    if p.returncode != 1 or b"junk.pyc" not in p.stderr:
        return "junk.pyc: %r status %d" % (p.stderr, p.returncode)
    return None


def help_case(taipan, folder):
    p = subprocess.run([taipan, "-h"], cwd=folder, env=clean_env({}), capture_output=True, timeout=TIMEOUT)
    first = p.stdout.split(b"\n")[0].decode()
    want = "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ..." % taipan
    if first != want or p.returncode != 0 or b"-m mod" not in p.stdout:
        return "got %r status %d" % (first, p.returncode)
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    python = real_python()
    exes = [taipan, python]
    folder = make_folder()
    passed = failed = 0

    def report(name, problem):
        nonlocal passed, failed
        if args.names and not any(n in name for n in args.names):
            return
        if problem:
            failed += 1
            print("FAIL cli/%s: %s" % (name, problem), flush=True)
        else:
            passed += 1

    def wanted(name):
        return not args.names or any(n in name for n in args.names)

    try:
        def one(case):
            name, cargs, opts = case
            try:
                got = run(taipan, cargs, opts, folder)
                want = run(python, cargs, opts, folder)
                return name, compare(name, got, want, exes, opts.get("only_stdout"))
            except subprocess.TimeoutExpired:
                return name, "timed out"

        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            for name, problem in pool.map(one, [c for c in CASES if wanted(c[0])]):
                report(name, problem)
        for name, cargs, opts, out, err, status in OWN:
            if not wanted(name):
                continue
            got = run(taipan, cargs, opts, folder)
            g = (normalise(got[0], exes), normalise(got[1], exes), got[2])
            if out is None and g[0].startswith(VERSION + " ["):
                g = (None,) + g[1:]   # -VV: the version, then build details
            report(name, None if g == (out, err, status) else "got %r, expected %r" % (g, (out, err, status)))
        for name, fn in (("broken_pipe", broken_pipe), ("closed_at_exit", closed_at_exit)):
            if wanted(name):
                report(name, compare(name, fn(taipan, folder), fn(python, folder), exes, False))
        if wanted("pyc_run"):
            report("pyc_run", pyc_case(taipan, folder))
        if wanted("help"):
            report("help", help_case(taipan, folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("cli: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
