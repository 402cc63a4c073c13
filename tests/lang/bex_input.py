# input(): the prompt goes to stdout (flushed), a line comes from sys.stdin
# without its newline, EOFError at the end of input. The test runner gives
# an empty stdin; a replaced sys.stdin feeds lines.
import sys

print('before', end=' ')
try:
    input('name? ')
except EOFError as e:
    print('| EOFError:', e)
try:
    input()
except EOFError as e:
    print('EOFError again:', e)

class Feed:
    def __init__(self, *lines):
        self.lines = list(lines)
    def readline(self):
        return self.lines.pop(0) if self.lines else ''

saved = sys.stdin
sys.stdin = Feed('first line\n', 'second', 'caf\u00e9\n', '\n')
print(repr(input('1> ')))
print(repr(input('2> ')))
print(repr(input(3)))
print(repr(input()))
try:
    input('end> ')
except EOFError as e:
    print('EOFError', e)

class BytesFeed:
    def readline(self):
        return b'raw bytes\n'
sys.stdin = BytesFeed()
print(repr(input()))

class BadFeed:
    def readline(self):
        return 42
sys.stdin = BadFeed()
try:
    input()
except TypeError as e:
    print('TypeError', e)

class Prompt:
    def __str__(self):
        return 'custom prompt> '
sys.stdin = Feed('x\n')
print(repr(input(Prompt())))

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print('RuntimeError', e)
sys.stdin = saved

for bad in (lambda: input('a', 'b'), lambda: input(prompt='p')):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
