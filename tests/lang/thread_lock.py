# _thread.lock: acquire/release/locked, timeouts, argument errors, context manager.
import _thread

def t(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

L = _thread.allocate_lock()
print(type(L).__name__, type(L) is _thread.LockType, _thread.allocate is not None)
print(repr(L).startswith("<unlocked _thread.lock object at 0x"))
t("acquire", lambda: L.acquire())
print(repr(L).startswith("<locked _thread.lock object at 0x"))
t("locked", lambda: L.locked())
t("nonblocking", lambda: L.acquire(False))
t("blocking=0", lambda: L.acquire(blocking=0))
t("timeout 0", lambda: L.acquire(timeout=0))
t("timeout 0.02", lambda: L.acquire(True, 0.02))
t("timeout int 0", lambda: L.acquire(1, 0))
t("release", lambda: L.release())
t("release again", lambda: L.release())
t("locked", lambda: L.locked())
t("aliases", lambda: (L.acquire_lock(), L.locked_lock(), L.release_lock(), L.locked()))

# argument errors
for args, kw in [((1, 2, 3), {}), ((), {"x": 1}), ((False, 1), {}), ((True, -2), {}),
                 ((True, -1.5), {}), ((), {"timeout": "x"}), ((), {"timeout": None}),
                 ((), {"timeout": float("nan")}), ((), {"timeout": 1e30}),
                 ((), {"timeout": float("inf")}), ((), {"timeout": 10**30}),
                 ((), {"timeout": 9223372037}), (([],), {}), ((None,), {}), ((1.5,), {}),
                 ((2**31,), {}), ((-2**31 - 1,), {}), ((2**70,), {}), ((0, -1), {}),
                 ((0, -1.0), {}), ((0, -0.5), {}), ((0, 0), {})]:
    t("acquire%r%r" % (args, kw), lambda: L.acquire(*args, **kw))
    if L.locked():
        L.release()
t("acquire -1", lambda: L.acquire(True, -1))
t("release", lambda: L.release())
t("acquire -1.0", lambda: L.acquire(timeout=-1.0))
t("release", lambda: L.release())
t("acquire True", lambda: L.acquire(timeout=True))
t("release", lambda: L.release())

t("locked(1)", lambda: L.locked(1))
t("release(1)", lambda: L.release(1))
t("LockType()", lambda: _thread.LockType())
t("allocate_lock(1)", lambda: _thread.allocate_lock(1))
t("descr", lambda: _thread.LockType.acquire(1))
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print("subclass", e)

with L as r:
    print("in with", r, L.locked())
print("after with", L.locked())
t("enter", lambda: L.__enter__())
t("enter nonblocking", lambda: L.__enter__(0))
t("exit", lambda: L.__exit__(1, 2, 3))
t("exit again", lambda: L.__exit__())
try:
    with L:
        raise KeyError("k")
except KeyError as e:
    print("with raise", repr(e), L.locked())

L.acquire()
t("reinit", lambda: L._at_fork_reinit())
t("locked", lambda: L.locked())
print(sorted(x for x in dir(L) if not x.startswith("__")))
print(_thread.LockType.__module__, _thread.LockType.__name__, _thread.LockType.__qualname__)
print(L.release.__qualname__)
