# `global y` in a nested function makes the module-level y a real global
# (STORE_GLOBAL), visible when exec runs with separate globals and locals
src = """if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
"""
glob, loc = {}, {}
exec(src, glob, loc)
print(loc['result9'], loc['result2'], 'y' in glob, 'y' in loc)

src2 = """if 1:
    x = 7
    def f():
        x = 1
        def g():
            global x
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    r = f()
"""
glob, loc = {}, {}
exec(src2, glob, loc)
print(loc['r'], glob.get('x'), loc.get('x'))

glob, loc = {}, {}
exec("z = 5\ndef k():\n    return z\n", glob, loc)   # no global statement: z stays local
print(sorted(k for k in loc), 'z' in glob)
exec("a: int = 1\ndef m():\n    global a\n", glob, loc)
print(glob.get('a'), loc.get('a'))
