# An uncaught AttributeError: the report suggests a close attribute name.
class Account:
    def __init__(self):
        self.balance = 10
        self.owner = "ann"

def show(acct):
    return acct.balanse

print("start")
show(Account())
