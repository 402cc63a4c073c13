# String literals: prefixes, escapes, implicit concatenation, kind='u'
# (parser_string.c).
a = 'x' "y" '''z''' """w"""
b = u'kind u' 'rest'
c = U'no kind'
d = b'bytes' B"more" rb'\d' bR"\x" Rb''
e = r'\n\t' R"\\" r'\'' r"\""
f = '\n\t\r\a\b\f\v\\\'\"\0\7\77\377\400\777'
g = '\x41\u00e9\U0001F600\N{LATIN SMALL LETTER A}\N{latin small letter b}'
h = '\d\w\ \é \{'
i = b'\x41\n\777\400\d\0'
j = 'é日本語😀' 'é\n'
k = '''multi
line\
continued'''
l = ('one'
     'two'
     "three")
m = '\udc80\ud800x'
n = '' ''
o = b'' b''
p = '''\
'''
q = '\N{DIGIT ONE}\N{EM DASH}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE GA}'
r = '\N{BYTE ORDER MARK}\N{NULL}\N{LINE FEED}\N{LF}'
s = 'tab	in'
