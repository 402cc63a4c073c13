# An uncaught error in a decorator applied in a class body: the traceback
# goes through the module, the class body and the decorator.
def checked(limit):
    def deco(fn):
        if fn.__code__.co_argcount > limit:
            raise TypeError("%s takes too many arguments" % fn.__name__)
        return fn
    return deco

class Service:
    @checked(2)
    def ok(self, a):
        return a

    @checked(2)
    def too_many(self, a, b, c):
        return a

print("not reached")
