# An uncaught AttributeError: 3.11 prints "Did you mean" only in the traceback.
class Config:
    def __init__(self):
        self.verbose = True
        self.timeout = 30
    def reload(self):
        return "reloaded"

c = Config()
try:
    c.verbos
except AttributeError as e:
    print("str(e):", e)          # no suggestion in the message itself
    print("name:", e.name, "obj is c:", e.obj is c)
try:
    c.relod()
except AttributeError as e:
    print("str(e):", e)
try:
    Config.timout
except AttributeError as e:
    print("str(e):", e)
print("now uncaught:")
c.timout
