# raise ... from None hides the context; a mixed chain of cause and context.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no key %r" % k) from None

def outer():
    try:
        lookup({}, "a")
    except LookupError as e:
        try:
            raise ValueError("while handling")
        except ValueError as v:
            raise TypeError("final") from v

outer()
