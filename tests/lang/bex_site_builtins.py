# The objects site adds to builtins: exit, quit, copyright, credits, license, help.
import builtins
print(repr(exit))
print(repr(quit))
print(exit.name, '|', exit.eof, '|', quit.name)
print(type(exit).__name__, type(exit).__module__, type(exit) is type(quit))
print(type(copyright).__name__, copyright.__class__.__module__)  # its text is Taipan's own (sys.copyright)
print(repr(credits))
print(repr(license))
print(type(copyright).__name__, type(license).__module__)
print(repr(help))
print(type(help).__name__, type(help).__module__)
print([name for name in ('exit', 'quit', 'copyright', 'credits', 'license', 'help')
       if hasattr(builtins, name)])
print(callable(exit), callable(help), callable(copyright))

for call in (lambda: exit(), lambda: quit(5), lambda: exit('message'),
             lambda: exit(code=[1]), lambda: exit(None)):
    try:
        call()
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)
for bad in (lambda: exit(1, 2), lambda: exit(nope=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

credits()
