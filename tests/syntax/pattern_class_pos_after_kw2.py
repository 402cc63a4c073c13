match x:
 case C(a=1, b, c=2, d):
  pass
