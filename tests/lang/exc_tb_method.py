# An uncaught AttributeError from a method call split over lines: 3.11
# points the carets at the attribute's line.
class Chain:
    def step(self):
        return self
    def done(self):
        return None
c = (Chain()
     .step()
     .done()
     .missing(1, 2))
