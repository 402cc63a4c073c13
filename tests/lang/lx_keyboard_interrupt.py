# An uncaught KeyboardInterrupt: the traceback is printed and the process
# ends by SIGINT, as CPython does; finally blocks run first.
def work():
    try:
        raise KeyboardInterrupt
    finally:
        print("finally before the interrupt leaves")

try:
    work()
except Exception:
    print("not caught by except Exception")
