# exit(n) at top level ends the program with status n, like sys.exit.
print('leaving with 3')
exit(3)
print('not reached')
