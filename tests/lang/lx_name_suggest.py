# An uncaught NameError in a nested call: 3.11 adds "Did you mean" to the
# report for close names.
def compute(values):
    totl = 0
    for v in values:
        totl += v
    return total * 2

def main():
    return compute([1, 2, 3])

print("start")
main()
