match x:
 case C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, C(a=1, b, x)))))))))))))))))))) y: pass
