# At exit threading._shutdown() joins non-daemon threads (their output comes
# after the main program's), while a daemon thread blocked forever does not
# keep the process alive; atexit functions run after the join.
import atexit
import threading

atexit.register(lambda: print("atexit runs after the join"))
go = threading.Event()
def worker(i):
    go.wait()
    for _ in range(3):
        pass
    print("worker", i, "finished")
def forever():
    threading.Event().wait()
d = threading.Thread(target=forever, daemon=True)
d.start()
t = threading.Thread(target=worker, args=(1,))
t.start()
print("daemon", d.daemon, "alive", d.is_alive(), t.is_alive())
print("main program done")
go.set()
