# f-string node positions as CPython 3.11 gives them (parser_string.c):
# fields on later lines of a triple-quoted f-string, fields that open with
# a line break, concatenation over lines, non-ASCII text before a field,
# format specs (their JoinedStr spans only their own token), '=' fields.
a = f'{x}' f"a{b}c{d!r:>{w}}" "zz" f"{e=}" f'{ e = !s:^{n}}'
b = f"""
  ab {x} {
   y} {z +
  w}
"""
def f():
    return (f"first {a}"
            f"second {b} "
            "third"
            F"""fourth {
                c
            } {d:>{e}}""")
c = f'abc\
 {x}  {y}'
d = f'''{x
}''' f'''line
    {x!r}
    {  y  =  }'''
e = f'''{
x}''' f'''{ 
  x} {	
 y}'''
é = f'é{x}日{y}😀{z:é{w}}' u'u' f'{x:{y}é}'
g = f'{x, y}' f'{*x, y}' f'{yield}' f'{(yield x)}' f'{x if y else z}'
h = f'{(lambda: 1)()}' f'{(x := 2)}' f'{x:=2}' f'{x!=y}' f'{x<y}' f'{x>=y=}'
i = f'{"a"}' f"{'b'}" f'{"""c"""}' f"""{'''d'''}""" f'{f"{x}"}' f'''{f"{f'{y}'}"}'''
j = f'{x:}' f'{x!r:}' f'{x:{y}}' f'{x:a{y}b{z}c}' f'{{}}{{{x}}}' f'\N{DIGIT ONE}{x}\{y}'
k = f'''{"""a
b""" + y}'''
