# subprocess: timeouts, pass_fds / close_fds, preexec_fn, sessions,
# signals, os.waitpid interplay, and fork_exec's own argument checks.
import os
import signal
import subprocess
import sys

# timeouts: communicate(timeout) keeps the child, run(timeout) kills it
p = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout)
p.kill()
out, _ = p.communicate()
print(out, p.returncode)
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, str(e).startswith("Command '['sleep', '5']' timed out after 0.0"))
p = subprocess.Popen(["sleep", "5"])
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.timeout)
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
p.send_signal(signal.SIGINT)
print(p.wait())
try:
    subprocess.run(["sh", "-c", "echo partial; sleep 5"], capture_output=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.output)

# pass_fds and close_fds
r, w = os.pipe()
print(os.get_inheritable(w))
res = subprocess.run(["sh", "-c", "echo through fd >&%d" % w], pass_fds=(w,))
os.close(w)
print(os.read(r, 100), res.returncode)
os.close(r)
r, w = os.pipe()
os.set_inheritable(w, True)
res = subprocess.run(["sh", "-c", "echo x >&%d" % w], close_fds=True, stderr=subprocess.DEVNULL)
print(res.returncode != 0)
res = subprocess.run(["sh", "-c", "echo kept >&%d" % w], close_fds=False)
os.close(w)
print(os.read(r, 100), res.returncode)
os.close(r)
print(os.get_inheritable(0), os.get_inheritable(1))

# preexec_fn: runs in the child; an exception there is reported
r = subprocess.run(["sh", "-c", "echo $SEEN"], preexec_fn=lambda: os.environ.__setitem__("X", "1") or os.putenv("SEEN", "yes"),
                   capture_output=True)
print(r.stdout)
def bad():
    raise ValueError("nope")
try:
    subprocess.run(["true"], preexec_fn=bad)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

# sessions, process groups, umask
out = subprocess.check_output(["sh", "-c", "ps -o sid= -p $$"], start_new_session=True)
print(int(out) != os.getsid(0))
out = subprocess.check_output(["sh", "-c", "ps -o pgid= -p $$"], process_group=0)
print(int(out) != os.getpgrp())
print(subprocess.check_output(["sh", "-c", "umask"], umask=0o027))

# os.waitpid on a Popen child
p = subprocess.Popen(["sh", "-c", "exit 9"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.waitstatus_to_exitcode(status), os.WIFEXITED(status), os.WEXITSTATUS(status))
print(p.wait())   # already reaped: ECHILD, returncode 0 as CPython
p = subprocess.Popen(["true"])
print(p.wait(), p.args)
procs = [subprocess.Popen(["sh", "-c", "exit %d" % i]) for i in range(3)]
print(sorted(os.waitstatus_to_exitcode(os.waitpid(p.pid, 0)[1]) for p in procs))
print([p.wait() for p in procs])

# many children, one after another: no fd leak
before = len(os.listdir("/proc/self/fd"))
for i in range(20):
    subprocess.run(["true"], capture_output=True, input=b"x")
print(len(os.listdir("/proc/self/fd")) - before)

# a Python child
out = subprocess.check_output([sys.executable, "-c", "import sys; print(sys.argv[1:])", "a", "b"])
print(out)

# fork_exec's own checks
import _posixsubprocess as P
def t(*a):
    try:
        print(P.fork_exec(*a))
    except Exception as e:
        print(type(e).__name__, e)
base = [[b"/bin/true"], [b"/bin/true"], True, (5,), None, None, -1, -1, -1, -1, -1, -1,
        3, 4, False, False, -1, None, None, None, -1, None, False]
t()
t(*base[:22])
for i, v in [(3, [5]), (3, (5, 3)), (3, (-1,)), (3, ("a",)), (13, 2), (0, 5), (0, [5]), (1, 5),
             (1, [5]), (1, ["a"]), (4, 5), (5, 5), (5, [5]), (6, "x"), (17, "x"), (18, "x"),
             (18, ["x"]), (19, "x"), (6, 2**40), (16, "x"), (17, -5), (19, 2**40), (17, 2**32), (19, 2**70),
             (17, -2**70), (18, [2**40]), (18, [-2]), (18, [2**64]), (18, [1.5])]:
    b = list(base)
    b[i] = v
    print(i, end=" ")
    t(*b)
