# Control flow: if/elif/else, while, for/else, break/continue, match.
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("not reached")
n = 0
while n < 5:
    n += 1
else:
    print("while done", n)
for x in []:
    pass
else:
    print("for else")
def classify(v):
    if v < 0:
        return "neg"
    elif v == 0:
        return "zero"
    else:
        return "pos"
print(classify(-1), classify(0), classify(5))
print("yes" if n else "no", n and 0, 0 or "dflt", None or [] or "last")
i = 0
while True:
    i += 1
    if i == 3:
        break
print(i)
