# An uncaught exception group with nesting, causes inside, and notes.
def fail(kind, n):
    raise kind("task %d failed" % n)

def gather():
    errors = []
    for i, kind in enumerate([ValueError, KeyError, TypeError]):
        try:
            fail(kind, i)
        except Exception as e:
            errors.append(e)
    inner = ExceptionGroup("inner batch", errors[1:])
    inner.add_note("retried twice")
    return ExceptionGroup("all tasks", [errors[0], inner])

def main():
    eg = gather()
    try:
        raise eg
    except* TypeError:
        print("handled the TypeError")

main()
