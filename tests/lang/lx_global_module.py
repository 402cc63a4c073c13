# Module-level globals: global statements at module level, globals() and
# the module namespace, __name__, builtins shadowing, deletion.
global a_global
a_global = 1
print(a_global, __name__, type(globals()).__name__)
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__builtins__", "__doc__")))
print(__doc__)

def set_twice():
    global counter
    counter = 0
    for _ in range(3):
        counter += 1
set_twice()
print(counter)

# shadowing a builtin at module level, then removing the shadow
len = lambda x: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))

def uses_print():
    return print.__name__
print(uses_print())

# a function sees module globals assigned after its definition
def later():
    return defined_after
defined_after = "assigned later"
print(later())

# globals() is the live namespace
g = globals()
g["injected"] = "via globals()"
print(injected)
del g["injected"]
try:
    injected
except NameError as e:
    print(type(e).__name__, e)

# loop variables at module level are globals
for loop_var in range(2):
    pass
print(loop_var, "loop_var" in globals())

# comprehension variables at module level are not
[comp_var for comp_var in range(2)]
print("comp_var" in globals())

# a function's __globals__ is this module's namespace
def f():
    pass
print(f.__globals__ is globals())

# locals() at module level is globals()
print(locals() is globals())

# deleting a global from inside a function
doomed = 1
def kill():
    global doomed
    del doomed
kill()
print("doomed" in globals())
try:
    kill()
except NameError as e:
    print(type(e).__name__, e)
