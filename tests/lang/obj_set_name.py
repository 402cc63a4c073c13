# __set_name__: called on class creation for every attribute that defines it.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value

class Model:
    x = Field()
    y = Field()
    other = 5
m = Model()
m.x = 10
print(m.x, m.y, Model.x.name, Model.y.owner.__name__)

# the same descriptor under two names gets two calls
f = Field()
class Twice:
    a = f
    b = f
print(f.name)

# assigning after class creation does not call __set_name__
g = Field()
Model.z = g
print(hasattr(g, "name"))

# __set_name__ on the class of the attribute, not on the instance
class Obj:
    pass
o = Obj()
o.__set_name__ = lambda owner, name: print("never")
class Holder:
    attr = o
print("no call for instance attribute")

# errors inside __set_name__ become RuntimeError in 3.11? check the chain
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Host:
        field = Bad()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

# type() also calls __set_name__
T = type("T", (), {"q": Field()})
print(T.q.name, T.q.owner is T)

# __set_name__ with wrong arity
class Arity:
    def __set_name__(self):
        pass
try:
    class Host2:
        a = Arity()
except Exception as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)

# order follows the class body
class Ordered:
    c = Field()
    a = Field()
    b = Field()
