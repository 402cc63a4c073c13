# An uncaught exception four calls deep: every frame with its carets.
def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

def total(values):
    loaded = load(values)
    return sum(loaded)

class Report:
    def __init__(self, values):
        self.values = values
    def run(self):
        return total(self.values) * 2

print("start")
print(Report(["1", "2"]).run())
print(Report(["1", "x2"]).run())
print("not reached")
