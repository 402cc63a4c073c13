# Binding __debug__ is a compile-time error, even deep inside a function
# that never runs; reading it is fine.
print("never printed", __debug__)
def never_called():
    for i in range(3):
        total, __debug__ = i, False
