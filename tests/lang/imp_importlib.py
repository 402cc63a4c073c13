# CPython's importlib package under Taipan: import_module (absolute,
# relative, errors), reload (re-executes, same object), find_spec,
# util helpers, machinery names, invalidate_caches.
import sys
sys.path.insert(0, sys.path[0] + "/imp_pkgs")
import importlib
import importlib.util
import importlib.machinery

m = importlib.import_module("ip_plain")
print(m.__name__, m is sys.modules["ip_plain"], m.VALUE)
sub = importlib.import_module(".sub_a", "ip_pkg")
print(sub.__name__, sub is sys.modules["ip_pkg.sub_a"])
print(importlib.import_module("ip_pkg") is sys.modules["ip_pkg"])

for args in [("no_such_module_xyz",), (".sub",), ("..x", "ip_pkg"), ("ip_plain.nope",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

c = importlib.import_module("ip_counter")
print("runs", c.RUNS)
again = importlib.reload(c)
print("reload same object", again is c, "runs", c.RUNS)
try:
    importlib.reload("ip_counter")
except TypeError as e:
    print("TypeError", e)

spec = importlib.util.find_spec("ip_plain")
print(spec.name, spec.origin.endswith("ip_plain.py"), spec.parent == "")
print(importlib.util.find_spec("no_such_module_xyz"))
print(importlib.util.find_spec("ip_pkg.sub_b").name)
print(importlib.util.resolve_name(".sub", "ip_pkg"), importlib.util.resolve_name("x", None))
print(len(importlib.util.MAGIC_NUMBER), type(importlib.util.MAGIC_NUMBER).__name__)
p = importlib.util.cache_from_source("/tmp/x/mod.py")
print(p.startswith("/tmp/x/__pycache__/mod."), p.endswith(".pyc"))
print(importlib.util.source_from_cache(p))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.invalidate_caches())
fresh = importlib.util.module_from_spec(importlib.util.find_spec("ip_plain"))
print(fresh is m, fresh.__name__, hasattr(fresh, "VALUE"))
spec.loader.exec_module(fresh)
print(fresh.VALUE == m.VALUE)
