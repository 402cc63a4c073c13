# SystemExit: the message goes to stderr and the status is 1.
print("about to exit")
raise SystemExit("bye")
