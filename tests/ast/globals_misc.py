"""A module docstring."""
# Expression statements, ellipsis bodies, and misc edge cases.
...
'not a docstring'
1
x if y else z
(yield_ := 3)
print((a := 1), a)
[x for x in range(3) if (y := x)]
not_a_keyword = print
__debug__
