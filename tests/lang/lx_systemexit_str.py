# SystemExit with a string: printed to stderr, exit status 1; an exception
# handler for BaseException can see it first.
try:
    raise SystemExit("fatal: bad config")
except BaseException as e:
    print("seen", type(e).__name__, e.code, e.args)
    raise
