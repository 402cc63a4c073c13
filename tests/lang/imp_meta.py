# The import protocol from Python: a finder on sys.meta_path with
# find_spec, its loader's create_module/exec_module, packages served by
# such a finder, an old-style find_module finder, sys.path_hooks and
# sys.path_importer_cache, sys.modules entries set to None, and
# builtins.__import__ replaced.
import sys
import builtins
base = sys.path[0] + "/imp_pkgs"
sys.path.insert(0, base)

ModuleSpec = type(sys.__spec__)
print(ModuleSpec.__name__, [f.__name__ for f in sys.meta_path[-3:]])

SOURCES = {
    "virt": "NAME = __name__\nPKG = __package__\n",
    "virt.child": "from . import NAME as parent_name\nCHILD = __name__\n",
    "virt_plain": "import sys\nVALUE = len(sys.argv)\n",
}
log = []


class Loader:
    def create_module(self, spec):
        log.append(("create", spec.name))
        return None

    def exec_module(self, module):
        log.append(("exec", module.__name__))
        exec(SOURCES[module.__name__], module.__dict__)


class Finder:
    def find_spec(self, name, path, target=None):
        log.append(("find", name, path))
        if name not in SOURCES:
            return None
        return ModuleSpec(name, Loader(), origin="virtual", is_package=name == "virt")


finder = Finder()
sys.meta_path.insert(0, finder)
import virt.child
print(virt.NAME, virt.PKG, virt.child.CHILD, virt.child.parent_name, virt.child.__package__)
print(virt.__path__, virt.__spec__.origin, virt.__spec__.parent, virt.child.__spec__.parent)
print(virt.__file__ if hasattr(virt, "__file__") else "no __file__", type(virt.__loader__).__name__)
print(repr(virt).startswith("<module 'virt' (virtual)>"), virt.__spec__.has_location)
import virt_plain
print(virt_plain.VALUE)
import ip_plain
print([e for e in log if e[0] != "find" or e[1].startswith("virt")])
print([e[1] for e in log if e[0] == "find" and not e[1].startswith("virt")])
sys.meta_path.remove(finder)


# a loader that creates the module object itself
class Custom:
    pass


class CreatingLoader:
    def create_module(self, spec):
        obj = Custom()
        obj.made_by = "create_module"
        return obj

    def exec_module(self, module):
        module.executed = True


class Finder2:
    @classmethod
    def find_spec(cls, name, path, target=None):
        if name == "custom_obj":
            return ModuleSpec(name, CreatingLoader())
        return None


sys.meta_path.append(Finder2)
import custom_obj
print(type(custom_obj).__name__, custom_obj.made_by, custom_obj.executed, custom_obj.__name__)
print(custom_obj.__spec__.name, custom_obj.__package__, hasattr(custom_obj, "__file__"))
sys.meta_path.remove(Finder2)


# a loader that defines exec_module but no create_module
class HalfLoader:
    def exec_module(self, module):
        pass


class Finder3:
    def find_spec(self, name, path, target=None):
        return ModuleSpec(name, HalfLoader()) if name == "half" else None


sys.meta_path.insert(0, Finder3())
try:
    import half
except ImportError as e:
    print(type(e).__name__, e)
del sys.meta_path[0]


# a failing exec_module leaves nothing behind
class BadLoader:
    def create_module(self, spec):
        return None

    def exec_module(self, module):
        raise RuntimeError("exec failed for " + module.__name__)


class Finder4:
    def find_spec(self, name, path, target=None):
        return ModuleSpec(name, BadLoader()) if name == "bad_mod" else None


sys.meta_path.insert(0, Finder4())
try:
    import bad_mod
except RuntimeError as e:
    print(type(e).__name__, e, "bad_mod" in sys.modules)
del sys.meta_path[0]

# shadowing through sys.path order
del sys.modules["ip_plain"]
sys.path.insert(0, base + "/ip_shadow")
import ip_plain
print(ip_plain.__file__.replace(base, "<B>"))
del sys.path[0]
del sys.modules["ip_plain"]

# path hooks: a hook that refuses (ImportError) is skipped
seen = []


def hook(entry):
    seen.append(entry.replace(base, "<B>"))
    raise ImportError("not mine")


sys.path_hooks.insert(0, hook)
sys.path.insert(0, base + "/ip_ns1")
sys.path_importer_cache.pop(base + "/ip_ns1", None)
import ip_mixed.part
print(ip_mixed.part.NS, seen[:1])
print(type(sys.path_importer_cache[base + "/ip_ns1"]).__name__)
print(type(sys.path_importer_cache[base]).__name__, sys.path_importer_cache[base].path == base)
sys.path_hooks.remove(hook)

# None in sys.modules stops an import
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
del sys.modules["blocked"]

# builtins.__import__ replaced
calls = []
orig = builtins.__import__


def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, fromlist, level, globals is not None and globals.get("__name__"),
                  locals is globals))
    return orig(name, globals, locals, fromlist, level)


builtins.__import__ = my_import
import ip_notpkg
from ip_pkg import sub_a
from ip_pkg.sub_a import A
builtins.__import__ = orig
# (CPython's importlib calls __import__ from its own code too: skipped)
print([c for c in calls if c[3] == "__main__" or c[3].startswith("ip_")])
