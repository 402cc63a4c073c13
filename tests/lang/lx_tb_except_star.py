# except* handlers that raise: the new exceptions and the unhandled rest
# come out as one group whose traceback shows the handlers.
def work():
    raise ExceptionGroup("jobs", [ValueError("bad input"), KeyError("missing"), OSError("disk")])

def main():
    try:
        work()
    except* ValueError as g:
        raise RuntimeError("could not recover") from g.exceptions[0]
    except* KeyError:
        print("key errors ignored")

main()
