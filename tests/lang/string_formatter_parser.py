# _string: formatter_parser and formatter_field_name_split, as string.Formatter uses them
import _string
def t(f):
    try: r = f(); print(repr(r))
    except BaseException as e: print(type(e).__name__, e)
for s in ['', 'abc', 'a{{b}}c', '{0}', 'x{0!r:>{1}}y', '{a.b[c]}z', '{!s}', '{:}', '{0!}', '{0!r', '{0', '}', 'a}b', '{', 'ab{', '{{', '}}', 'x{}{}', '{0:{{}}}', 'é{ü!a:ö}ß', '{0[}', '{0!rr}', '{a{b}']:
    out = []
    try:
        for item in _string.formatter_parser(s):
            out.append(item)
        print(repr(s), out)
    except BaseException as e:
        print(repr(s), out, type(e).__name__, e)
for s in ['', 'a', '0', '12.x[3][y].z', 'a[', 'a[]', 'a.', 'a..b', 'a[0]x', '.a', '[0]', 'a[x.y]', '01', '-1', 'a]b', 'é.ü[ß]']:
    try:
        first, rest = _string.formatter_field_name_split(s)
        out = []
        try:
            for item in rest:
                out.append(item)
            print(repr(s), repr(first), out)
        except BaseException as e:
            print(repr(s), repr(first), out, type(e).__name__, e)
    except BaseException as e:
        print(repr(s), type(e).__name__, e)
t(lambda: _string.formatter_parser(5))
t(lambda: _string.formatter_field_name_split(5))
t(lambda: type(_string.formatter_parser('')).__name__)
t(lambda: type(_string.formatter_field_name_split('a')[1]).__name__)
t(lambda: _string.formatter_parser())
t(lambda: _string.formatter_parser('a', 'b'))
it = _string.formatter_parser('a{0}b')
print(iter(it) is it, next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
# a field-name iterator stops after an error
first, rest = _string.formatter_field_name_split('a[0]x.y')
print(first, next(rest))
for k in range(2):
    try:
        print(next(rest))
    except (ValueError, StopIteration) as e:
        print(type(e).__name__, e)
# what string.Formatter.get_field / vformat do with these, written out
def get_field(name, args, kwargs):
    first, rest = _string.formatter_field_name_split(name)
    obj = args[first] if isinstance(first, int) else kwargs[first]
    for is_attr, i in rest:
        obj = getattr(obj, i) if is_attr else obj[i]
    return obj
class P:
    x = {'k': [10, 20]}
out = []
for lit, name, spec, conv in _string.formatter_parser('<{0.x[k][1]}|{a!r:>6}|{1:^{2}}>'):
    out.append(lit)
    if name is not None:
        v = get_field(name, (P(), 'mid', 7), {'a': 'z'})
        if conv == 'r':
            v = repr(v)
        spec = ''.join(l + (str(get_field(n, (P(), 'mid', 7), {})) if n is not None else '')
                       for l, n, s, c in _string.formatter_parser(spec))
        out.append(format(v, spec))
print(''.join(out))
# going on after an error
for name in ['a..b', 'a[]x', 'a[0]é.z', 'a[0]xy[1]']:
    first, rest = _string.formatter_field_name_split(name)
    out = []
    for k in range(4):
        try:
            out.append(next(rest))
        except (ValueError, StopIteration) as e:
            out.append(type(e).__name__)
    print(name, first, out)
