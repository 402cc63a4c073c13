# An uncaught exception raised while handling another, and one raised in a
# finally block: "During handling of the above exception" twice.
def cleanup():
    raise OSError("cleanup failed")

def work():
    try:
        return 1 / 0
    except ZeroDivisionError:
        values = []
        return values[3]

def main():
    try:
        work()
    finally:
        cleanup()

main()
