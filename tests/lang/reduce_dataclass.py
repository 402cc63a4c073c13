# dataclasses over copy / __reduce_ex__: deepcopy, replace, asdict, frozen and slots classes
import copy, dataclasses, pickle
@dataclasses.dataclass
class DC:
    a: int
    b: list = dataclasses.field(default_factory=list)
d = DC(1, [2])
e = copy.deepcopy(d)
print(e, e == d, e.b is d.b, copy.copy(d).b is d.b)
print(dataclasses.replace(d, a=5), dataclasses.astuple(d), dataclasses.asdict(d))
@dataclasses.dataclass(frozen=True)
class F:
    x: int
print(copy.copy(F(3)), copy.deepcopy(F(3)) == F(3), hash(F(3)) == hash(F(3)))
@dataclasses.dataclass(slots=True)
class SL:
    p: int
    q: str = 'q'
s = SL(1)
print(copy.copy(s), copy.deepcopy(s), s.__getstate__() if hasattr(SL, '__getstate__') else None)
@dataclasses.dataclass(frozen=True, slots=True)
class FS:
    v: tuple
print(copy.deepcopy(FS((1, [2]))), pickle.loads(pickle.dumps(FS((3,)))))
print(pickle.loads(pickle.dumps(DC(7, [8]))), pickle.loads(pickle.dumps(SL(2, 'z'), 2)))
try:
    pickle.dumps(SL(2, 'z'), 1)
except TypeError as e:
    print(type(e).__name__, e)
