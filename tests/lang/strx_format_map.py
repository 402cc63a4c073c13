# str.format_map with dicts, dict subclasses with __missing__, and plain mappings
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
class Mapping:
    def __getitem__(self, key):
        if key == "boom":
            raise RuntimeError("lookup failed")
        return key.upper()
print("{name} is {age}".format_map({"name": "Ann", "age": 30}))
print("{a} {b} {c}".format_map(Default(a=1)))
print("{x.real} {y[0]} {z!r:>6}".format_map({"x": 3 + 4j, "y": [9], "z": "q"}))
print("{hello} {world:^9}|".format_map(Mapping()))
print("{0}".format_map({"0": "string key"}) if False else "positional not allowed:")
t(lambda: "{0}".format_map({}))
t(lambda: "{}".format_map({}))
t(lambda: "{missing}".format_map({}))
t(lambda: "{boom}".format_map(Mapping()))
t(lambda: "{a}".format_map([1]))
t(lambda: "{a}".format_map(None))
t(lambda: "{a}".format_map())
t(lambda: "{a}".format_map({}, {}))
t(lambda: "no fields".format_map(5))
t(lambda: "{a}".format_map(Default()))
t(lambda: "{a[x]}".format_map({"a": {"x": "nested"}}))
t(lambda: "{a.b}".format_map(Default()))
