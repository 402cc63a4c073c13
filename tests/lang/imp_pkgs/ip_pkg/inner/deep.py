print("running ip_pkg.inner.deep, package", __package__)
from .. import sub_b
from ..sub_a import A
from . import __name__ as inner_name
from .. import inner as myself
DEEP = (sub_b.B, A, inner_name, myself.__name__)
