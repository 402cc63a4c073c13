# bdb (the debugger framework pdb is built on) over sys.settrace: call,
# line, return and exception callbacks, frame locals, breakpoints.
import bdb, sys

class Tracer(bdb.Bdb):
    def user_call(self, frame, args):
        print("call", frame.f_code.co_name)
    def user_line(self, frame):
        print("line", frame.f_code.co_name, frame.f_lineno)
        if frame.f_code.co_name == "work" and frame.f_lineno == 20:
            print("  locals:", sorted(frame.f_locals))
    def user_return(self, frame, value):
        print("return", frame.f_code.co_name, value)
    def user_exception(self, frame, exc_info):
        print("exception", frame.f_code.co_name, exc_info[0].__name__)

def helper(x):
    return x * 2
def work(n):
    total = 0
    for i in range(n):
        total += helper(i)
    try:
        1 / 0
    except ZeroDivisionError:
        total = -total
    return total

t = Tracer()
t.runcall(work, 2)
t2 = Tracer()
t2.set_break(__file__, 20)
print(t2.get_all_breaks())
