# Failing nested calls: once parsed in exponential time (a fuzzer finding).
x = n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((n(not((?
