# _sre (src/modules/sre/): re_basic
import re

def show(pat, s, flags=0):
    try:
        p = re.compile(pat, flags)
        m = p.search(s)
        print(repr(pat), repr(s), m and (m.span(), m.group()), p.findall(s))
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

# literals, dot, classes
show('abc', 'xxabcxx')
show('a.c', 'abc a\nc axc')
show('a.c', 'a\nc', re.S)
show('[abc]+', 'xxcabbaxx')
show('[^abc]+', 'abcxyzabc')
show('[a-f0-3]+', 'zz0af3g')
show(r'[\d\s]+', 'ab 12 3cd')
show(r'\d+', 'a123b45')
show(r'\D+', 'a123b45')
show(r'\w+', 'hi_there, you2')
show(r'\W+', 'hi_there, you2')
show(r'\s+', 'a \t\n b')
show(r'\S+', 'a \t\n bc')
show(r'[\w.-]+@[\w.-]+', 'mail me: bob.x@ex-ample.com now')
show(r'[]a]+', 'x]a]y')
show(r'[a\-z]+', 'b-az')
show(r'[\x00-\x1f]', 'ab\x07c')
show(r'\.', 'a.b')
show('a|b|cd', 'xxcdb')
show('(?:ab|a)c', 'abc ac')
show('', 'abc')
# anchors
show('^a', 'ba')
show('^a', 'b\na', re.M)
show('a$', 'a\nb')
show('a$', 'ba\n')
show('a$', 'a\nba', re.M)
show(r'\Aab', 'ab ab')
show(r'ab\Z', 'ab ab\n')
show(r'ab\Z', 'ab ab')
show(r'\bis\b', 'this is it')
show(r'\Bis\B', 'this is mist')
show(r'\b', 'ab cd')
show(r'\B', 'ab cd')
show(r'\b', '')
show(r'$', 'ab\n')
# pos / endpos
p = re.compile(r'\w+')
print(p.search('ab cd ef', 3), p.search('ab cd ef', 3, 4), p.match('ab cd', 1), p.match('ab cd', 3))
print(re.compile('^b').match('ab', 1), re.compile('a$').search('ab', 0, 1), p.findall('ab cd ef', 2, 7))
print(p.search('abc', -5, 100), p.search('abc', 10), re.compile('').match('abc', 2, 1), re.compile('').search('abc', 2, 1))
print(p.fullmatch('abc'), p.fullmatch('ab c'), p.fullmatch('ab c', 0, 2), re.compile('a|ab').fullmatch('ab'))
# verbose
v = re.compile(r'''
    (\d+)   # digits
    \s*  - \s*  # dash
    (\d+)
''', re.X)
print(v.match('12 - 34').groups())
# bytes
show(rb'\w+', b'ab cd')
show(rb'[\x80-\xff]+', b'a\x81\xfeb')
show(rb'\d', b'12')
print(re.compile(rb'b+').search(bytearray(b'abbc')), re.compile(rb'b+').search(memoryview(b'abbc')))
print(re.compile(rb'(b+)').search(bytearray(b'abbc')).group(1))
# subclasses, mutable and view subjects
class S(str): pass
class B(bytes): pass
print(re.search('b+', S('abbc')), re.search('é', S('aé')).span(), re.search(b'b', B(b'ab')))
ba = bytearray(b'aabbcc')
m = re.search(b'(b+)', ba); ba[:] = b'x'; print(m.group(1), m.span(1), m.group(0))
mv = memoryview(b'xyzzy'); m = re.search(b'z+', mv); print(m, m.string is mv)
m = re.search('a', 'ba'); print(m.re, m.string)
print(re.sub('a', lambda m: 'é', 'aaa'), re.sub('(é)', r'\1\1', 'xéy'))
print(re.compile('x').search('é' * 5 + 'x', 2))
