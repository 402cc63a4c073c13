# Subscript and binary-operation anchors in nested calls.
def get(d, k):
    return d[k]["inner"]
def calc(a, b):
    return a * 2 + get({"x": {"inner": 1}}, b) - a
print(calc(1, "x"))
print(calc(2, "y"))
