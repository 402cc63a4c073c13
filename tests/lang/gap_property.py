# property errors name the owner by __qualname__; property subclasses keep
# the getter's doc on the instance (their class __doc__ would shadow it)
class Outer:
    class cls:
        foo = property()
        bar = property()
    cls.bar.__set_name__(cls, 'bar')   # named


o = Outer.cls()
for f in (lambda: o.foo, lambda: setattr(o, 'foo', 1), lambda: delattr(o, 'foo'),
          lambda: o.bar, lambda: setattr(o, 'bar', 1), lambda: delattr(o, 'bar')):
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)

class PropSub(property):
    """This is a subclass of property"""

class PropSubSlots(property):
    """This is a subclass of property that defines __slots__"""
    __slots__ = ()

class Foo:
    @PropSub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1
    @spam.setter
    def spam(self, v):
        """this doc is ignored"""
    @PropSub
    def nodoc(self):
        return 2
print(Foo.spam.__doc__, Foo().spam, Foo.nodoc.__doc__, PropSub.__doc__)
print(PropSub(doc='given').__doc__, property(doc='plain').__doc__)
class Bar:
    @PropSub
    def spam(self):
        """first"""
    @spam.getter
    def spam(self):
        """a new docstring"""
print(Bar.spam.__doc__)
try:
    class Baz:
        @PropSubSlots
        def spam(self):
            """copying this docstring fails"""
    print('no error')
except AttributeError as e:
    print(type(e).__name__)
