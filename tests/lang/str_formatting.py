# printf-style % and str.format / format(), compared with CPython 3.11.
print("%s and %r" % ("x", "x"), "%d%%" % 50, "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
print("%d %i %u" % (1, -2, 3), "%x %X %o" % (255, 255, 8), "%#x %#o %#X" % (255, 8, 255))
print("%05d|%-5d|%+d|% d|%+05d" % (42, 42, 42, 42, -42), "%.3d" % 7, "%5.3d" % 7)
print("%f %e %g" % (3.14159, 314.159, 0.0001234), "%.2f %.0f %10.3f|%-10.2f|" % (2.675, 2.5, 3.14159, 1.5))
print("%g %g %g %G" % (1e20, 123456789.0, 0.5, 1e-10), "%E" % 12345.678)
print("%c%c" % (65, "b"), "%c" % 233, "%a" % "é", "%r" % [1, "a"])
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "%s" % {"k": 1}, "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), "%s" % None, "%d" % True, "%d" % 3.99)
print("%x" % -255, "%d" % 10**20, "%x" % 2**70, "%f" % float("inf"), "%5.1f" % float("-inf"))
for fmt, args in [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", "x"), ("%z", 1), ("%c", "ab"), ("%(a)s", 1),
                  ("%x", 1.5), ("%", ()), ("%(a", {"a": 1})]:
    try:
        print(fmt % args)
    except Exception as ex:
        print(type(ex).__name__, ex)
print("{} {}".format("a", "b"), "{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{{}}".format())
print("{0[1]} {0[0]}".format(["a", "b"]), "{d[k]}".format(d={"k": "v"}), "{!r} {!s} {!a}".format("é", "é", "é"))
print("[{:>6}] [{:<6}] [{:^6}] [{:*^7}] [{:.2}] [{:6.2}]".format("ab", "ab", "ab", "ab", "abc", "abc"))
print("{:5}|{:<5}|{:>5}|{:05}".format("a", 1, "b", "c"))
print("{0:{1}}|{0:>{1}}".format("x", 4))
print(format("abc", "^9"), format("abc"), format("é€", "*>5"), "{:s}".format("s"))
print("{0.real} {0.imag}".format(3), "{:d} {:x} {:.2f} {:,}".format(42, 255, 3.14159, 1234567))
print("{name}".format_map({"name": "map"}))
for fmt, args, kw in [("{", (), {}), ("}", (), {}), ("{0!x}", (1,), {}), ("{a}", (), {}), ("{0}{}", (1, 2), {}),
                      ("{}{0}", (1, 2), {}), ("{0.}", (1,), {}), ("{:{:{}}}", (1, 2, 3), {}), ("{}", (), {}),
                      ("{0[0]x}", ([1],), {}), ("{:d}", ("a",), {}), ("{:+}", ("a",), {}), ("{:=5}", ("a",), {}),
                      ("{:,}", ("a",), {}), ("{:#}", ("a",), {}), ("{0!rr}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except Exception as ex:
        print(type(ex).__name__, ex)
