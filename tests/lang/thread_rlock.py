# _thread.RLock: recursion, ownership, _release_save/_acquire_restore, errors.
import _thread

def t(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

me = _thread.get_ident()
R = _thread.RLock()
print(repr(R).startswith("<unlocked _thread.RLock object owner=0 count=0 at 0x"))
t("release unowned", lambda: R.release())
t("release_save unowned", lambda: R._release_save())
t("count", lambda: R._recursion_count())
t("owned", lambda: R._is_owned())
t("acquire", lambda: R.acquire())
t("acquire", lambda: R.acquire(False))
t("acquire", lambda: R.acquire(timeout=0.01))
t("count", lambda: R._recursion_count())
t("owned", lambda: R._is_owned())
print(repr(R).replace(str(me), "ME").split(" at ")[0])
state = R._release_save()
print("saved", state == (3, me))
t("owned", lambda: R._is_owned())
t("count", lambda: R._recursion_count())
t("restore", lambda: R._acquire_restore(state))
t("count", lambda: R._recursion_count())
for i in range(3):
    t("release", lambda: R.release())
t("release", lambda: R.release())

for bad in [1, (1,), (1, 2, 3), ("a", "b"), (1, "b"), None]:
    t("restore %r" % (bad,), lambda: _thread.RLock()._acquire_restore(bad))
r2 = _thread.RLock()
t("restore list", lambda: r2._acquire_restore([2, me]))
t("count", lambda: r2._recursion_count())
r3 = _thread.RLock()
t("restore wrap", lambda: r3._acquire_restore((2**64 + 1, me + 2**64)))
t("count", lambda: r3._recursion_count())

R2 = _thread.RLock()
for args, kw in [((1, 2, 3), {}), ((), {"y": 1}), ((False, 1), {}), ((), {"timeout": -5}),
                 ((), {"timeout": "x"}), ((None,), {})]:
    t("acquire%r%r" % (args, kw), lambda: R2.acquire(*args, **kw))
t("release(1)", lambda: R2.release(1))
t("RLock args", lambda: _thread.RLock(1, 2, a=3)._recursion_count())

with R2:
    with R2:
        print("nested", R2._recursion_count())
print("after", R2._recursion_count(), R2._is_owned())
t("exit unowned", lambda: R2.__exit__(None, None, None))
t("enter", lambda: R2.__enter__())
t("exit", lambda: R2.__exit__(None, None, None, None))

R2.acquire(); R2.acquire()
t("reinit", lambda: R2._at_fork_reinit())
t("count", lambda: R2._recursion_count())

class Sub(_thread.RLock):
    def acquire(self, *a, **k):
        print("Sub.acquire")
        return super().acquire(*a, **k)
s = Sub()
t("sub", lambda: s.acquire())
print(repr(s).split(" owner=")[0])
t("sub release", lambda: s.release())
print(sorted(x for x in dir(R) if not x.startswith("__")))
print(_thread.RLock.__module__, _thread.RLock.__qualname__, R.acquire.__qualname__)
