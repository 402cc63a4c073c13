# _thread.start_new_thread with real threads: arguments, locks across threads,
# _count, idents, _local per thread, sentinels, exceptions escaping a thread.
import _thread
import sys

def t(label, f):
    try:
        print(label, repr(f()))
    except BaseException as e:
        print(label, type(e).__name__, e)

done = _thread.allocate_lock()
done.acquire()
out = {}

def work(a, b, *, c=0):
    out["args"] = (a, b, c)
    out["ident"] = _thread.get_ident()
    out["count"] = _thread._count()
    done.release()

ident = _thread.start_new_thread(work, (1, 2), {"c": 3})
done.acquire()
print(out["args"], out["count"], out["ident"] != _thread.get_ident(), type(ident).__name__)
print("start_new alias", _thread.start_new is not None)

# a held lock: timeouts in another thread, release by a thread that does not own it
L = _thread.allocate_lock()
L.acquire()
def try_lock():
    out["nowait"] = L.acquire(False)
    out["timeout"] = L.acquire(timeout=0.05)
    out["blocking"] = L.acquire()   # released by main below
    L.release()
    done.release()
_thread.start_new_thread(try_lock, ())
while "timeout" not in out:
    pass
L.release()
done.acquire()
print("nowait", out["nowait"], "timeout", out["timeout"], "blocking", out["blocking"], L.locked())

# a plain lock may be released by another thread; an RLock may not
L.acquire()
def rel():
    L.release()
    done.release()
_thread.start_new_thread(rel, ())
done.acquire()
print("released by other thread", L.locked())
R = _thread.RLock()
R.acquire()
def rel_r():
    try:
        R.release()
    except RuntimeError as e:
        out["rlock"] = str(e)
    out["owned_there"] = R._is_owned(), R._recursion_count()
    out["try_there"] = R.acquire(False)
    done.release()
_thread.start_new_thread(rel_r, ())
done.acquire()
print(out["rlock"], out["owned_there"], out["try_there"], R._is_owned())
R.release()

# _local: each thread its own attributes, __init__ run again in each thread
class Local(_thread._local):
    def __init__(self, tag):
        self.tag = tag
        self.inits = getattr(self, "inits", 0) + 1
loc = Local("t")
loc.x = "main"
def use_local():
    out["local"] = (hasattr(loc, "x"), loc.tag, loc.inits, sorted(loc.__dict__))
    loc.x = "thread"
    done.release()
_thread.start_new_thread(use_local, ())
done.acquire()
print(out["local"], loc.x, sorted(loc.__dict__))

# _set_sentinel: released when the thread that made it ends
def with_sentinel():
    out["sentinel"] = _thread._set_sentinel()
    done.release()
_thread.start_new_thread(with_sentinel, ())
done.acquire()
out["sentinel"].acquire()
print("sentinel released", out["sentinel"].locked())

# exceptions escaping the thread function: the report is complete once
# the thread no longer counts
sys.stderr = sys.stdout
class Func:
    def __init__(self, exc):
        self.exc = exc
    def __call__(self):
        out["s"] = _thread._set_sentinel()
        done.release()
        raise self.exc
    def __repr__(self):
        return "<Func %s>" % type(self.exc).__name__
def run(f, *args):
    _thread.start_new_thread(f, *args)
    done.acquire()       # it runs: _count() counts it
    out["s"].acquire()
    while _thread._count():   # it has reported and gone
        pass
run(Func(ValueError("bad value")), ())
run(Func(SystemExit(2)), ())
run(Func(KeyError("k")), (), {})
def exiting():
    out["s"] = _thread._set_sentinel()
    done.release()
    _thread.exit()
run(exiting, ())
print("end")
