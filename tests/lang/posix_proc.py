# fork / waitpid / the W* decoders / execv / execve / spawnv; only exit
# codes are printed.
import os

pid = os.fork()
if pid == 0:
    os._exit(3)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status),
      os.waitstatus_to_exitcode(status))

pid = os.fork()
if pid == 0:
    try:
        os.execve("/bin/sh", ["sh", "-c", "exit $TAIPAN_CODE"], {"TAIPAN_CODE": "5"})
    finally:
        os._exit(99)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = os.fork()
if pid == 0:
    try:
        os.kill(os.getpid(), 9)
    finally:
        os._exit(98)
status = os.waitpid(pid, 0)[1]
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))

print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 7"]))
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit $N"], {"N": "4"}))
for args in (("/nonexistent/prog", ["prog"]), ("/bin/sh", []), ("/bin/sh", [""]), ("/bin/sh", "sh")):
    try:
        os.execv(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.waitpid(-1, 0)
except ChildProcessError as e:
    print(type(e).__name__, e.errno)
print(os.getpgrp() == os.getpgid(0), type(os.getsid(0)).__name__, len(os.getloadavg()))
for args in (["sh"], 5), ([], {}), ("sh", {}):
    try:
        os.execve("/bin/sh", *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
