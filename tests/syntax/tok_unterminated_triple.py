x = 1
y = f"""abc
z = 2
