import _csv, csv, io
D = _csv.Dialect

def t(f):
    try:
        r = f()
        if isinstance(r, D):
            r = (r.delimiter, r.doublequote, r.escapechar, r.lineterminator, r.quotechar, r.quoting,
                 r.skipinitialspace, r.strict)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: D())
t(lambda: D(delimiter=1))
t(lambda: D(delimiter='ab'))
t(lambda: D(delimiter=''))
t(lambda: D(delimiter=None))
t(lambda: D(quotechar=1))
t(lambda: D(quotechar='ab'))
t(lambda: D(quotechar=None))
t(lambda: D(quotechar=None, quoting=0))
t(lambda: D(quotechar=None, quoting=csv.QUOTE_NONE))
t(lambda: D(escapechar=1))
t(lambda: D(escapechar='ab'))
t(lambda: D(escapechar='\\'))
t(lambda: D(lineterminator=1))
t(lambda: D(lineterminator=''))
t(lambda: D(lineterminator=None))
t(lambda: D(quoting='a'))
t(lambda: D(quoting=7))
t(lambda: D(quoting=-1))
t(lambda: D(quoting=1.0))
t(lambda: D(quoting=True))
t(lambda: D(foo=1))
t(lambda: D('nope'))
t(lambda: D(1))
t(lambda: D(1, 2))
t(lambda: D(None, ';', False, '/', '\n', "'", 1, True, True))
t(lambda: D(strict=[]))
t(lambda: D(strict=[1], skipinitialspace='x', doublequote=0))
t(lambda: D('excel-tab'))
t(lambda: D(csv.unix_dialect))
t(lambda: D(csv.excel, delimiter='|'))
d = D()
t(lambda: setattr(d, 'delimiter', 'x'))
t(lambda: D(d) is d)
t(lambda: D(d, strict=1) is d)
t(lambda: D(delimiter='\u20ac', quotechar='\U0001f600'))

class My(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
class Bad(csv.Dialect):
    delimiter = 'xx'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
t(lambda: D(My()))
t(lambda: Bad())
t(lambda: csv.Dialect())

t(lambda: _csv.field_size_limit())
t(lambda: _csv.field_size_limit('a'))
t(lambda: _csv.field_size_limit(new_limit=5))
t(lambda: _csv.field_size_limit(1, 2))
t(lambda: list(_csv.reader(['abcdef'])))
t(lambda: list(_csv.reader(['abcde'])))
t(lambda: list(_csv.reader(['"abcdef"'])))
t(lambda: _csv.field_size_limit(131072))
t(lambda: _csv.field_size_limit())
t(lambda: _csv.register_dialect(1))
t(lambda: _csv.register_dialect('x', delimiter=';'))
t(lambda: _csv.register_dialect('y', 'x', quotechar="'"))
t(lambda: _csv.register_dialect('z', My))
t(lambda: _csv.register_dialect('w', delimiter=5))
t(lambda: _csv.get_dialect('x'))
t(lambda: _csv.get_dialect('y'))
t(lambda: _csv.get_dialect('z'))
t(lambda: _csv.get_dialect('nope'))
t(lambda: _csv.unregister_dialect('nope'))
t(lambda: sorted(_csv.list_dialects()))
t(lambda: _csv.unregister_dialect('x'))
t(lambda: _csv.get_dialect('x'))
t(lambda: _csv.get_dialect([]))
t(lambda: sorted(_csv.list_dialects()))
print(_csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.Error.__module__, _csv.Error.__mro__, issubclass(csv.Error, Exception))
print(type(_csv.reader([])).__name__, type(_csv.writer(io.StringIO())).__name__, _csv.Dialect.__name__)
print(_csv.reader([]).line_num, _csv.reader([], delimiter=';').dialect.delimiter)
print(_csv.writer(io.StringIO(), 'excel-tab').dialect.delimiter == '\t')
print(sorted(x for x in dir(_csv) if not x.startswith('__')))
t(lambda: _csv.reader())
t(lambda: _csv.reader(1))
t(lambda: _csv.reader([], 'nope'))
t(lambda: _csv.reader([], 'excel', 3))
t(lambda: _csv.reader([], quoting=9))
t(lambda: _csv.writer(1))
t(lambda: _csv.writer())
t(lambda: _csv.writer(io.StringIO(), delimiter=''))
