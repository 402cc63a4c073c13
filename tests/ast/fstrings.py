# f-strings: conversions, format specs, nesting, debugging '='.
name = 'world'
a = f'hello {name}'
b = f"{x!r} {x!s} {x!a}"
c = f'{value:>10}'
d = f'{value:{width}.{precision}}'
e = f'{x=}'
g = f'{x = !r:>5}'
h = f'{{literal}} {x}'
i = f'''multi
{line}
'''
j = rf'\d{x}'
k = f'{a["key"]}' f'{b}' 'plain'
l = f'{lambda_:3}' + f'{(lambda: 1)()}'
m = f'{3.14:.2f} {x:{"<"}10}'
n = f''
o = f'{ {1: 2}[1] }'
