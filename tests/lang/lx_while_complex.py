# while loops: complex conditions, nested loops with flags, break from
# inside try and with, continue skipping else-less bodies, side effects.
def collatz(n):
    steps = 0
    while n != 1 and steps < 1000:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in (1, 6, 7, 27)])

i, found = 0, None
while i < 10 and found is None:
    j = 0
    while j < 10:
        if i * j == 42:
            found = (i, j)
            break
        j += 1
    i += 1
print(found, i)

class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("  exit ctx")
        return False

n = 0
while True:
    n += 1
    with Ctx():
        if n == 2:
            break
print("left at", n)

queue = [3, 0, 2, 0, 1]
processed = []
while queue:
    item = queue.pop(0)
    if item == 0:
        continue
    processed.append(item)
    if item > 1:
        queue.append(item - 1)
print(processed)

# the condition is re-evaluated each time, with side effects
calls = 0
def more():
    global calls
    calls += 1
    return calls < 4
while more():
    pass
print("condition called", calls, "times")

# while with walrus and else
data = iter([1, 2, 3])
total = 0
while (v := next(data, None)) is not None:
    total += v
else:
    print("else after exhausting, total", total)

# break inside try/except inside while
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
        break
    except ConnectionError as e:
        print("  attempt", attempts, e)
print("succeeded after", attempts)

# while False never runs its body but does run else
while False:
    print("never")
else:
    print("while False else")

# nested while/else with break only in the inner loop
outer = 0
while outer < 2:
    inner = 0
    while inner < 5:
        if inner == outer:
            break
        inner += 1
    else:
        print("inner else never")
    outer += 1
else:
    print("outer else, outer =", outer)
