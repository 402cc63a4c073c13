# _thread's functions and constants without starting threads; _excepthook's output.
import _thread
import sys

def t(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

print(sorted(x for x in dir(_thread) if not x.startswith("__")))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX)
t("ident", lambda: _thread.get_ident() == _thread.get_ident() and type(_thread.get_ident()))
t("native", lambda: type(_thread.get_native_id()))
t("count", lambda: _thread._count())
t("get_ident(1)", lambda: _thread.get_ident(1))
t("_count(1)", lambda: _thread._count(1))
t("stack_size", lambda: _thread.stack_size())
for v in [1, -1, 32767, "a", 2**70, 1.5]:
    t("stack_size(%r)" % (v,), lambda: _thread.stack_size(v))
t("stack_size 32768", lambda: _thread.stack_size(32768))
t("stack_size back", lambda: _thread.stack_size(0))
t("stack_size 2 args", lambda: _thread.stack_size(1, 2))
t("stack_size kw", lambda: _thread.stack_size(size=1))
t("exit", lambda: _thread.exit())
t("exit_thread", lambda: _thread.exit_thread())
t("exit(1)", lambda: _thread.exit(1))
for v in [0, 99999, 1.5, -3]:
    t("interrupt_main(%r)" % (v,), lambda: _thread.interrupt_main(v))
t("interrupt_main kw", lambda: _thread.interrupt_main(signum=2))
t("interrupt_main 2 args", lambda: _thread.interrupt_main(1, 2))
t("interrupt_main SIGTERM", lambda: _thread.interrupt_main(15))
try:
    _thread.interrupt_main()
    for i in range(1000):
        pass
    print("not interrupted")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))

s = _thread._set_sentinel()
print(type(s).__name__, s.locked())
t("_set_sentinel(1)", lambda: _thread._set_sentinel(1))

for args in [(1, ()), (print, 1), (print, (), 1), (print,), (print, [], {})]:
    t("start_new_thread%r" % (args,), lambda: _thread.start_new_thread(*args))
t("start_new_thread kw", lambda: _thread.start_new_thread(f=1))
t("start_new_thread 4", lambda: _thread.start_new_thread(1, 2, 3, 4))

A = _thread._ExceptHookArgs
print(A.__name__, A.n_fields, A.__module__)
a = A((1, 2, 3, 4))
print(a, a.exc_type, a.thread, len(a), tuple(a))
t("3-seq", lambda: A((1, 2, 3)))
t("hook(1)", lambda: _thread._excepthook(1))
t("hook tuple", lambda: _thread._excepthook((1, 2, 3, 4)))

sys.stderr = sys.stdout
class T:
    name = "Worker-1"
try:
    raise ValueError("boom")
except ValueError as e:
    _thread._excepthook(A((ValueError, e, e.__traceback__, T())))
_thread._excepthook(A((SystemExit, SystemExit(3), None, T())))
_thread._excepthook(A((KeyError, KeyError(3), None, T())))
_thread._excepthook(A((KeyError, None, None, T())))

class NoName:
    pass
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
o = Out()
sys.stderr = o
_thread._excepthook(A((TypeError, TypeError("x"), None, T())))
sys.stderr = sys.__stdout__
print(repr("".join(p for p in o.parts if p != "<flush>")), o.parts.count("<flush>"))
sys.stderr = None
class T2:
    name = "quiet"
    _stderr = None
print(_thread._excepthook(A((TypeError, TypeError("x"), None, T2()))))
print(_thread._excepthook(A((TypeError, TypeError("x"), None, None))))
T2._stderr = sys.stdout
_thread._excepthook(A((TypeError, TypeError("via _stderr"), None, T2())))
sys.stderr = sys.__stderr__
