# encode/decode round trips through every codec, over text from every UTF-8 length class
samples = ["", "plain ASCII", "\x00\x01\x7f", "latin: àéîõü ÿ", "cp1252: €‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ",
           "greek: αβγ ΣΩ", "cjk: 日本語 中文 한국어", "astral: 😀🎉𝄞\U0010ffff", "mixed: a\u0301e\u0308 ﬁ ß"]
codecs = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
          "latin-1", "ascii", "cp1252"]
for enc in codecs:
    ok, failed, sizes = 0, [], []
    for s in samples:
        try:
            b = s.encode(enc)
        except UnicodeEncodeError as e:
            failed.append((samples.index(s), e.start, e.end))
            continue
        sizes.append(len(b))
        if b.decode(enc) == s and bytearray(b).decode(enc) == s and str(memoryview(b), enc) == s:
            ok += 1
    print(f"{enc:10} ok={ok} sizes={sizes} failed={failed}")
for enc in codecs:
    lossy = samples[-3].encode(enc, "replace").decode(enc, "replace")
    print(f"{enc:10} {ascii(lossy)}")
blob = bytes(range(256))
for enc in ["latin-1", "cp1252", "ascii", "utf-8", "utf-16-le", "utf-32-be"]:
    text = blob.decode(enc, "surrogateescape") if enc not in ("utf-16-le", "utf-32-be") else blob.decode(enc, "replace")
    back = text.encode(enc, "surrogateescape") if enc not in ("utf-16-le", "utf-32-be") else None
    print(f"{enc:10} {len(text):4} {back == blob if back is not None else '-'} {ascii(text[120:136])}")
