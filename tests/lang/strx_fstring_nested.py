# f-strings: quotes, nesting, braces, expressions, conversions and specs together
name, n, items = "wörld", 7, {"a": [1, 2], "é": "x"}
print(f"hello {name}", f'single {name!r}', f"""triple {name}""", f'''{n}''', f"{'inner'}", f'{"inner2"}')
print(f"{items['a'][1]}", f"{items['é']}", f"{len(items)}", f"{n:{'>'}{n}}", f"{n!r:{'^'}{n}}", f"{{n}}", f"{{{n}}}")
print(f"{n if n > 5 else 'small'}", f"{[x * 2 for x in range(3)]}", f"{(lambda x: x + 1)(n)}", f"{ {'k': n}['k'] }")
print(f"{f'{n}'}", f"{f'{f'{n}'}'}" if False else f"{f'{n}' * 2}", f"{n:0{n}d}", f"{name:*^{n + 4}}")
print(f"{3.14159:.{n - 4}f}", f"{n:#{'x'}}", f"{255:{'#'}{'08'}{'b'}}", f"{'é':3}|", f"{'日本'!a}")
print(f"{n}" f"{name}" "plain" f"{n!s}", f"a" f"b", f"{n}\n{name}".split("\n"), rf"raw\{n}", fr"\t{name}")
print(f"{name.upper()!r}", f"{name[::-1]}", f"{name[1:3]=}", f"{n * 'ab'}", f"{n % 3}", f"{n // 2 = }")
x = 10
print(f"{x:=^10}", f"{x:=10}", f"{(x := 5)}", x, f"{x!r:}", f"{x:}")
def gen():
    yield f"{n}"
print(list(gen()), [f"{i}:{c}" for i, c in enumerate("é😀")], {f"{k}": v for k, v in items.items()})
