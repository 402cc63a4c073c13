/* Docstrings of the builtin types, by type name. A static type may set
 * its own `.doc`; for the others type_ready finds the text here, so
 * `int.__doc__`, `list.__doc__`, ... are strings as in CPython (the
 * wording is Taipan's own). Types missing from the table have
 * `__doc__` None. */
#include <string.h>
#include "typedocs.h"

static const struct {
    const char *name, *doc;
} typedocs[] = {
    { "object", "The base class of every class.\n\nobject() takes no arguments and returns a new "
                "featureless instance." },
    { "type", "type(object) -> the type of the object\n"
              "type(name, bases, dict, **kwds) -> a new type" },
    { "int", "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
             "Convert a number or a string to an integer; with no argument, return 0." },
    { "bool", "bool(x) -> bool\n\nTrue when the argument is true, False otherwise." },
    { "float", "Convert a string or a number to a floating point number, if possible." },
    { "complex", "Create a complex number from a real part and an optional imaginary part." },
    { "str", "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
             "Create a string from the given object." },
    { "bytes", "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
               "bytes(int) -> bytes of size given by the parameter, zero-filled\n"
               "bytes() -> empty bytes object\n\nAn immutable sequence of bytes." },
    { "bytearray", "bytearray(iterable_of_ints) -> bytearray\n"
                   "bytearray(string, encoding[, errors]) -> bytearray\n"
                   "bytearray(int) -> zero-filled bytearray of that size\n"
                   "bytearray() -> empty bytearray\n\nA mutable sequence of bytes." },
    { "list", "A mutable sequence; built empty, or from the items of an iterable." },
    { "tuple", "An immutable sequence; built empty, or from the items of an iterable." },
    { "dict", "dict() -> new empty dictionary\n"
              "dict(mapping) -> new dictionary with the mapping's (key, value) pairs\n"
              "dict(iterable) -> new dictionary from an iterable of pairs\n"
              "dict(**kwargs) -> new dictionary with the given name=value pairs" },
    { "set", "set() -> new empty set\nset(iterable) -> new set of the iterable's items\n\n"
             "An unordered collection of distinct elements." },
    { "frozenset", "frozenset() -> empty frozenset\nfrozenset(iterable) -> frozenset of its items\n\n"
                   "An immutable unordered collection of distinct elements." },
    { "range", "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n"
               "A virtual sequence of integers from start to stop by step." },
    { "slice", "slice(stop)\nslice(start, stop[, step])\n\n"
               "A slice object, as made by a[start:stop:step]." },
    { "memoryview", "Create a memoryview that references the given object's buffer." },
    { "enumerate", "An iterator of (count, item) pairs over an iterable." },
    { "zip", "An iterator of tuples taking one item from each of the iterables." },
    { "map", "An iterator applying a function to the items of the iterables." },
    { "filter", "An iterator of the items of an iterable for which a function is true." },
    { "reversed", "An iterator over the items of a sequence, last first." },
    { "property", "Property attribute: fget gets, fset sets, fdel deletes the attribute; "
                  "doc is its docstring." },
    { "classmethod", "classmethod(function) -> method\n\n"
                     "Turn a function into a class method: it receives the class as its first "
                     "argument." },
    { "staticmethod", "staticmethod(function) -> method\n\n"
                      "Turn a function into a static method: it receives no implicit first "
                      "argument." },
    { "super", "super() -> same as super(__class__, <first argument>)\n"
               "super(type) -> unbound super object\n"
               "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
               "super(type, type2) -> bound super object; requires issubclass(type2, type)" },
    { "function", "Create a function object from a code object and a globals dict." },
    { "method", "Create a bound instance method object." },
    { "module", "Create a module object; name must be a string, doc is optional." },
    { "cell", "Create a new cell object, empty or holding the given contents." },
    { "NoneType", NULL },
    { "mappingproxy", "A read-only proxy of a mapping." },
    { "code", "Create a code object. Not for the faint of heart." },
};

const char *typedocs_find(const char *name)
{
    for (size_t i = 0; i < sizeof typedocs / sizeof typedocs[0]; i++)
        if (strcmp(typedocs[i].name, name) == 0)
            return typedocs[i].doc;
    return NULL;
}
