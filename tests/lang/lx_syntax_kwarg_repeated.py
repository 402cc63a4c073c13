# The same keyword twice in one call is a SyntaxError at the second one.
def f(**kw):
    return kw
print("never printed")
f(alpha=1, beta=2,
  alpha=3)
