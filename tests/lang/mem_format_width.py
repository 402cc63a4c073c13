# Formatting to a width no memory can hold: MemoryError at once (CPython
# parses widths up to Py_ssize_t and then fails to allocate); more digits
# than that: ValueError; a precision beyond a C int: "precision too big"
# or OverflowError, as CPython says.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', len(r))
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__, e)

W = 10**15
cases = [
    ('int width', lambda: ('{:' + str(W) + '}').format(1)),
    ('str width', lambda: ('{:' + str(W) + '}').format('x')),
    ('centered str', lambda: format('abc', '^%d' % W)),
    ('float width', lambda: format(2.5, '<%d' % W)),
    ('complex width', lambda: format(1j, '%d' % W)),
    ('zero padded int', lambda: format(5, '0%d' % W)),
    ('grouped int', lambda: format(5, '%d,' % W)),
    ('fill char', lambda: format('x', 'é>%d' % W)),
    ('f-string', lambda: f'{"x":>{W}}'),
    ('nested width 2**62', lambda: '{:>{}}'.format('x', 2**62)),
    ('width 2**63 - 1', lambda: format(1, str(2**63 - 1))),
    ('width 2**63', lambda: format(1, str(2**63))),
    ('twenty digits', lambda: format(1, '9' * 20)),
    ('float precision', lambda: format(1.0, '.3000000000f')),
    ('int as float precision', lambda: format(1, '.%df' % W)),
    ('str precision', lambda: format('abc', '.%d' % W)),
    ('%s width', lambda: '%{}s'.format(W) % 'x'),
    ('%d width', lambda: '%{}d'.format(W) % 1),
    ('%-d width', lambda: '%-{}d'.format(W) % 1),
    ('%0d width', lambda: '%0{}d'.format(W) % 1),
    ('%* width', lambda: '%*s' % (W, 'x')),
    ('%* negative width', lambda: '%*s' % (-W, 'x')),
    ('%f precision', lambda: '%.3000000000f' % 1.0),
    ('%.* precision', lambda: '%.*f' % (2**31, 1.0)),
    ('%.* precision ok', lambda: '%.*f' % (3, 1.0)),
    ('% twenty digits', lambda: '%99999999999999999999d' % 1),
    ('bytes %d width', lambda: b'%1000000000000000d' % 1),
    ('bytes %s width', lambda: b'%1000000000000000s' % b'x'),
]
for label, f in cases:
    attempt(label, f)
print('{:>8}|{:<6}|{:^7}|{:08.3f}|{:+,}'.format('r', 'l', 'c', 3.14159, 1234567))
print('%-5s|%5d|%05.1f|%*d|%.*f' % ('a', 42, 2.25, 4, 7, 2, 1.005))
