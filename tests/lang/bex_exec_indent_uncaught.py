# An uncaught IndentationError from compile() with a file name of our own.
print('start')
compile('if True:\n        a = 1\n    b = 2\n', 'layout.py', 'exec')
