# Padding a str to an impossible width is a MemoryError at once, as in
# CPython: the result is allocated in one piece before it is filled.
for expr in ["'x'.ljust(10**12)", "'x'.rjust(10**12)", "'x'.center(2**62)",
             "'1'.zfill(10**12)", "'-1'.zfill(10**12)", "'x'.rjust(2**63 - 1)",
             "'x'.ljust(2**63)"]:
    try:
        eval_result = None
        if expr == "'x'.ljust(10**12)": eval_result = 'x'.ljust(10**12)
        elif expr == "'x'.rjust(10**12)": eval_result = 'x'.rjust(10**12)
        elif expr == "'x'.center(2**62)": eval_result = 'x'.center(2**62)
        elif expr == "'1'.zfill(10**12)": eval_result = '1'.zfill(10**12)
        elif expr == "'-1'.zfill(10**12)": eval_result = '-1'.zfill(10**12)
        elif expr == "'x'.rjust(2**63 - 1)": eval_result = 'x'.rjust(2**63 - 1)
        else: eval_result = 'x'.ljust(2**63)
        print(expr, "->", len(eval_result))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
print('ab'.center(9, 'é'), '-12'.zfill(6), 'x'.ljust(3, '*'))
