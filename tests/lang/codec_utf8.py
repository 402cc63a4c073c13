# UTF-8 encode/decode: every sequence length, invalid input and its error positions
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "ascii", "é", "€", "😀", "aé€😀z", "\x00\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff"]:
    e = s.encode()
    print(repr(s), e, len(e), e.decode() == s, s.encode("utf-8") == s.encode("UTF8") == e)
bad = [b"\x80", b"\xbf", b"\xc0\x80", b"\xc1\xbf", b"\xc2", b"\xc2\x41", b"\xe0\x80\x80", b"\xe0\xa0", b"\xed\xa0\x80",
       b"\xed\xbf\xbf", b"\xef\xbf", b"\xf0\x80\x80\x80", b"\xf0\x90\x80", b"\xf4\x90\x80\x80", b"\xf5\x80\x80\x80",
       b"\xf8\x88\x80\x80\x80", b"\xff", b"\xfe\xff", b"ab\xe2\x82", b"ab\xe2\x82x", b"\xc3\xa9\xff\xc3\xa9"]
for b in bad:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(b, e.start, e.end, e.reason, "|", b.decode(errors="replace"), b.decode("utf-8", "ignore"),
              b.decode("utf-8", "backslashreplace"))
t(lambda: b"\xff".decode())
t(lambda: b"ok \xc3\xa9 \xe2\x82".decode())
t(lambda: b"\xe2\x82\xac\xe2\x82".decode("utf-8"))
t(lambda: "a\ud800b".encode())
t(lambda: "a\ud800\udfffb".encode("utf-8"))
t(lambda: "\ud83d\ude00".encode("utf-8", "replace"))
t(lambda: "\udc80".encode("utf-8", "ignore"))
print(bytearray("é€", "utf-8"), str(b"\xc3\xa9", "utf-8"), str(bytearray(b"\xe2\x82\xac"), "utf8"), str(memoryview(b"ok"), "u8"))
text = "Grüße, 世界! 😀" * 3
blob = text.encode()
print(len(text), len(blob), blob.decode() == text, blob[:10].decode(errors="ignore"), blob[:10].decode("utf-8", "replace"))
