# A walrus inside a comprehension in a class body is a SyntaxError.
print("never printed")
class Config:
    items = [1, 2, 3]
    big = [y for x in items if (y := x * 2) > 2]
