# property error messages (3.11 wording).
class P:
    @property
    def ro(self): return 1
    wo = property(None, lambda self, v: None)
    nothing = property()
    def _g(self): return 2
    renamed = property(_g)

p = P()
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def set_ro(): p.ro = 5
def del_ro(): del p.ro
def get_wo(): return p.wo
def set_wo(): p.wo = 3; return "ok"
def del_nothing(): del p.nothing
def get_nothing(): return p.nothing
def set_nothing(): p.nothing = 1
def set_renamed(): p.renamed = 1

attempt("set ro", set_ro)
attempt("del ro", del_ro)
attempt("get wo", get_wo)
attempt("set wo", set_wo)
attempt("del nothing", del_nothing)
attempt("get nothing", get_nothing)
attempt("set nothing", set_nothing)
attempt("set renamed", set_renamed)

# a property not created in a class body has no name
loose = property(lambda self: 1)
attempt("loose set", lambda: loose.__set__(p, 1))
attempt("loose delete", lambda: loose.__delete__(p))
unnamed = property()
attempt("unnamed get", lambda: unnamed.__get__(p, P))

# the getter raising AttributeError
class Q:
    @property
    def boom(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "getattr " + name
print(Q().boom)

class R:
    @property
    def boom(self):
        return self.missing
attempt("R boom", lambda: R().boom)

# calling property with bad arguments
attempt("too many", lambda: property(1, 2, 3, 4, 5))
attempt("bad kw", lambda: property(foo=1))
# non-callable fget is accepted but fails on access
np = property(5)
class S:
    x = np
attempt("noncallable", lambda: S().x)
# property setter that raises
class T:
    @property
    def v(self): return 0
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
attempt("setter raises", lambda: setattr(T(), "v", -1))
attempt("class access", lambda: type(P.ro).__name__)
