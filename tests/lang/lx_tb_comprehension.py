# An uncaught error inside a lambda called from a comprehension inside a
# generator expression: frames named <lambda>, <listcomp>, <genexpr>.
convert = lambda s: int(s) * 2

def totals(rows):
    return sum(sum([convert(c) for c in row]) for row in rows)

print(totals([["1", "2"], ["3"]]))
print(totals([["1"], ["2", "three"]]))
