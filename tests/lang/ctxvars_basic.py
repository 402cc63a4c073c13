# contextvars over _contextvars: ContextVar get/set/reset with Tokens,
# Context as a read-only mapping, run / copy / copy_context isolation,
# per-thread contexts, and CPython's error messages.
import contextvars as cv
import re
import threading

def clean(s):
    return re.sub(r"0x[0-9a-f]+", "0x?", str(s))

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(clean(repr(r))[:90])
    except Exception as e:
        print(type(e).__name__, clean(e))

t(cv.ContextVar)
t(cv.ContextVar, 5)
t(cv.ContextVar, "a", 5)
t(cv.ContextVar, "a", default=5, x=1)
t(cv.ContextVar, "a", x=1)
t(cv.ContextVar, name="kw")
print(cv.ContextVar("d", default=None).get())
v = cv.ContextVar("v", default=1)
print(v.name, v.get(), v.get(2), clean(repr(v)), clean(repr(cv.ContextVar("nodefault"))))
t(v.get, 1, 2)
t(v.reset, 5)
t(v.set)
tok = v.set(10)
print(type(tok).__name__, tok.var is v, tok.old_value is cv.Token.MISSING, repr(cv.Token.MISSING), clean(repr(tok)))
t(cv.Token)
t(cv.Context, 1)
t(cv.Context, a=1)
t(type(cv.Token.MISSING))
tok2 = v.set(20)
print(tok2.old_value, v.get())
v.reset(tok2)
print(v.get(), clean(repr(tok2)))
t(v.reset, tok2)
w = cv.ContextVar("w")
t(w.reset, tok)
t(w.get)
print(w.get(None), w.get("fallback"))
v.reset(tok)
print(v.get(), len(cv.copy_context()))
tok = v.set(10)

# Context as a mapping
ctx = cv.copy_context()
print(type(ctx), len(ctx), v in ctx, w in ctx, ctx[v], ctx.get(w), ctx.get(w, 7), ctx.get(v, 7))
t(ctx.__getitem__, w)
t(ctx.__getitem__, "x")
t(ctx.get, "x")
t(ctx.get)
t(ctx.__contains__, 5)
t(hash, ctx)
print(hash(v) == hash(v), list(ctx.keys()) == [v], list(ctx.values()), list(ctx.items()) == [(v, 10)],
      list(iter(ctx)) == [v], dict(ctx) == {v: 10})

# run: changes stay in the context run in
def f(a, b=0):
    w.set(a + b)
    return w.get(), len(cv.copy_context())
print(ctx.run(f, 1, b=2), w.get(None), ctx[w], len(ctx))
t(ctx.run)
t(ctx.run, 5)
t(ctx.run, f, 1, 2, 3)
def reenter():
    ctx.run(lambda: None)
t(ctx.run, reenter)
def raises():
    w.set("before error")
    raise KeyError("inside")
t(ctx.run, raises)
print(ctx[w], w.get("outside"))
c2 = ctx.copy()
print(c2 == ctx, c2 is ctx, c2 != ctx, ctx == 5, cv.Context() == cv.Context(), len(cv.Context()), list(cv.Context()))
c2.run(w.set, "only in c2")
print(c2[w], ctx[w], c2 == ctx)
def nested():
    inner = cv.copy_context()
    v.set("outer run")
    return inner.run(lambda: (v.get(), inner.run is not None)), v.get()
print(cv.Context().run(nested), v.get())

# a token works only in its own context
def make_token():
    return v.set("in other")
other = cv.Context()
tok3 = other.run(make_token)
t(v.reset, tok3)
other.run(v.reset, tok3)
print(other.get(v, "gone"))

# generic aliases, no subclassing, read-only attributes
print(cv.ContextVar[int], cv.Token[str])
for base in (cv.ContextVar, cv.Context, cv.Token):
    t(lambda: type("X", (base,), {}))
print(cv.ContextVar.__module__, cv.Context.__module__, cv.Token.__module__, cv.Token.MISSING.__class__.__name__)
for obj, attr in ((tok, "var"), (tok, "old_value"), (v, "name")):
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError")
print(sorted(n for n in dir(cv.Context) if not n.startswith("__")))
print(sorted(n for n in dir(cv.ContextVar) if not n.startswith("__")))
print(sorted(n for n in dir(cv.Token) if not n.startswith("__")))

# threads: each starts with an empty context
res = []
v.set("main")
def th():
    res.append(v.get())
    v.set("thread")
    res.append(v.get())
    res.append(len(cv.copy_context()))
x = threading.Thread(target=th)
x.start()
x.join()
print(res, v.get())
ctx = cv.copy_context()
def th2():
    res.append(ctx.run(v.get))
x = threading.Thread(target=th2)
x.start()
x.join()
print(res[-1])

# many variables
vs = [cv.ContextVar("x%d" % i) for i in range(50)]
toks = [var.set(i) for i, var in enumerate(vs)]
snap = cv.copy_context()
for tk in reversed(toks):
    tk.var.reset(tk)
print(sum(var.get(0) for var in vs), sum(snap[var] for var in vs), len(snap))
