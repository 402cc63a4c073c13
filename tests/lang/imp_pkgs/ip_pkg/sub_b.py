print("running ip_pkg.sub_b, package", __package__)
from . import sub_a
from .sub_a import A as AA
from . import PKG_CONST
B = "b" + AA + PKG_CONST
