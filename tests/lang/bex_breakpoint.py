# breakpoint() calls sys.breakpointhook with its arguments.
import sys
calls = []
def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'hook result'
sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, key='v'))
print(calls)
def boom():
    raise LookupError('from the hook')
sys.breakpointhook = boom
try:
    breakpoint()
except LookupError as e:
    print('LookupError', e)
print(callable(breakpoint), breakpoint.__name__)
