# Packages: __init__, submodules, relative imports, __path__, binding
# of submodules in their parent, `import a.b.c` and `import a.b as x`.
import sys
sys.path.insert(0, sys.path[0] + "/imp_pkgs")

import ip_pkg
print(ip_pkg.A, ip_pkg.PKG_CONST, ip_pkg.sub_a.A)
print(ip_pkg.__name__, ip_pkg.__package__, ip_pkg.__file__)
print(ip_pkg.__path__, ip_pkg.__spec__.submodule_search_locations)
print(ip_pkg.__spec__.parent, ip_pkg.__spec__.origin)
print(ip_pkg.__loader__.is_package("ip_pkg"))
print(ip_pkg)
print(hasattr(ip_pkg, "sub_b"))

import ip_pkg.inner.deep
print(ip_pkg.inner.deep.DEEP)
print(hasattr(ip_pkg, "sub_b"), ip_pkg.sub_b.B)
print(ip_pkg.inner.deep.__package__, ip_pkg.inner.__package__, ip_pkg.sub_b.__package__)
print(ip_pkg.inner.deep.__spec__.parent, ip_pkg.inner.__spec__.parent)

import ip_pkg.inner.deep as deep
print(deep.__name__, deep is sys.modules["ip_pkg.inner.deep"])
from ip_pkg.inner import deep as deep2
print(deep2 is deep)
from ip_pkg import sub_a, sub_b
print(sub_a.A, sub_b.B)

mod = __import__("ip_pkg.inner.deep")
print(mod.__name__)
mod = __import__("ip_pkg.inner.deep", fromlist=["DEEP"])
print(mod.__name__)
mod = __import__("ip_pkg.inner", fromlist=["deep"])
print(mod.__name__, mod.deep.__name__)
mod = __import__("inner", globals={"__package__": "ip_pkg"}, level=1)
print(mod.__name__)
mod = __import__("inner.deep", globals={"__package__": "ip_pkg"}, level=1)
print(mod.__name__)
mod = __import__("", globals={"__package__": "ip_pkg.inner"}, fromlist=["deep"], level=2)
print(mod.__name__)
mod = __import__("sub_a", globals={"__name__": "ip_pkg.x"}, level=1)
print(mod.__name__)
mod = __import__("sub_a", globals={"__name__": "ip_pkg", "__path__": []}, level=1)
print(mod.__name__)

# fromlist naming a submodule that does not exist is not an error here
mod = __import__("ip_pkg", fromlist=["no_such_sub"])
print(mod.__name__)
try:
    from ip_pkg import no_such_sub
except ImportError as e:
    print(type(e).__name__, e, e.name)

try:
    import ip_pkg.bad_rel
except ImportError as e:
    print(type(e).__name__, e)
print("ip_pkg.bad_rel" in sys.modules)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e)
try:
    from .. import something
except ImportError as e:
    print(type(e).__name__, e)

for args in [(1,), ("",), ("x", None, None, (), -1), ("x", {}, None, (), 1),
             ("x", {"__package__": 1}, None, (), 1), ("x", {"__name__": "a"}, None, (), 1),
             ("x", {"__name__": "a.b"}, None, (), 3), ("x", 5, None, (), 1),
             ("x", None, None, (), "1"), ("ip_pkg", None, None, [1])]:
    try:
        print(__import__(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__(name="sys", bogus=1)
except TypeError as e:
    print(e)
print(__import__(name="sys").__name__)

print(sorted(k for k in sys.modules if k.startswith("ip_pkg")))
