for base in (list, tuple):
    class subclass(base): pass
    print(type(subclass([1, 2])).__name__, list(subclass([1, 2])))
    for f in (lambda: base(sequence=()), lambda: subclass(sequence=()), lambda: base([1], x=2)):
        try: print(f())
        except TypeError as e: print(type(e).__name__, e)
    class with_init(base):
        def __init__(self, seq, newarg=None):
            if base is list: super().__init__(seq)
            self.newarg = newarg
    u = with_init([1, 2], newarg=3); print(type(u).__name__, list(u), u.newarg)
    class with_new(base):
        def __new__(cls, seq, newarg=None):
            self = super().__new__(cls, seq)
            self.newarg = newarg
            return self
    try:
        u = with_new([1, 2], newarg=3); print(type(u).__name__, list(u), u.newarg)
    except TypeError as e: print(type(e).__name__, e)
