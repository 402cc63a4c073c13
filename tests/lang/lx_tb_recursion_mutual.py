# Uncaught RecursionError from mutual recursion: the repeated pair of
# frames is printed with "[Previous line repeated N more times]".
def ping(n):
    return pong(n + 1)

def pong(n):
    return ping(n + 1)

print("start")
ping(0)
