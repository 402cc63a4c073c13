#!/usr/bin/env python3.11
"""The interactive prompt's tests (run_tests.py's `repl` suite).

Each test starts `taipan` with no arguments on a pseudo-terminal (so it
sees a terminal and uses GNU readline), with TERM=dumb and INPUTRC=/dev/null
so readline's output is plain and its key bindings the defaults, in a fresh
temporary folder (which must hold no .pyc afterwards: typed code is never
cached). It types keys and waits for what CPython's prompt would print:
the banner's second line, `>>> ` and `... ` prompts, an expression's value
and `_`, a multi-line def, a traceback naming "<stdin>" and a fresh prompt,
Ctrl-C while typing, while a loop runs and in input(), the up arrow recalling the last
line, Tab completing names and attributes, Ctrl-D and SystemExit as exit
statuses, `-i` after a program, ~/.python_history (HOME is the temporary folder) carrying lines
to the next session. A transcript fed to `-q -i` on a pipe must give python3.11's prompts,
values and errors; one more test pipes a program into `taipan`, which
then runs it as a script.

Usage: run_repl_tests.py --taipan BUILD/taipan [names...]
The last line is `repl: N passed, N failed`.
"""
import argparse
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TIMEOUT = 10   # per wait; generous for a loaded machine, only spent on failure
BANNER2 = 'Type "help", "copyright", "credits" or "license" for more information.'


class Failure(Exception):
    pass


class Session:
    """taipan on a pseudo-terminal; output is read with \\r removed."""

    def __init__(self, taipan, args=(), folder=None, startup=None):
        self.keep = folder is not None
        self.dir = folder or tempfile.mkdtemp(prefix="taipan-repl-")
        env = dict(os.environ, TERM="dumb", INPUTRC="/dev/null", HOME=self.dir)
        for k in ("PYTHONSTARTUP", "PYTHONINSPECT"):
            env.pop(k, None)
        if startup is not None:   # a PYTHONSTARTUP file with this text
            path = os.path.join(self.dir, "startup.py")
            with open(path, "w") as f:
                f.write(startup)
            env["PYTHONSTARTUP"] = path
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                os.chdir(self.dir)
                os.execve(taipan, [taipan, *args], env)
            finally:
                os._exit(127)
        self.buf = ""
        self.pos = 0
        self.status = None

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return True
        try:
            data = os.read(self.fd, 4096)
        except OSError:   # the child is gone (EIO)
            return False
        if not data:
            return False
        self.buf += data.decode("utf-8", "replace").replace("\r", "")
        return True

    def expect(self, text, timeout=TIMEOUT):
        """Waits until `text` appears after what was matched so far."""
        end = time.monotonic() + timeout
        start = self.pos
        while True:
            i = self.buf.find(text, self.pos)
            if i >= 0:
                self.pos = i + len(text)
                return self.buf[start:i]
            left = end - time.monotonic()
            if left <= 0 or not self._read(min(left, 0.2)):
                if self.buf.find(text, self.pos) >= 0:
                    continue
                raise Failure("waited for %r; got after the last match: %r" % (text, self.buf[self.pos:]))

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def line(self, text, then=">>> "):
        """Types a line and waits for what must follow (by default the next prompt)."""
        self.send(text + "\r")
        return self.expect(then)

    def wait(self, timeout=TIMEOUT):
        """Reads to the end; returns the exit status."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self._read(0.05) and select.select([self.fd], [], [], 0)[0]:
                    pass
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            self._read(0.05)
        raise Failure("taipan did not exit; output after the last match: %r" % self.buf[self.pos:])

    def close(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        os.close(self.fd)
        pycs = [os.path.join(r, f) for r, _, fs in os.walk(self.dir) for f in fs if f.endswith(".pyc")]
        if not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)
        if pycs:
            raise Failure("typed code left caches: %r" % pycs)


def check(cond, what):
    if not cond:
        raise Failure(what)


# -- Tests (each gets a fresh session) ------------------------------------------------

def test_banner(s):
    before = s.expect(">>> ")
    lines = before.strip("\n").split("\n")
    check(len(lines) == 2, "banner: want 2 lines, got %r" % lines)
    check("Taipan" in lines[0] and "3.11" in lines[0], "banner line 1: %r" % lines[0])
    check(lines[1] == BANNER2, "banner line 2: %r" % lines[1])
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: status %r" % s.status)


def test_expr_and_underscore(s):
    s.expect(">>> ")
    out = s.line("1+1")
    check(out.endswith("1+1\n2\n"), "1+1 gave %r" % out)
    out = s.line("_ * 10")
    check(out.endswith("\n20\n"), "_ * 10 gave %r" % out)
    out = s.line("None")
    check(out == "None\n", "None should print nothing: %r" % out)
    out = s.line("import sys; [len(sys.ps1), sys.ps1.strip(), sys.ps2.strip()]")
    check(out.endswith("[4, '>>>', '...']\n"), "ps1/ps2: %r" % out)
    out = s.line("__name__")
    check(out.endswith("'__main__'\n"), "__name__: %r" % out)


def test_multiline_def(s):
    s.expect(">>> ")
    s.line("def triple(x):", "... ")
    s.line("    y = x * 3", "... ")
    s.line("    return y", "... ")
    s.line("")
    out = s.line("triple(5)")
    check(out.endswith("\n15\n"), "triple(5) gave %r" % out)
    s.line("for i in range(2): print(i)", "... ")
    out = s.line("")
    check(out.endswith("0\n1\n"), "for loop gave %r" % out)
    s.line("(1,", "... ")
    out = s.line("2)")
    check(out.endswith("(1, 2)\n"), "bracket continuation gave %r" % out)


def test_traceback(s):
    s.expect(">>> ")
    out = s.line("1/0")
    check('File "<stdin>", line 1, in <module>' in out and out.endswith("ZeroDivisionError: division by zero\n"),
          "traceback: %r" % out)
    out = s.line("1 +")
    check(out.endswith("SyntaxError: invalid syntax\n"), "syntax error: %r" % out)
    out = s.line("40 + 2")
    check(out.endswith("\n42\n"), "after the errors: %r" % out)


def test_ctrl_c_typing(s):
    s.expect(">>> ")
    s.send("abc")
    s.expect("abc")
    s.send("\x03")
    s.expect("KeyboardInterrupt\n>>> ")
    out = s.line("7*6")
    check(out.endswith("\n42\n"), "after Ctrl-C: %r" % out)
    s.line("if 1:", "... ")
    s.send("\x03")
    s.expect("KeyboardInterrupt\n>>> ")
    out = s.line("'fresh'")
    check(out.endswith("'fresh'\n"), "after Ctrl-C at ...: %r" % out)


def test_ctrl_c_running(s):
    s.expect(">>> ")
    s.line("while True: pass", "... ")
    s.send("\r")
    time.sleep(0.3)
    s.send("\x03")
    out = s.expect(">>> ")
    check('File "<stdin>", line 1, in <module>' in out and out.endswith("KeyboardInterrupt\n"),
          "interrupted loop: %r" % out)
    out = s.line("'alive'")
    check(out.endswith("'alive'\n"), "after the interrupt: %r" % out)
    s.line('x = input("name? ")', '")\nname? ')
    time.sleep(0.2)   # let input() block in its read
    s.send("\x03")
    out = s.expect(">>> ")
    check(out.endswith("KeyboardInterrupt\n"), "Ctrl-C in input(): %r" % out)
    out = s.line("'again'")
    check(out.endswith("'again'\n"), "after input()'s interrupt: %r" % out)


def test_history(s):
    s.expect(">>> ")
    s.line("20 + 3")
    s.line("x = 5")
    s.send("\x1b[A\x1b[A")   # two lines back: 20 + 3
    s.expect("20 + 3")
    out = s.line("")
    check(out.endswith("\n23\n"), "recalled line gave %r" % out)


def test_completion(s):
    s.expect(">>> ")
    s.send("pri\t")
    s.expect("print(")
    out = s.line('"tab")')
    check(out.endswith("\ntab\n"), "completed print: %r" % out)
    s.line("class Kls:", "... ")
    s.line("    alpha_one = 11", "... ")
    s.line("")
    s.send("Kls.alp\t")
    s.expect("Kls.alpha_one")
    out = s.line("")
    check(out.endswith("\n11\n"), "completed attribute: %r" % out)
    s.send("whi\t")
    s.expect("while ")
    s.send("\x03")
    s.expect(">>> ")


def test_exit_statuses(s):
    s.expect(">>> ")
    s.send("raise SystemExit(3)\r")
    check(s.wait() == 3, "SystemExit(3): status %r" % s.status)


def test_exit_builtin(s):
    s.expect(">>> ")
    s.send("exit()\r")
    check(s.wait() == 0, "exit(): status %r" % s.status)


def test_ctrl_d_in_block(s):
    s.expect(">>> ")
    s.line("x = 1")
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: status %r" % s.status)


def test_quiet(s):
    before = s.expect(">>> ")
    check("Type" not in before, "-q printed a banner: %r" % before)
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: status %r" % s.status)


def test_inspect(s):
    before = s.expect(">>> ")
    check("Type" not in before, "-i after a program printed a banner: %r" % before)
    out = s.line("x * 2")
    check(out.endswith("\n10\n"), "-i: the program's globals: %r" % out)
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: status %r" % s.status)


STARTUP = "print('startup ran', __name__)\nGREETING = 'hi'\nraise KeyError('in startup')\n"


def test_startup(s):
    before = s.expect(">>> ")
    check(before.index(BANNER2) < before.index("startup ran __main__"), "banner, then startup: %r" % before)
    check("KeyError: 'in startup'" in before and "startup.py\", line 3" in before,
          "the startup file's traceback: %r" % before)
    out = s.line("GREETING * 2")
    check(out.endswith("'hihi'\n"), "startup's globals: %r" % out)
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: status %r" % s.status)


def test_startup_ignored(s):
    before = s.expect(">>> ")
    check("startup ran" not in before, "-E ran PYTHONSTARTUP: %r" % before)
    s.send("\x04")
    check(s.wait() == 0, "Ctrl-D: status %r" % s.status)


PTY_TESTS = [
    ("inspect", test_inspect, ("-i", "-c", "x = 5")),
    ("banner", test_banner, ()),
    ("expr", test_expr_and_underscore, ()),
    ("multiline", test_multiline_def, ()),
    ("traceback", test_traceback, ()),
    ("ctrl_c_typing", test_ctrl_c_typing, ()),
    ("ctrl_c_running", test_ctrl_c_running, ()),
    ("history", test_history, ()),
    ("completion", test_completion, ()),
    ("system_exit", test_exit_statuses, ()),
    ("exit_builtin", test_exit_builtin, ()),
    ("ctrl_d", test_ctrl_d_in_block, ()),
    ("quiet", test_quiet, ("-q",)),
    ("startup", test_startup, ()),
    ("startup_ignored", test_startup_ignored, ("-E",)),
]


def test_history_file(taipan):
    """~/.python_history keeps the lines for the next session."""
    folder = tempfile.mkdtemp(prefix="taipan-repl-")
    try:
        s = Session(taipan, ("-q",), folder)
        try:
            s.expect(">>> ")
            s.line("6 * 7")
            s.send("\x04")
            check(s.wait() == 0, "Ctrl-D: status %r" % s.status)
        finally:
            s.close()
        with open(os.path.join(folder, ".python_history")) as f:
            text = f.read()
        check(text.rstrip("\n").split("\n")[-1] == "6 * 7", "history file: %r" % text)
        s = Session(taipan, ("-q",), folder)
        try:
            s.expect(">>> ")
            s.send("\x1b[A")
            s.expect("6 * 7")
            out = s.line("")
            check(out.endswith("\n42\n"), "recalled from the file: %r" % out)
            s.send("\x04")
            s.wait()
        finally:
            s.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# Fed to `-q -i` on a pipe under taipan and python3.11: prompts (on
# stderr), values and errors must be the same, which checks when each
# kind of input is complete, incomplete or an error at once.
TRANSCRIPT = """\
def dec(f): return f

@dec
def h(): return 9

h()
x = 1 + \\
 2
x
if 0:
  pass
else:
  print("e")

try:
  1/0
except ZeroDivisionError:
  print("z")

# a comment

\"\"\"a

b\"\"\"
class A:
  def f(self): return 1

A().f()
match 3:
  case 3: print("m")

match = 4
match
(1,

 2)
if x:
  pass
1 +
for i in range(2) print(i)
def f(:
  pass

@
class B:
pass

with open("nope") as f
if 1:

_
raise ValueError("v")
exit(4)
"""


def test_transcript(taipan):
    runs = []
    for exe in (taipan, "python3.11"):
        p = subprocess.run([exe, "-q", "-i"], input=TRANSCRIPT, capture_output=True, text=True, timeout=TIMEOUT)
        runs.append((p.returncode, p.stdout, p.stderr))
    if runs[0] != runs[1]:
        raise Failure("transcript differs:\n--- taipan %r\n--- python3.11 %r" % (runs[0], runs[1]))


def test_pipe(taipan):
    p = subprocess.run([taipan], input="x = 20\nprint(x + 1)\n", capture_output=True, text=True, timeout=TIMEOUT)
    check(p.stdout == "21\n" and p.returncode == 0, "piped program: %r %r %d" % (p.stdout, p.stderr, p.returncode))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    passed = failed = 0
    tests = [(n, f, a) for n, f, a in PTY_TESTS if not args.names or any(x in n for x in args.names)]
    for name, fn, targs in tests:
        s = Session(taipan, targs, startup=STARTUP if name.startswith("startup") else None)
        try:
            try:
                fn(s)
            finally:
                s.close()
            passed += 1
        except Failure as e:
            failed += 1
            print("FAIL repl %s: %s" % (name, e))
    for name, fn in (("history_file", test_history_file), ("transcript", test_transcript), ("pipe", test_pipe)):
        if args.names and not any(x in name for x in args.names):
            continue
        try:
            fn(taipan)
            passed += 1
        except (Failure, subprocess.TimeoutExpired, OSError) as e:
            failed += 1
            print("FAIL repl %s: %s" % (name, e))
    print("repl: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
