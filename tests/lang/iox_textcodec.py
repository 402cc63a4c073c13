# _io.TextIOWrapper's incremental codecs: characters split across reads, byte-order marks, decode errors and their positions, tell/seek at every character.
import _io
def err(f,*a,**k):
    try: print('ok', repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
def rd(data, enc, errors='strict', chunk=1, n=-1, newline=None):
    t = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, errors=errors, newline=newline)
    t._CHUNK_SIZE = chunk
    if n < 0:
        return t.read()
    out = []
    while True:
        c = t.read(n)
        if not c: break
        out.append(c)
    return out
for data in [b'a\xe2\x82\xacb', b'a\xe2\x82', b'a\xe2\x82x', b'\xed\xa0\x80z', b'\xf0\x9f\x98', b'\xf0\x9f\x98\x80!', b'\xc3', b'\xc3\xa9\xff\xc3', b'\xf4\x90\x80\x80', b'\xe0\x80\x80']:
    for errors in ['strict', 'replace', 'surrogateescape', 'backslashreplace']:
        for chunk in [1, 2, 100]:
            err(rd, data, 'utf-8', errors, chunk)
        err(rd, data, 'utf-8', errors, 1, 1)
for data in [b'\xff\xfea\x00\x00\xd8\x00\xdcb\x00', b'\xff\xfea\x00\x00\xd8', b'\xfe\xff\x00a\xd8\x00\xdc\x00', b'\xff\xfea', b'a', b'', b'\xff', b'\x00\xdcz\x00']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        for errors in ['strict', 'replace', 'surrogatepass']:
            err(rd, data, enc, errors, 1)
            err(rd, data, enc, errors, 3, 1)
for data in [b'\xff\xfe\x00\x00a\x00\x00\x00\x00\x00\x11\x00', b'\x00\x00\xfe\xff\x00\x00\x00a', b'a\x00\x00\x00', b'\xff\xfe\x00']:
    for enc in ['utf-32', 'utf-32-le', 'utf-32-be']:
        err(rd, data, enc, 'strict', 1)
        err(rd, data, enc, 'replace', 5, 1)
for data in [b'\xef\xbb\xbfabc', b'\xef\xbbabc', b'\xef', b'abc\xef\xbb\xbf', b'']:
    err(rd, data, 'utf-8-sig', 'strict', 1)
    err(rd, data, 'utf-8-sig', 'replace', 2, 1)
for enc in ['ascii', 'latin-1', 'cp1252']:
    err(rd, b'a\x80\x81\xff\r\nb', enc, 'strict', 2)
    err(rd, b'a\x80\x81\xff\r\nb', enc, 'replace', 2, 1, '')
# tell/seek round trip with multi-byte decoders at every position
for enc in ['utf-8', 'utf-16', 'utf-32-be', 'utf-8-sig']:
    text = 'a€\r\n𝄞b\rc\nd'
    raw = text.encode(enc)
    for nl in [None, '']:
        t = _io.TextIOWrapper(_io.BytesIO(raw), encoding=enc, newline=nl)
        t._CHUNK_SIZE = 3
        cookies = []
        while True:
            cookies.append(t.tell())
            if not t.read(1): break
        print(enc, repr(nl), cookies)
        for i, ck in enumerate(cookies):
            t.seek(ck)
            rest = t.read()
            t.seek(0)
            full = t.read()
            if not full.endswith(rest) or len(full) - len(rest) != i:
                print('bad', i, ck, repr(rest))
