# Functions, classes, closures and generators defined by exec'd code.
ns = {'__name__': 'generated'}
exec('''
import_count = 0
def add(a, b=10, *, c=100):
    "adds"
    return a + b + c

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump

class Point:
    """a point"""
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

class Point3(Point):
    dims = 3
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def gen(n):
    for i in range(n):
        yield i * i

squares = [i * i for i in range(4)]
''', ns)
add, counter, Point, Point3 = ns['add'], ns['counter'], ns['Point'], ns['Point3']
print(add(1), add(1, 2, c=3), add.__doc__, add.__module__, add.__qualname__)
print(add.__globals__ is ns, add.__code__.co_filename)
b = counter()
print(b(), b(), b())
p = Point3(1, -2, 5)
print(p, p.norm1, p.dims, Point.dims, Point.__doc__, Point.__module__, Point.__qualname__)
print(list(ns['gen'](4)), ns['squares'])
print(sorted(k for k in ns if not k.startswith('__')))

# exec'd code sees and changes the globals it is given
ns2 = {'seed': 5}
exec('def twice():\n    global seed\n    seed *= 2\n    return seed\n', ns2)
print(ns2['twice'](), ns2['twice'](), ns2['seed'])

# a lambda from eval, and a decorator applied in exec'd code
f = eval('lambda x, y=2: x ** y')
print(f(3), f(2, 5), f.__name__, f.__code__.co_filename)
exec('''
def deco(fn):
    def wrapper(*a):
        return ('wrapped', fn(*a))
    return wrapper
@deco
def h(v):
    return v + 1
''', ns2)
print(ns2['h'](1))

# class statements with keywords, metaclasses and __init_subclass__ from exec
exec('''
class Meta(type):
    def __new__(m, name, bases, d, **kw):
        d['made_by'] = 'Meta' + str(kw)
        return super().__new__(m, name, bases, d)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        cls.tag = tag
class Child(Base, tag='t'):
    pass
class WithMeta(metaclass=Meta, flag=1):
    pass
''', ns2)
print(ns2['Child'].tag, ns2['WithMeta'].made_by)
