# string.Formatter and string.Template, built on _string
import string
f = string.Formatter()
print(f.format('{0}-{x!r:>5}|{1[0]}|{y.real}', 3, [7], x='q', y=2.5))
print(list(f.parse('a{b}c{{d}}{0!s:^{w}}')))
print(f.vformat('{a[k]}{}', (1,), {'a': {'k': 'K'}}))
print(f.get_field('0.real', (5,), {}))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format('{} and {:>4}', 'abc', 'x'))
for bad in ['{', '}', '{0!x}', '{0[}', '{a.}']:
    try:
        print(f.format(bad, 1, a=2))
    except (ValueError, KeyError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(string.Template('$a and ${b}s $$').substitute(a=1, b=2))
print(string.Template('$a $missing').safe_substitute(a=1))
print(string.capwords('hello  world-wide web'))
