# decimal (the pure-Python _pydecimal under Taipan) keeps its current
# context in a ContextVar: getcontext / setcontext / localcontext, per
# thread and per contextvars.Context.
import contextvars
import decimal
import threading
from decimal import Decimal, getcontext, localcontext, setcontext

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(1) / Decimal(7), getcontext().prec, ctx is getcontext())
print(Decimal(1) / Decimal(7), getcontext().prec)
with localcontext(prec=5, rounding=decimal.ROUND_DOWN):
    print(Decimal(2).sqrt(), getcontext().rounding)
with localcontext(decimal.BasicContext):
    print(getcontext().prec, Decimal(2).sqrt())
try:
    with localcontext() as c:
        c.traps[decimal.DivisionByZero] = True
        Decimal(1) / 0
except decimal.DivisionByZero as e:
    print(type(e).__name__)
with localcontext() as c:
    c.traps[decimal.DivisionByZero] = False
    print(Decimal(1) / 0, bool(c.flags[decimal.DivisionByZero]))
print(bool(getcontext().flags[decimal.DivisionByZero]))

setcontext(decimal.Context(prec=6))
print(Decimal(2).sqrt())
setcontext(decimal.DefaultContext)

# each thread has its own decimal context
out = []
def th():
    out.append(getcontext().prec)
    getcontext().prec = 4
    out.append(str(Decimal(1) / Decimal(3)))
t = threading.Thread(target=th)
t.start()
t.join()
print(out, getcontext().prec, Decimal(1) / Decimal(3))

# and each contextvars.Context
def in_ctx():
    setcontext(decimal.Context(prec=2))
    return str(Decimal(2) / Decimal(3))
print(contextvars.copy_context().run(in_ctx), Decimal(2) / Decimal(3))
print(Decimal("3.14159").quantize(Decimal("0.01")), round(Decimal("2.675"), 2), Decimal(0.1))
print(Decimal("1e100").log10(), Decimal(10).ln(), Decimal("-0").copy_abs(), Decimal("NaN").is_nan())
print(sum(Decimal(i) / 10 for i in range(10)), sorted([Decimal("1.5"), Decimal(1), Decimal("0.5")]))
