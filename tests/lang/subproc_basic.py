# subprocess over _posixsubprocess.fork_exec: run, check_output, Popen
# with pipes, input, env, cwd, return codes, errors.
import os
import subprocess
import sys
import tempfile

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(["printf", "%s|", "a b", "c"]))
print(subprocess.check_output("echo $((6*7))", shell=True))
print(subprocess.check_output(["cat"], input=b"fed through stdin\n"))
print(subprocess.run(["cat"], input="text mode\n", capture_output=True, text=True).stdout)
print(subprocess.call(["false"]), subprocess.call(["true"]))
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
print(subprocess.run(["sh", "-c", "kill -TERM $$"]).returncode)

try:
    subprocess.check_call(["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e)
try:
    subprocess.check_output(["sh", "-c", "echo out; exit 2"])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e.returncode, e.output)

# stderr: separate, merged into stdout, discarded
r = subprocess.run(["sh", "-c", "echo o; echo e >&2"], capture_output=True)
print(r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)

# missing executables and a bad cwd
for args in (["no-such-program-xyz"], ["/no/such/dir/prog"]):
    try:
        subprocess.run(args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename, e.strerror)
try:
    subprocess.run(["true"], cwd="/no/such/dir")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(["/etc/passwd"])
except OSError as e:
    print(type(e).__name__, e.errno, e.filename)

# env and cwd
r = subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "foo", "BAR": "bär"}, capture_output=True)
print(r.stdout)
r = subprocess.run(["env"], env={"ONLY": "1"}, capture_output=True)
print(r.stdout)
with tempfile.TemporaryDirectory() as d:
    r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(d))
    with open(os.path.join(d, "f.txt"), "w") as f:
        f.write("in the dir\n")
    print(subprocess.check_output(["cat", "f.txt"], cwd=d))

# Popen with explicit pipes
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"line 1\nline 2\n")
p.stdin.close()
print(p.stdout.read())
p.stdout.close()
print(p.wait(), p.returncode, p.poll())

with subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 4"], stdin=subprocess.PIPE,
                      stdout=subprocess.PIPE, text=True) as p:
    out, err = p.communicate("value\n")
print(repr(out), err, p.returncode)

# lines as they come
p = subprocess.Popen(["printf", "a\\nb\\nc\\n"], stdout=subprocess.PIPE, text=True)
print([line for line in p.stdout])
p.stdout.close()
print(p.wait())

# args forms: bytes, PathLike, executable=
import pathlib
print(subprocess.check_output([b"echo", b"bytes"]))
print(subprocess.check_output([pathlib.Path("/bin/echo"), "path"]))
print(subprocess.check_output(["ignored-name", "x"], executable="/bin/echo"))
print(subprocess.check_output("echo $0", shell=True, executable="/bin/sh"))
print(subprocess.getstatusoutput("echo hi; exit 3"))
print(subprocess.getoutput("echo joined"))
try:
    subprocess.run(["echo", "a\0b"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["echo", 5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["echo"], env={"A=B": "1"})
except ValueError as e:
    print(type(e).__name__, e)
