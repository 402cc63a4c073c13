# _sre (src/modules/sre/): re_groups
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<opt>!)?', 'Jane Doe and more')
print(m.group(), m.group(0), m.group(1), m.group('last'), m.group(1, 'last', 0))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.start(2), m.end('last'), m.span('opt'), m.start(3))
print(m[0], m[1], m['first'], m[3], m.lastindex, m.lastgroup, m.regs)
print(m.pos, m.endpos, m.string, m.re.pattern, m.re.groups, sorted(m.re.groupindex.items()))
print(repr(m), bool(m))
print(m.expand(r'\2, \1! \g<first> \g<2>'))
for bad in (4, -1, 'nope', 1.5, None):
    try:
        m.group(bad)
    except Exception as e:
        print('group', repr(bad), type(e).__name__, e)
try:
    m.span(9)
except Exception as e:
    print(type(e).__name__, e)
print(m.group(True), m.start(False))
# unmatched groups, lastindex
for pat, s in [(r'(a)|b', 'b'), (r'(a)|(b)', 'b'), (r'((a)|b)+', 'ab'), (r'(?:(a)|b)*', 'ab'),
               (r'(a)(b)?', 'a'), (r'((a)(b))', 'ab'), (r'(a)(?:b)', 'ab'), (r'(?:(a)|(b)|(c))+', 'abca'),
               (r'(a*)+', 'aa'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(x)?y', 'y')]:
    m = re.match(pat, s)
    print(pat, m.groups(), m.lastindex, m.span(1), m.regs)
# backreferences
for pat, s in [(r'(a+)b\1', 'aabaa'), (r'(a+)b\1', 'aaba'), (r'(?P<q>[\'"]).*?(?P=q)', 'x "hi" \'yo\''),
               (r'(\w)\1', 'abccd'), (r'(a)|\1', 'x'), (r'(?i)(ab)\1', 'abAB'), (r'(a)?(?(1)b|c)', 'ab c'),
               (r'(?P<x>a)?(?(x)b|c)', 'c'), (r'(<)?\w+(?(1)>)', '<ab> cd <ef'), (r'^(\w)(?:(?!\1).)*$', 'abcb')]:
    print(pat, [(m.span(), m.group()) for m in re.finditer(pat, s)])
# nested groups and many groups
p = re.compile('(' * 20 + 'a' + ')' * 20)
print(p.groups, p.match('a').groups()[:3], p.match('a').lastindex)
p = re.compile(''.join('(%s)' % chr(97 + i) for i in range(26)))
m = p.search('--abcdefghijklmnopqrstuvwxyz--')
print(m.span(), m.group(26), m.lastindex)
# copy
import copy
m = re.match('a', 'a')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(type(m)[str], type(re.compile("x"))[bytes])
