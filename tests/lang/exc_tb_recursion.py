# Unbounded recursion, uncaught: the repeated-line folding.
def rec(n):
    return rec(n + 1)
rec(0)
