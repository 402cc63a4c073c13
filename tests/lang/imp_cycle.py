# Import cycles: a module is in sys.modules while its body runs, so a
# cycle sees it partially initialised (with CPython's messages when a
# name is not there yet); a module whose body fails is taken out of
# sys.modules again; a module may replace itself in sys.modules.
import sys
sys.path.insert(0, sys.path[0] + "/imp_pkgs")

try:
    import ip_cyc_a
except AttributeError as e:
    print(type(e).__name__, e)
print("ip_cyc_a" in sys.modules, "ip_cyc_b" in sys.modules)

try:
    import ip_cyc_c
except ImportError as e:
    print(type(e).__name__, e.args[0].replace(sys.path[0], "<P>"))
    print(e.name, e.path == sys.path[0] + "/ip_cyc_c.py")
print("ip_cyc_c" in sys.modules, "ip_cyc_d" in sys.modules)

import ip_cyc_ok_a
print(ip_cyc_ok_a.get(), ip_cyc_ok_a.ip_cyc_ok_b.ip_cyc_ok_a is ip_cyc_ok_a)

try:
    import ip_cycpkg.c
except AttributeError as e:
    print(type(e).__name__, e)
print("ip_cycpkg.c" in sys.modules, hasattr(sys.modules["ip_cycpkg"], "c"))

import ip_cycpkg2
print(ip_cycpkg2.sub.__name__, ip_cycpkg2.sub.sub is ip_cycpkg2.sub)

for attempt in range(2):
    try:
        import ip_fail
    except ValueError as e:
        print(type(e).__name__, e, "ip_fail" in sys.modules)

import ip_replace
print(type(ip_replace).__name__, ip_replace.name, sys.modules["ip_replace"] is ip_replace)
from ip_replace import name
print(name)

# "cannot import name" for a module that is complete
try:
    from ip_plain import nothing_here
except ImportError as e:
    print(type(e).__name__, e.args[0].replace(sys.path[0], "<P>"), e.name)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
