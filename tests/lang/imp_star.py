# `from m import *`: the names of __all__ (which may name submodules of a
# package, then imported), else every public name of the module.
import sys
sys.path.insert(0, sys.path[0] + "/imp_pkgs")

from ip_star_all import *
print(a, b, _c, "d" in globals())

from ip_star_pub import *
print(x, y, func(), plain_alias.VALUE, "_z" in globals(), "__secret__" in globals())

from ip_star_pkg import *
print(X, subm.S, "ip_star_pkg.subm" in sys.modules)

try:
    from ip_star_bad import *
except TypeError as e:
    print(type(e).__name__, e)
print(ok)
try:
    from ip_star_missing import *
except AttributeError as e:
    print(type(e).__name__, e)
print(here)

import types
m = types.ModuleType("synthetic")
m.pub = 1
m.__dict__[5] = "int key"
sys.modules["synthetic"] = m
try:
    from synthetic import *
except TypeError as e:
    print(type(e).__name__, e)
print(pub)
m.__all__ = ("pub",)
del m.__dict__[5]
from synthetic import *
m.__all__ = {"pub"}
try:
    from synthetic import *
except TypeError as e:
    print(type(e).__name__, e)


class NoDict:
    pass


sys.modules["nodict"] = 5
try:
    from nodict import *
except ImportError as e:
    print(type(e).__name__, e)
names = sorted(k for k in globals() if not k.startswith("__"))
print(names)
