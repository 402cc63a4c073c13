# f-string '=' (self-documenting expressions) with conversions and specs
x, name, pi = 42, "Ann", 3.14159
items = [1, 2, 3]
print(f"{x=}", f"{name=}", f"{pi=}", f"{items=}", f"{x + 1=}", f"{items[1]=}", f"{name.upper()=}")
print(f"{x = }", f"{x= }", f"{x =}", f"{ x = }", f"{pi=:.2f}", f"{pi = :>10.3f}|", f"{name=!s}", f"{name=!r}", f"{name=!a}")
print(f"{'é'=}", f"{'é'=!a}", f"{None=}", f"{x*2=:#x}", f"{len(items)=:03d}", f"{x=!s:>6}|")
d = {"k": "v"}
print(f"{d['k']=}", f"{d=}", f"{(lambda: 1)()=}", f"{[i*i for i in range(3)]=}", f"{x if x else 0=}")
print(f"{'a' 'b'=}", f"{x!r:>5}", f"{x!s:<5}|", f"{'q'!a:^7}|", f"{3.0!r}", f"{b'b'!s}", f"{b'b'=}")
class P:
    def __repr__(self):
        return "P()"
    def __format__(self, spec):
        return "fmt:" + spec
p = P()
print(f"{p=}", f"{p=:xyz}", f"{p=!s:xyz}" if False else f"{p!r:>6}", f"{p:}", f"{p!s}")
print(f"{x=}{name=}", f"{{x=}}", f"{{{x=}}}", f"a{x=}b")
