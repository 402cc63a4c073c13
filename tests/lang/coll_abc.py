# _abc in C under abc.ABCMeta: abstract methods, register, caches, subclass hooks, collections.abc
import abc, _abc, collections.abc as cabc

def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__, e)

print(abc.ABCMeta.register.__qualname__, type(abc.get_cache_token()).__name__)
class B(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
    def concrete(self): return 'c'
print(sorted(B.__abstractmethods__), type(B.__abstractmethods__).__name__)
err(B)
class C(B):
    def f(self): return 1
print(sorted(C.__abstractmethods__))
err(C)
class D(C):
    p = 5
print(D.__abstractmethods__, D().f(), D().p, isinstance(D(), B), issubclass(D, B))

class R: pass
tok = abc.get_cache_token()
print(B.register(R) is R, abc.get_cache_token() != tok, isinstance(R(), B), issubclass(R, B), issubclass(R, C))
print(B.register(D) is D)
err(B.register, 5)
class Top(abc.ABC): pass
class Sub(Top): pass
err(Sub.register, Top)
print(Top.register(Top) is Top)
class RSub(R): pass
print(issubclass(RSub, B), isinstance(RSub(), B))

class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is Hook:
            return hasattr(other, 'quack') or NotImplemented
        return NotImplemented
class Duck:
    def quack(self): pass
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(int, Hook), isinstance(3, Hook))
class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 'yes'
err(issubclass, int, BadHook)
err(issubclass, 5, B)
print(isinstance(5, B))

registry, cache, neg, ver = _abc._get_dump(B)
print(sorted(r().__name__ for r in registry), sorted(r().__name__ for r in cache if r()), type(ver).__name__)
_abc._reset_caches(B)
print(len(_abc._get_dump(B)[1]), isinstance(R(), B))
_abc._reset_registry(B)
print(len(_abc._get_dump(B)[0]))
err(_abc._get_dump, 5)
class Fake: _abc_impl = 3
err(_abc._abc_subclasscheck, Fake, int)
err(_abc._abc_instancecheck, Fake, 1)

# collections.abc over the C machinery
print(isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence), isinstance((x for x in ()), cabc.Generator))
print(issubclass(dict, cabc.MutableMapping), issubclass(str, cabc.MutableSequence), isinstance(3, cabc.Hashable))
print(isinstance([], cabc.Hashable), issubclass(list, cabc.Iterable), isinstance(iter([]), cabc.Iterator))
class MyMap(cabc.Mapping):
    def __getitem__(self, k): return k
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(isinstance(MyMap(), dict), isinstance(MyMap(), cabc.Mapping), MyMap().get('a'), '__abc_tpflags__' in cabc.Sequence.__dict__)
err(cabc.Sequence)
class Meta(abc.ABCMeta): pass
class WithMeta(metaclass=Meta):
    @abc.abstractmethod
    def g(self): ...
print(sorted(WithMeta.__abstractmethods__), type(WithMeta).__name__)
import gc
class Temp: pass
B.register(Temp)
del Temp
gc.collect()
print(isinstance(1, B))
