# __class_getitem__: implicit classmethod used by C[...].
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], Box[()])
print(type(Box.__dict__["__class_getitem__"]).__name__)

class SubBox(Box): pass
print(SubBox[str])

# instances do not use __class_getitem__
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

# a metaclass __getitem__ wins over __class_getitem__
class Meta(type):
    def __getitem__(cls, item):
        return ("meta", cls.__name__, item)
class M(metaclass=Meta):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(M[5])

# builtin generics
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int].__origin__, list[int].__args__)

# no __class_getitem__
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[0]
except TypeError as e:
    print(type(e).__name__, e)

# explicit classmethod and slicing
class Sl:
    @classmethod
    def __class_getitem__(cls, item):
        return item
print(Sl[1:2], Sl[::3], Sl[...])

# __class_getitem__ = None
class Off:
    __class_getitem__ = None
try:
    Off[1]
except TypeError as e:
    print(type(e).__name__, e)
