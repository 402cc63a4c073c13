# os.register_at_fork (random.py registers its reseeding there)
import os, sys
def t(label, f, *a, **k):
    try:
        print(label, '->', repr(f(*a, **k)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
t('none', os.register_at_fork)
t('positional', os.register_at_fork, print)
t('not callable', os.register_at_fork, before=5)
t('bad kw', os.register_at_fork, foo=print)
log = []
os.register_at_fork(before=lambda: log.append('before1'), after_in_parent=lambda: log.append('parent1'))
os.register_at_fork(before=lambda: log.append('before2'), after_in_parent=lambda: log.append('parent2'),
                    after_in_child=lambda: log.append('child'))
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print('in child', log)
    sys.stdout.flush()
    os._exit(0)
os.waitpid(pid, 0)
print('in parent', log)
