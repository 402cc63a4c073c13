# Control flow through try/finally/with: break, continue, return.
def f1():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no else after break")
    return "f1 done"
print(f1())

def f2():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(f2())

def f3():
    try:
        return "try"
    finally:
        return "finally wins"
print(f3())

def f4():
    for i in range(3):
        try:
            try:
                raise ValueError(i)
            finally:
                if i == 0:
                    continue
        except ValueError as e:
            print("caught", e)
            if i == 2:
                return "f4 returns"
print(f4())

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False
def f5():
    with CM("a") as a, CM("b") as b:
        print("inside", a, b)
        return "f5 returns"
print(f5())
def f6():
    for i in range(3):
        with CM(i):
            if i == 1:
                break
    return i
print(f6())
try:
    with CM("raises"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

def f7():
    while True:
        try:
            try:
                return 1
            finally:
                print("inner finally")
        finally:
            print("outer finally")
print(f7())

def f8():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError as e:
            return repr(e.__context__)
print(f8())

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
else:
    print("not reached")
print("n =", n)
for i in []:
    pass
else:
    print("for-else on empty")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
for v in g:
    print("got", v)
    break
g.close()
print("after close")

def chain(a, b, c):
    return a < b < c, a == b == c, a < b > c
print(chain(1, 2, 3), chain(2, 2, 2), chain(1, 3, 2))
print(1 if 0 else 2, 0 or "" or "last", 1 and 2 and 3, not 0)
x = [1, 2, 3]
print(2 in x, 5 not in x, x is x, x is not None)
