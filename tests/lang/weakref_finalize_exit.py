# Finalizers still alive at exit run then, newest first, unless their
# atexit is false; a finalizer already called or detached does not run.
# (One raising at exit is reported with frames of CPython's weakref.py, so
# it is not tested here.)
import weakref

class C:
    pass

keep = C()
other = C()
weakref.finalize(keep, print, 'first registered')
weakref.finalize(other, print, 'second registered', 'with', 'args', sep='-')
quiet = weakref.finalize(keep, print, 'atexit is off')
quiet.atexit = False
called = weakref.finalize(keep, print, 'called before exit')
called()
detached = weakref.finalize(keep, print, 'detached')
detached.detach()

weakref.finalize(keep, print, 'last registered')
print('main done')
