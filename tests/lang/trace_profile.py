# sys.setprofile: call/return for Python frames, c_call/c_return/
# c_exception for builtins (functions and method descriptors).
import sys

log = []
def prof(frame, event, arg):
    if event.startswith('c_'):
        arg = getattr(arg, '__qualname__', getattr(arg, '__name__', '?'))
    elif event == 'return':
        arg = repr(arg)
    else:
        arg = None
    log.append((event, frame.f_code.co_name, arg))

def work(items):
    out = []
    for x in items:
        out.append(abs(x))
    return sorted(out)

def boom():
    return int("x")

class K:
    def method(self):
        return len([1, 2])

sys.setprofile(prof)
work([-2, 1])
try:
    boom()
except ValueError:
    pass
K().method()
"a,b".split(",")
sys.setprofile(None)
for entry in log:
    print(*entry)
print(sys.getprofile())
