# enum members copy through __reduce_ex__
import copy, enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(copy.copy(Color.RED), copy.deepcopy(Color.GREEN) is Color.GREEN)

