import ip_plain as plain_alias
x = 10
y = 20
_z = 30
__secret__ = 40


def func():
    return "func"
