# try / except / else / finally, raise, assert, except*.
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise RuntimeError('x') from e
except:
    raise
else:
    pass
finally:
    cleanup()

try:
    f()
finally:
    g()

try:
    f()
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

assert x
assert x > 0, 'message'
raise
raise E from None
