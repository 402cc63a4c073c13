# cmath: C99 Annex G special values, CPython's formulas to the bit, errors
import cmath, math

inf, nan = math.inf, math.nan
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(sorted(n for n in dir(cmath) if not n.startswith('__')))

parts = [-inf, -2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0, inf, nan]
zs = [complex(a, b) for a in parts for b in parts]
zs += [1e-310 + 1e-310j, 1e300 + 1e300j, -1e308 + 1j, 0.9 + 0.5j, 1 + 1e-200j, 1e200 + 2j, 710 + 1j, -710 + 0.5j, 1e-20 - 1e-20j]

def fmt(x):
    return repr(x)

for name in ['sqrt', 'exp', 'log', 'log10', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh',
             'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(fmt(f(z)))
        except ValueError:
            out.append('V')
        except OverflowError:
            out.append('O')
    print(name)
    for i in range(0, len(out), 10):
        print('  ', ' '.join(out[i:i + 10]))

print([cmath.phase(z) for z in zs[:30]])
pol = []
for z in zs:
    try:
        pol.append(cmath.polar(z))
    except OverflowError:
        pol.append('O')
print(pol)
rs = []
for r in parts:
    for p in parts:
        try:
            rs.append(cmath.rect(r, p))
        except ValueError:
            rs.append('V')
print(rs)
print([(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z)) for z in zs[::7]])
print(cmath.log(8, 2), cmath.log(1j, 1 + 1j), cmath.log(0, 2), cmath.log(10, 10), cmath.log(-1, -1))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1j, 1.1j, rel_tol=0.1), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(a=1, b=1j), cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(complex(nan, 0), complex(nan, 0)))

class C:
    def __complex__(self): return 1 + 2j
class B:
    def __complex__(self): return 1.5
class F:
    def __float__(self): return 2.0
class I:
    def __index__(self): return 3
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(-4), cmath.sqrt(True), cmath.exp(10**3 * 0 + 1))

def t(label, f, *a, **k):
    try:
        print(label, '->', repr(f(*a, **k)))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

t('sqrt str', cmath.sqrt, 'x')
t('sqrt B', cmath.sqrt, B())
t('sqrt big', cmath.sqrt, 10**400)
t('sqrt()', cmath.sqrt)
t('sqrt(z=1)', cmath.sqrt, z=1)
t('log()', cmath.log)
t('log(1,2,3)', cmath.log, 1, 2, 3)
t('log(0)', cmath.log, 0)
t('log(1,0)', cmath.log, 1, 0)
t('log(1,1)', cmath.log, 1, 1)
t('log(2,str)', cmath.log, 2, 'x')
t('log(x=1)', cmath.log, x=1)
t('rect str', cmath.rect, 'x', 1)
t('rect(1)', cmath.rect, 1)
t('rect(1,inf)', cmath.rect, 1, inf)
t('rect(1j,1)', cmath.rect, 1j, 1)
t('polar big', cmath.polar, 1e308 + 1e308j)
t('exp big', cmath.exp, 1000)
t('cosh(1+inf j)', cmath.cosh, complex(1, inf))
t('isclose bad', cmath.isclose, 1, 2, rel_tol=-1)
t('isclose(1)', cmath.isclose, 1)
t('phase(str)', cmath.phase, 'x')
t('atanh(1)', cmath.atanh, 1)
t('log10(0)', cmath.log10, 0)
