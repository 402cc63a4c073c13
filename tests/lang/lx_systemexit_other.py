# SystemExit with a non-int, non-str code: str() of it goes to stderr and
# the status is 1; raised from a nested function.
def deep():
    raise SystemExit(["list", "code"])
def mid():
    deep()
print("before")
mid()
