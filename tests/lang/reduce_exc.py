# BaseException.__reduce__ / __setstate__: copying exceptions
import copy
e = ValueError(1, 'two')
print(e.__reduce__(), copy.copy(e).args, type(copy.deepcopy(e)).__name__)
e.note = 'n'
r = e.__reduce__()
print(r[0].__name__, r[1], r[2])
c = copy.copy(e)
print(c.args, c.note)
class MyErr(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
m = MyErr('bad', 7)
print(m.__reduce__()[1:], copy.deepcopy(m).code, str(copy.copy(m)))
x = KeyError('k')
x.__setstate__({'a': 1, 'b': [2]})
print(x.a, x.b)
x.__setstate__(None)
try:
    x.__setstate__(5)
except TypeError as err:
    print(type(err).__name__, err)
print(Exception().__reduce__(), StopIteration(3).__reduce__())
