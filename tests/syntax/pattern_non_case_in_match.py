match x:
  case 1:
    pass
  y = 1
