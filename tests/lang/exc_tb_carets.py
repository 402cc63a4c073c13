# Carets of a multi-line expression.
x = 1
y = 0
result = (x +
          x) / y
