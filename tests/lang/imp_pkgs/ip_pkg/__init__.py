print("running ip_pkg, package", __package__)
from . import sub_a
from .sub_a import A
PKG_CONST = "pkg"
