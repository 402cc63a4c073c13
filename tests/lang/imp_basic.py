# Importing a plain module from a folder on sys.path: its attributes,
# its spec, caching in sys.modules, `import x as y`, __import__.
import sys
sys.path.insert(0, sys.path[0] + "/imp_pkgs")

import ip_plain
print(ip_plain.VALUE, ip_plain.double(4), ip_plain.__doc__)
print(ip_plain.__name__, ip_plain.__package__, repr(ip_plain.__package__))
print(ip_plain.__file__)
print(ip_plain.__cached__.endswith(".pyc"), "/__pycache__/ip_plain." in ip_plain.__cached__)
print(ip_plain)
print(type(ip_plain.__builtins__).__name__, ip_plain.__builtins__ is __builtins__.__dict__)
print(ip_plain.__loader__.__class__.__name__, ip_plain.__loader__.name, ip_plain.__loader__.path)
print(ip_plain.__loader__.is_package("ip_plain"), ip_plain.__loader__.get_filename())
spec = ip_plain.__spec__
print(type(spec).__name__, spec.name, spec.origin, spec.parent == "", spec.has_location)
print(spec.submodule_search_locations, spec.loader is ip_plain.__loader__, spec.cached == ip_plain.__cached__)
print(getattr(spec, "_initializing", "absent"))

# a second import runs nothing and gives the same object
import ip_plain as again
print(again is ip_plain, sys.modules["ip_plain"] is ip_plain)
m = __import__("ip_plain")
print(m is ip_plain)

# deleting it from sys.modules makes the next import run it again
del sys.modules["ip_plain"]
import ip_plain
print(ip_plain is again, ip_plain.VALUE)

# the main module
print(__name__, sys.modules["__main__"].__name__, __spec__, __file__)
print("ip_plain" in dir(sys.modules["__main__"]))

# missing modules
for name in ["ip_nonexistent", "ip_nonexistent.sub", "ip_notpkg.sub"]:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, "| name:", e.name, "| path:", e.path)
try:
    import ip_nonexistent
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ImportError))

# a module found by the path finder: types are importable too
import types
print(types.ModuleType is type(sys), types.SimpleNamespace is type(sys.implementation))
mt = types.ModuleType("made", "doc")
print(mt, mt.__name__, mt.__doc__, mt.__spec__, mt.__loader__, mt.__package__)
mt.attr = 1
print(mt.attr, sorted(vars(mt)))
try:
    mt.missing
except AttributeError as e:
    print(e)
ns = types.SimpleNamespace(b=2, a=1)
print(ns, ns == types.SimpleNamespace(b=2, a=1), ns.a)
ns.c = [ns]
print(ns)

# module-level __getattr__ (PEP 562)
import ip_getattr
print(ip_getattr.dynamic)
try:
    ip_getattr.other
except AttributeError as e:
    print(e)
from ip_getattr import dynamic
print(dynamic)
