# Recursion: naive Fibonacci and Takeuchi's function. Almost every
# instruction is a call, a return, a compare or a small-int add, so this
# measures the cost of a Python-to-Python call.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


print("fib(34) =", fib(34))
print("tak(26, 18, 9) =", tak(26, 18, 9))
