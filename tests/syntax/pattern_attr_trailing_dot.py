match x:
 case a.b(): pass
 case a.b.: pass
