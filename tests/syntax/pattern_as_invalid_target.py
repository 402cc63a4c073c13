match x:
 case 1 as None:
  pass
