# SystemExit(None) and exit with 0: silent, status 0; other args.
for code in [None, 0, 5, "text", (1, 2)]:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare:", e.code, e.args)
print("leaving quietly")
raise SystemExit(None)
