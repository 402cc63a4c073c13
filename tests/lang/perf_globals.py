# LOAD_GLOBAL's cache remembers where a name's entry is in the globals or
# builtins dict: rebinding a global (same keys), adding a global that
# shadows a builtin, deleting it again, and changing builtins must all be
# seen by code whose cache already warmed. Also module-level loops that
# rebind globals at every iteration.
import builtins

counter = 0


def read_counter():
    return counter


seen = []
for i in range(40):
    counter = i * 2          # a new value under the same key
    seen.append(read_counter())
print(seen[:3], seen[-1])


def use_len(x):
    return len(x)


print([use_len("ab") for _ in range(30)][-1])
len = lambda x: "shadowed"   # a global now shadows the builtin
print(use_len("ab"))
del len
print(use_len("abc"))

builtins.my_value = 1


def read_builtin():
    return my_value


print(sum(read_builtin() for _ in range(30)))
builtins.my_value = 5        # a builtin's value replaced
print(read_builtin())
my_value = 100               # now a global of the same name
print(read_builtin())
del my_value
print(read_builtin())
del builtins.my_value
try:
    read_builtin()
except NameError as e:
    print(type(e).__name__, e)


# Many globals added while a function keeps reading one of them.
def read_target():
    return target


target = "t0"
out = []
for k in range(60):
    globals()["g%d" % k] = k
    if k % 20 == 0:
        target = "t%d" % k
    out.append(read_target())
print(out[0], out[-1], len(out))
for k in range(0, 60, 2):
    del globals()["g%d" % k]
target = "final"
print(read_target(), g59)


total = 0
for i in range(50):
    total += i
print(total)

# Module attributes (`mod.name`, `mod.f(x)`) are cached the same way: by
# where the name's entry is in the module's dict.
import sys

mod = type(sys)("mod")
mod.k = 1
mod.f = lambda x: x + 1


def use_mod(n):
    t = 0
    for i in range(n):
        t += mod.k + mod.f(i)
    return t


print(use_mod(40))
mod.k = 100                  # same key, new value
print(use_mod(40))
for j in range(30):          # new keys: the dict's entries move
    setattr(mod, "x%d" % j, j)
print(use_mod(40))
del mod.k
try:
    use_mod(1)
except AttributeError as e:
    print(type(e).__name__, e)
mod.__getattr__ = lambda name: "lazy " + name   # PEP 562 fallback
print(mod.k, use_mod.__name__)
mod.k = 5
print(use_mod(3))

mod2 = type(sys)("mod2")
mod2.k, mod2.f = 7, lambda x: 0
saved = mod
for m in (saved, mod2, saved, mod2):
    mod = m
    print(use_mod(2), end=" ")
print()
