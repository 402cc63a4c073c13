match x:
 case C(a, _=1): pass
