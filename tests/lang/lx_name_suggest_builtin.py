# NameError suggestions come from the frame's locals, then its globals,
# then the builtins; caught NameErrors carry only the plain message.
counter_value = 3
def local_first():
    lenght = 5
    try:
        return lenhgt
    except NameError as e:
        return str(e), e.name
print(local_first())
try:
    countr_value
except NameError as e:
    print(str(e), e.name)

def show(items):
    for item in items:
        prnt(item)

show(["a"])
