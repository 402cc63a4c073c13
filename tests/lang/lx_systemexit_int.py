# raise SystemExit(3): no traceback, exit status 3; finally blocks run.
def main():
    try:
        print("working")
        raise SystemExit(3)
    finally:
        print("finally runs before exit")

try:
    main()
except Exception:
    print("SystemExit is not an Exception")
