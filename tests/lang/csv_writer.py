import csv, io

def wr(rows, **kw):
    s = io.StringIO()
    try:
        w = csv.writer(s, **kw)
        rets = [w.writerow(r) for r in rows]
        return repr(s.getvalue()) + ' ' + repr(rets)
    except Exception as e:
        return '%s %s | %r' % (type(e).__name__, e, s.getvalue())

class Num:
    def __index__(self): return 3
    def __str__(self): return 'N'
    def __repr__(self): return 'Num()'
rows = [
    [], [''], [None], ['', ''], [None, None], ['a'], ['a', 'b,c'], ['q"q'], ['x\ny'], ['x\ry'], ['t\tu'],
    [1, 2.5, -3, True, None, 'x', 3 + 1j, Num()], ['\\'], ['a\\b,c'], [' lead', 'trail '], ['\u20ac,\U0001f600'],
    ['"'], ['""'], [',', ','], ['a;b', "c'd"], ['line\r\n'], ('tu', 'ple'), 'str', range(3),
]
dialects = [
    {}, {'quoting': csv.QUOTE_ALL}, {'quoting': csv.QUOTE_NONNUMERIC}, {'quoting': csv.QUOTE_NONE},
    {'quoting': csv.QUOTE_NONE, 'escapechar': '\\'}, {'escapechar': '\\'}, {'doublequote': False},
    {'doublequote': False, 'escapechar': '\\'}, {'delimiter': ';', 'quotechar': "'"},
    {'lineterminator': '\n'}, {'lineterminator': 'X'}, {'quotechar': None, 'escapechar': '\\'},
    {'delimiter': '\t'}, {'escapechar': ',', 'quoting': csv.QUOTE_NONE},
]
for kw in dialects:
    print('--', sorted(kw.items()))
    for r in rows:
        print(repr(r), wr([r], **kw))

print(wr([5]))
print(wr([None]))
class BadIter:
    def __iter__(self):
        yield 'a'
        raise ValueError('bad row')
print(wr([BadIter()]))
class BadStr:
    def __str__(self): raise RuntimeError('no str')
print(wr([['a', BadStr()]]))

s = io.StringIO()
w = csv.writer(s)
print(w.writerows([[1, 2], ['a', 'b'], []]), repr(s.getvalue()))
print(w.writerows(iter([['x']])), repr(s.getvalue()))
try:
    w.writerows(5)
except TypeError as e:
    print('TypeError', e)
class F:
    def __init__(self): self.parts = []
    def write(self, x):
        self.parts.append(x)
        return 'ret:' + x
f = F()
print(csv.writer(f).writerow(['z', 1]), f.parts)
class BadW:
    def write(self, x): raise OSError('disk full')
try:
    csv.writer(BadW()).writerow(['a'])
except OSError as e:
    print('OSError', e)

# round trip a generated corpus through writer and reader
alpha = ['a', ',', '"', '\\', ' ', '\n', '\r', '']
ok = 0
for i, x in enumerate(alpha):
    for y in alpha:
        for z in alpha:
            row = [x + y, y + z + x, z]
            for kw in ({}, {'quoting': csv.QUOTE_ALL}, {'escapechar': '\\', 'doublequote': False}):
                s = io.StringIO()
                csv.writer(s, **kw).writerow(row)
                back = list(csv.reader(io.StringIO(s.getvalue(), newline=''), **kw))
                ok += back == [row]
print('roundtrip', ok)

s = io.StringIO()
dw = csv.DictWriter(s, ['a', 'b'], extrasaction='ignore')
dw.writeheader()
dw.writerows([{'a': 1, 'b': 'x,y'}, {'a': None, 'c': 3}])
print(repr(s.getvalue()))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'zz': 1})
except ValueError as e:
    print('ValueError', e)
