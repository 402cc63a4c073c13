# An uncaught exception group with a nested group, after except* took part.
def fail(n):
    raise ValueError(n)
def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    errors.append(ExceptionGroup("nested", [TypeError("t"), KeyError("k")]))
    raise ExceptionGroup("many failures", errors)
try:
    collect()
except* KeyError as e:
    print("handled", repr(e))
