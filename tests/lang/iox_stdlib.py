# Standard-library users of the _io streams: json, pprint, logging, TextIOWrapper as a json target.
import io, json, pprint, logging
s = io.StringIO()
json.dump({"a": [1, 2, {"b": "é"}]}, s, indent=1)
print(s.getvalue())
print(json.load(io.StringIO('{"x": [1, 2]}')))
s = io.StringIO()
pprint.pprint({"k%d" % i: list(range(i)) for i in range(6)}, stream=s, width=40)
print(s.getvalue())
s = io.StringIO()
h = logging.StreamHandler(s)
lg = logging.getLogger("t"); lg.addHandler(h); lg.warning("warn %d", 5)
print(repr(s.getvalue()))
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
json.dump([1, "ü"], w); w.seek(0); print(w.read())
import textwrap
print(textwrap.fill("word " * 20, 30))
