# AttributeError suggestions for a method name on a builtin type and on an
# instance with a __dir__; caught errors have name and obj set.
class Custom:
    def __dir__(self):
        return ["alpha", "beta", "gamma"]
    def __getattr__(self, name):
        raise AttributeError(name)
try:
    [].appendd
except AttributeError as e:
    print(str(e), e.name, e.obj)
try:
    Custom().alhpa
except AttributeError as e:
    print(str(e), e.name)

def run(words):
    return words.spilt(",")

run("a,b")
