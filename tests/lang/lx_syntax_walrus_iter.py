# A walrus may not rebind a comprehension's iteration variable: the whole
# file is rejected before anything runs.
print("never printed")
values = [x := 1 for x in range(3)]
