# Runaway recursion ends in RecursionError, never a crash; it can be
# caught, and the program goes on.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print("repr recursion caught")
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
