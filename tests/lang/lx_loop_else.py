# for/else and while/else with break, continue and nested loops.
def find(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i

print(find([1, 2, 3], 2))
print(find([1, 2, 3], 9))
print(find([], 0))

def countdown(n):
    while n > 0:
        n -= 1
        if n == 2:
            continue
        print("tick", n)
    else:
        print("while-else ran, n =", n)

countdown(4)

def wbreak():
    n = 0
    while True:
        n += 1
        if n > 3:
            break
    else:
        print("never")
    print("after", n)
wbreak()

# a break in an inner loop does not skip the outer else
for i in range(2):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else", i)
else:
    print("outer else")

# continue on the last iteration still runs the else
for k in range(3):
    if k == 2:
        continue
else:
    print("else after continue, k =", k)

# the else sees loop variables; an empty loop leaves them unbound
for q in "":
    pass
else:
    print("empty for else")
try:
    q
except NameError as e:
    print(type(e).__name__, e)

# else with a while whose condition is false at once
x = 0
while x:
    print("body")
else:
    print("while false else")

# break out of for/else inside try/finally
def guarded():
    for i in range(5):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    else:
        print("no")
    return i
print(guarded())

# a search with flag versus with else
primes = []
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
