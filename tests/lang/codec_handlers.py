# every error handler on one text, for each codec that can fail
text = "Ab\x7f\x80é€\u0100\U0001f600\udcff\ud800z"
handlers = ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"]
for enc in ["ascii", "latin-1", "cp1252", "utf-8", "utf-16-le", "utf-32-be"]:
    print("--", enc)
    for h in handlers:
        try:
            print(h, text.encode(enc, h))
        except UnicodeEncodeError as e:
            print(h, "UnicodeEncodeError", e.start, e.end, e.reason)
raw = b"Ab\x7f\x80\xc3\xa9\xe2\x82\xac\xed\xa0\x80\xf0\x9f\x98\x80\xff\xfez"
for enc in ["ascii", "utf-8", "cp1252", "utf-16-le", "utf-32-le"]:
    print("--", enc)
    for h in handlers:
        try:
            print(h, repr(raw.decode(enc, h)))
        except UnicodeDecodeError as e:
            print(h, "UnicodeDecodeError", e.start, e.end, e.reason)
        except TypeError as e:
            print(h, "TypeError", e)
