# Match statements in corner forms: subjects, soft keywords glued to brackets, literals.
match [x]:
 case _: pass
match {x}:
 case _: pass
match -x:
 case _: pass
match not x:
 case _: pass
match lambda: 1:
 case _: pass
match x if y else z:
 case _: pass
match x,*y:
 case _: pass
match match:
 case case: pass
match x:
 case (a, b) as c if c: pass
match x:
 case 1 | \
 2: pass
match x:
 case [1, # comment
 2]: pass
match x:
 case {
**rest
}: pass
match x:
 case 1.e5 | 0b101 | 0o17 | 1E-3j | .5: pass
match x:
 case rb"a" | Rb'b' | u"c" | "\\n": pass
match x:
 case """a
b""": pass
match x:
 case C(
 a,
 b=
 1): pass
match (yield):
 case _: pass
match x:
 case a.b.c(): pass
match x:
 case [*_]: pass
match x:
 case (((a))): pass
match x:
 case ((a), b): pass
match x:
 case ((a,)): pass
match x:
 case (a | b) | (c | d): pass
match x:
 case -0: pass
match x:
 case 99999999999999999999999999: pass
match x:
 case -1.5e300 - 2e-300j: pass
match x:
 case {1: _, **_rest}: pass
match x:
 case a.match.case: pass
match(x):
 case(1): pass
match[x]:
 case[1]: pass
match{x}:
 case{1: a}: pass
match-x:
 case-1: pass
match"x":
 case"x": pass
if 1:
  match x:
    case 1:
      pass
  y = 2
match x:
 case 1:
  pass
match y:
 case 2:
  pass
