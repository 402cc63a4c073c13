match x:
 case C(a=1, b, c | C(c=1, d)): pass
