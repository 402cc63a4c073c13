"""A plain module."""
print("running ip_plain as", __name__)
VALUE = 42
_private = "hidden"


def double(x):
    return 2 * x
