# sys.stdout / sys.stderr: the standard streams' attributes, print()
# going through a replaced sys.stdout, sys.stdout = None, a lost
# sys.stdout, and the uncaught exception going through sys.excepthook.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


print(sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.fileno(), sys.stdout.closed)
print(sys.stderr.name, sys.stderr.errors, sys.stderr.fileno(), sys.stdin.name, sys.stdin.mode)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdout.seekable())
print(sys.stdout is sys.__stdout__, type(sys.stdout).__name__, repr(sys.stdout))
print(sys.stdout.write("written directly\n"), sys.stdout.write("héé\n"), sys.stdout.flush())
for bad in [b"bytes", 3, None]:
    try:
        sys.stdout.write(bad)
    except TypeError as e:
        print(e)
try:
    print("\ud800")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.reason, e.start, e.end)
sys.stderr.write("to stderr\n")
print("printed to stderr", 1, file=sys.stderr)
cap = Capture()
sys.stdout = cap
print("a", 1, sep="-", end="!\n")
print("b", flush=True)
print()
sys.stdout.write("direct\n")
sys.stdout = sys.__stdout__
print(cap.parts)
print("explicit", file=cap)
print(cap.parts[-2:])
sys.stdout = None
print("goes nowhere")
sys.stdout = sys.__stdout__
del sys.stdout
try:
    print("lost")
except RuntimeError as e:
    sys.__stdout__.write(f"{type(e).__name__}: {e}\n")
sys.stdout = sys.__stdout__
print(sys.stdin.read(), repr(sys.stdin.readline()), list(sys.stdin))

err = Capture()
sys.stderr = err
sys.stderr.write("captured error text\n")
sys.stderr = sys.__stderr__
print(err.parts)


def hook(t, v, tb):
    print("hook got", t.__name__, v, type(tb).__name__, file=sys.stderr)
    print("and stdout still works")


sys.excepthook = hook
print(sys.__excepthook__ is not hook, sys.__displayhook__ is sys.displayhook)
raise LookupError("uncaught")
