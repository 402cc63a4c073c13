# A wide and deep exception group: more than 15 members and more than 10
# levels are elided the way CPython draws them.
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup("level %d" % n, [deep(n - 1)])

wide = ExceptionGroup("wide", [IndexError(i) for i in range(18)])
raise ExceptionGroup("top", [wide, deep(12)])
