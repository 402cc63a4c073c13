# Line structure: continuation lines, semicolons, comments, blank lines,
# brackets across lines, tabs, CRLF-free but deeply indented blocks.
x = 1 + \
    2
y = [
    1,
    2,  # comment
    3,
]

if x: y = 1; z = 2

def f():
	if True:
		return (1,
		        2)

class A:

    def m(self):


        pass
    # trailing comment
