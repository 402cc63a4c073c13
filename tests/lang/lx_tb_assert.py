# An uncaught AssertionError: 3.11 points the carets at the last
# comparison of the assert's condition, not at the whole statement.
def check_range(lo, value, hi):
    assert isinstance(value, int) and lo <= value < hi, \
        "value %r out of range" % (value,)
    return value

def validate(values):
    return [check_range(0, v, 10) for v in values]

print(validate([1, 5, 9]))
print(validate([1, 50]))
