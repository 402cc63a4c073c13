# Numbers, strings, bytes and the constants.
i = 0
big = 123456789012345678901234567890
h, o, b = 0xFF, 0o17, 0b1011
u = 1_000_000
f = 3.14
e = 1e-10
inf_ish = 1e400
c = 2j + 1.5J
s = 'single' "double" '''triple''' """triple2"""
r = r'\d+' R"raw"
by = b'bytes\x00' rb'\n' Br'x'
uni = u'unicode'
esc = '\t\n\\\'\"\x41\u00e9\N{BULLET}\U0001F600'
concat = ('a'
          'b'
          'c')
t, f2, n, el = True, False, None, ...
