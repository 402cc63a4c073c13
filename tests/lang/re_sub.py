# _sre (src/modules/sre/): re_sub
import re

print(re.sub('x*', '-', 'abxd'), re.sub('a', 'b', 'aaa', 2), re.subn('a', 'b', 'aaa'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, foo bar'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<0>|\g<1>>', 'ab cd'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c9'))
print(re.sub(r'\d', lambda m: None if m.group() == '1' else 'X', 'a1b2'))
print(re.sub('', '-', 'abc'), re.sub('(?:)', '-', ''), re.subn('b*', 'X', 'abbc'))
print(re.sub(r'a', r'\n\t\\', 'xay'), repr(re.sub('a', '\\\\', 'a')))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub(rb'\d+', b'#', b'a12b3'), re.sub(rb'(\d)', rb'<\1>', b'a1'))
print(re.sub('a', 'b', 'xyz'), re.subn('(?i)A', 'b', 'aAa', count=2))
print(re.compile('o').sub('0', 'foo boo', 3))
# split
print(re.split(',', 'a,b,,c'), re.split('(,)', 'a,b'), re.split(',', 'a,b,c', 1))
print(re.split(r'\s*', 'a b  c'), re.split('x*', 'axbc'), re.split('(x)?y', 'ayxyb'))
print(re.split('', 'abc'), re.split(r'\b', 'ab cd'), re.split('a', ''), re.split('', ''))
print(re.split(rb',', b'a,b'), re.compile(',').split('a,b,c', maxsplit=1))
print(re.split('(?=b)', 'abab'), re.split(r'(\W+)', 'Words, words, words.'))
# findall / finditer
print(re.findall(r'\w+', 'a bb ccc'), re.findall(r'(\w)(\w)?', 'abc'), re.findall(r'(\w)x?', 'ab'))
print(re.findall('', 'ab'), re.findall('a|', 'bab'), re.findall(r'(a)|b', 'ab'))
print([m.group() for m in re.finditer(r'\d+', 'a12b345c6')])
it = re.finditer('a*', 'baac')
print([(m.start(), m.end()) for m in it], list(it))
print(re.findall(rb'\d', b'a1b2'), re.findall(rb'(\d)(x)?', b'1x2'))
# scanner
sc = re.compile(r'\d+|\s+|[a-z]+').scanner('ab 12 cd!')
print(sc.pattern.pattern, [sc.match().group() for _ in range(5)], sc.match(), sc.match())
sc = re.compile(r'\d+').scanner('ab 12 cd 3')
print(sc.search().span(), sc.search().span(), sc.search(), sc.search())
sc = re.compile(r'x*').scanner('axb', 1)
print([m and m.span() for m in (sc.search(), sc.search(), sc.search(), sc.search())])
# expand
m = re.match(r'(?P<a>x)(y)?', 'x')
print(repr(m.expand(r'\1-\2-\g<a>')))
for bad in (r'\3', r'\g<nope>', r'\g<1'):
    try:
        print(re.sub(r'(x)', bad, 'x'))
    except Exception as e:
        print(type(e).__name__, e)
# a tokenizer loop over one long non-ASCII str
text = 'é ' * 20000 + 'end'
tok = re.compile(r'\s+|\w+')
pos, n = 0, 0
while True:
    m = tok.match(text, pos)
    if not m:
        break
    pos = m.end()
    n += 1
print(n, pos, len(text))
# re.Scanner compiles with pattern None
sc = re.Scanner([(r'[a-z]+', lambda s, t: ('id', t)), (r'\d+', lambda s, t: ('num', int(t))), (r'\s+', None)])
print(sc.scan('abc 12 de!x'))
print(sc.scanner.scanner('ab').match(), sc.scanner.pattern)
import pickle
print(pickle.loads(pickle.dumps(re.compile('a+b', re.I))))
