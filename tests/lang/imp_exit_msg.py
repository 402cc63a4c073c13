# sys.exit with a message: printed on stderr, exit status 1; the
# default excepthook is not used for SystemExit.
import sys
print("before exit")
sys.excepthook = lambda *a: print("not called")
sys.exit("leaving with a message")
