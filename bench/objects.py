# Attribute-heavy objects: a grid of cells and a crowd of walkers kept as
# instances of plain classes, read and written through attributes on every
# step. Integer arithmetic only, so the checksum is exact.

class Cell:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.visits = 0
        self.food = (x * 7 + y * 13) % 5


class Walker:
    def __init__(self, ident, x, y):
        self.ident = ident
        self.x = x
        self.y = y
        self.dx = 1 if ident % 2 else -1
        self.dy = 1 if ident % 3 else -1
        self.energy = 100
        self.eaten = 0
        self.steps = 0


class World:
    def __init__(self, width, height, walkers):
        self.width = width
        self.height = height
        self.cells = [[Cell(x, y) for x in range(width)] for y in range(height)]
        self.walkers = [Walker(i, (i * 17) % width, (i * 29) % height)
                        for i in range(walkers)]
        self.tick = 0


def step(world):
    world.tick += 1
    w = world.width
    h = world.height
    for a in world.walkers:
        nx = a.x + a.dx
        ny = a.y + a.dy
        if nx < 0 or nx >= w:
            a.dx = -a.dx
            nx = a.x + a.dx
        if ny < 0 or ny >= h:
            a.dy = -a.dy
            ny = a.y + a.dy
        a.x = nx
        a.y = ny
        cell = world.cells[ny][nx]
        cell.visits += 1
        if cell.food > 0:
            cell.food -= 1
            a.eaten += 1
            a.energy += 3
        else:
            a.energy -= 1
        a.steps += 1
        if a.energy <= 0:
            a.energy = 50
            a.dx, a.dy = a.dy, -a.dx
    if world.tick % 50 == 0:
        for row in world.cells:
            for cell in row:
                if cell.food < 4:
                    cell.food += 1


world = World(64, 48, 400)
for _ in range(12000):
    step(world)

eaten = 0
energy = 0
for a in world.walkers:
    eaten += a.eaten
    energy += a.energy
visits = 0
busiest = 0
for row in world.cells:
    for cell in row:
        visits += cell.visits
        if cell.visits > busiest:
            busiest = cell.visits
print("tick", world.tick, "eaten", eaten, "energy", energy)
print("visits", visits, "busiest", busiest)
