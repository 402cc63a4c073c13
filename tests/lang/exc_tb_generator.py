# An exception escaping a generator through a for loop and a call.
def gen():
    yield 1
    values = {"a": 1}
    yield values["b"]
def consume():
    for v in gen():
        print(v)
consume()
