# Namespace packages: folders without __init__.py, found in several
# sys.path entries, make one package whose __path__ lists them all.
import sys
base = sys.path[0] + "/imp_pkgs"
sys.path[0:0] = [base, base + "/ip_ns1", base + "/ip_ns2"]

import ip_nspkg
print(ip_nspkg.__file__, ip_nspkg.__spec__.origin, ip_nspkg.__spec__.has_location)
print([p.replace(base, "<B>") for p in ip_nspkg.__path__])
print(type(ip_nspkg.__loader__).__name__, ip_nspkg.__spec__.loader is ip_nspkg.__loader__)
print(ip_nspkg.__package__, ip_nspkg.__spec__.parent, ip_nspkg.__spec__.submodule_search_locations is not None)
print(getattr(ip_nspkg, "__cached__", "no __cached__"))
import ip_nspkg.two
print(ip_nspkg.two.TWO, ip_nspkg.one.ONE)
from ip_nspkg.nested import leaf
print(leaf.LEAF, leaf.__package__)
import ip_nspkg.nested
print(ip_nspkg.nested.__file__, len(list(ip_nspkg.nested.__path__)))
try:
    import ip_nspkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# a regular module found later wins over a namespace portion found first
import ip_mixed
print(ip_mixed.KIND, ip_mixed.__file__.replace(base, "<B>"))
