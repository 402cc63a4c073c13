match x:
 case C(a=1, b, 1j+1): pass
