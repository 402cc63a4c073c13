import csv, io

def rd(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        out = []
        for row in r:
            out.append(row)
        return repr(out) + ' ' + str(r.line_num)
    except Exception as e:
        return '%s %s' % (type(e).__name__, e)

cases = [
    ['a,b,c'], ['a,b,c\r\n', 'd,e\r\n'], [''], ['\r\n'], ['\n'], [',', ',,'], ['"', 'x"'],
    ['"a""b",c'], ['"a"b,c'], ['a"b,c'], ['"a\r\n', 'b"\r\n', 'c'], ['"a', 'b'], ['"abc'],
    ['a\rb'], ['a\nb'], ['"a\nb"'], ['a,"b\r\nc"\r\n'], [' a, b,  "c"'], ['a\0b'],
    ['x,"y"z'], ['"",""'], ['""'], ['"""",""""""'], ['a,b\r', 'c'], ['\ufeffa,\u20ac,\U0001f600'],
    ['a\\,b,c\\\\d,"e\\"f"'], ['a\\', 'b'], ['"a\\', 'b"'], ['1,2.5,x'], ['1, 2,"3"'], [' 1,  ,-4e3'],
    ['a;b,c;"d;e"'], ["'a''b';c"], ['a\r\n\r\n', 'b'], ['\r', 'a'], ['a,', ',b'],
]
dialects = [
    {}, {'strict': True}, {'skipinitialspace': True}, {'escapechar': '\\'},
    {'escapechar': '\\', 'doublequote': False}, {'quoting': csv.QUOTE_NONE},
    {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'quoting': csv.QUOTE_NONNUMERIC},
    {'delimiter': ';', 'quotechar': "'"}, {'doublequote': False}, {'quotechar': None},
    {'delimiter': ' ', 'skipinitialspace': True}, {'lineterminator': 'x'},
]
for kw in dialects:
    print('--', sorted(kw.items()))
    for c in cases:
        print(repr(c), rd(c, **kw))

# non-str lines, errors from the iterator, line_num across records
print(rd([b'a']))
print(rd([1]))
def gen():
    yield 'a,b'
    raise KeyError('boom')
print(rd(gen()))
r = csv.reader(['a', '"b', 'c"', 'd'])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num)
try:
    next(r)
except StopIteration:
    print('stop', r.line_num)

# a generated corpus: every short string over a small alphabet
alpha = ['a', ',', '"', '\\', ' ', '\n', '\r']
def strings(n):
    if n == 0:
        yield ''
        return
    for s in strings(n - 1):
        for ch in alpha:
            yield s + ch
total = 0
h = 0
for n in range(5):
    for s in strings(n):
        for kw in ({}, {'escapechar': '\\'}, {'strict': True, 'skipinitialspace': True},
                   {'doublequote': False, 'escapechar': '\\'}, {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}):
            res = rd(io.StringIO(s, newline=''), **kw)
            total += 1
            for ch in res:
                h = (h * 31 + ord(ch)) % 1000000007
print(total, h)

# DictReader over csv.py
f = io.StringIO('name,age\r\n"Smith, J",42\r\nDoe,\r\nx,1,extra\r\n')
for row in csv.DictReader(f, restkey='rest'):
    print(sorted(row.items()))
print(csv.Sniffer().sniff('a;b;c\r\n1;2;3\r\n').delimiter, csv.Sniffer().has_header('name,age\r\nx,1\r\n'))
