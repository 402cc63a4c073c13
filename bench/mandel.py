# Float arithmetic: escape-time iteration over a grid of the complex plane,
# written with real floats (no complex type). The checksum is the total
# iteration count and a small ASCII picture of the set.

def escape(cr, ci, limit):
    zr = zi = 0.0
    for i in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


def render(width, height, limit):
    total = 0
    rows = []
    for y in range(height):
        ci = -1.2 + 2.4 * y / (height - 1)
        row = []
        for x in range(width):
            cr = -2.1 + 2.8 * x / (width - 1)
            n = escape(cr, ci, limit)
            total += n
            row.append(n)
        rows.append(row)
    return total, rows


total, rows = render(440, 220, 500)
print("iterations", total)
shades = " .:-=+*#%@"
for r in range(0, len(rows), 10):
    row = rows[r]
    print("".join(shades[min(row[c] * 10 // 501, 9)] for c in range(0, len(row), 5)))
