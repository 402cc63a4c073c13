# An exception escaping exec'd code: the traceback shows File "<string>"
# lines without source text (there is no such file).
src = '''
def divide(a, b):
    return a / b

def middle():
    return divide(1, 0)
'''
ns = {}
exec(src, ns)
try:
    ns['middle']()
except ZeroDivisionError as e:
    tb, lines = e.__traceback__, []
    while tb:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print('caught', e, lines)

named = compile('def boom():\n    raise ValueError("from named code")\n', 'virtual.py', 'exec')
exec(named, ns)
try:
    ns['boom']()
except ValueError as e:
    print('caught', e)

def run():
    exec('x = 1\ny = [x][2]', {})
print('before')
run()
