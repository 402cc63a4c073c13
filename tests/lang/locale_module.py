# locale (Lib/locale.py over _locale)
import locale
print(locale.getpreferredencoding(False), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_NUMERIC))
print(locale.localeconv()['decimal_point'], locale.format_string('%d|%.2f', (1234567, 3.5), grouping=True))
print(locale.getlocale(locale.LC_NUMERIC), locale.normalize('en_US'), locale.normalize('de_DE.utf8'))
print(locale.str(2.5), locale.atof('3.25'), locale.atoi('42'), locale.currency if False else '')
print(sorted(['b', 'a', 'C'], key=locale.strxfrm), locale.strcoll('a', 'b'))
try:
    locale.setlocale(locale.LC_ALL, 'xx_NOPE')
except locale.Error as e:
    print('Error', e)
print(locale.nl_langinfo(locale.CODESET) in ('ANSI_X3.4-1968', 'UTF-8'), locale.nl_langinfo(locale.DAY_1))
