# The deterministic parts of sys: sizes, versions, flags' shape, the
# struct sequences' behaviour as tuples, hooks, limits, exc_info.
import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform, sys.maxunicode)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info[3:])
print(sys.version_info >= (3, 11), sys.version_info < (3, 12), sys.version_info > (3, 11, 0))
print(sys.version.startswith("3.11."), sys.hexversion >> 16 == 0x30B, type(sys.version_info).__name__)
print(type(sys.version_info).__module__, tuple(sys.version_info)[:2], len(sys.version_info))
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
try:
    type(sys.version_info)((1, 2, 3, "final", 0))
except TypeError as e:
    print(e)
print(len(sys.flags), type(sys.flags).__name__, sys.flags.optimize, sys.flags.debug, sys.flags.inspect)
print(sys.flags.__match_args__[:4], type(sys.flags).n_fields)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, sys.float_info)
fi = type(sys.float_info)
try:
    fi((1,))
except TypeError as e:
    print(e)
print(fi(range(11)).rounds)
print(sys.int_info, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(hash(float("inf")) == sys.hash_info.inf, hash(2**61 - 1), sys.hash_info.algorithm)
print(sorted(set(sys.builtin_module_names) & {"sys", "builtins", "gc"}), isinstance(sys.builtin_module_names, tuple))
print(isinstance(sys.stdlib_module_names, frozenset), {"os", "re", "collections", "sys"} <= sys.stdlib_module_names)
print(len(sys.stdlib_module_names))
print(sys.implementation.name in ("cpython", "taipan"), sys.implementation.cache_tag.endswith("-311"))
print(sys.implementation.version[:1] == sys.implementation.version[:1], type(sys.implementation).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(type(sys.path).__name__, type(sys.modules).__name__, type(sys.meta_path).__name__)
print(type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__)
print(sys.argv[0].endswith("imp_sys.py"), len(sys.argv), isinstance(sys.orig_argv, list))
print(sys.executable.startswith("/"), sys.prefix.startswith("/"), sys.exec_prefix == sys.prefix)
print(sys.warnoptions, sys._xoptions, sys.pycache_prefix, sys.dont_write_bytecode)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(sys.float_repr_style, sys.api_version, sys.abiflags == "", sys.platlibdir)
print(sys.getrecursionlimit())
for bad in [0, -5, 2.5, "x", 2**40]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)


def depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            return str(e).replace(str(sys._getframe().f_back and 0), "0")[:39]
    return depth(n - 1)


print(depth(30))
print(sys.getsizeof(1) > 0, sys.getsizeof([], "dflt") > 0, sys.getsizeof(object()) > 0)


class NoSize:
    def __sizeof__(self):
        return -1


try:
    sys.getsizeof(NoSize())
except ValueError as e:
    print(e)
print(sys.intern("hello" + str(1)) is sys.intern("hello1"))
for bad in [1, b"x"]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print(e)
print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v)


def gen():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exception()
        yield sys.exc_info()[0]


g = gen()
print(repr(next(g)), sys.exception())
print(next(g))


def who():
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name


print(who(), sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
for code in [None, 0, 3, "text"]:
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    sys.exit()
except SystemExit as e:
    print(e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(e)
print(sys.getswitchinterval(), sys.is_finalizing(), sys.gettrace(), sys.getprofile())
events = []
sys.addaudithook(lambda ev, args: events.append((ev, args)) if ev.startswith("my.") else None)
sys.audit("my.event", 1, "two")
print(events)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(4300)
sys.exit(7)
