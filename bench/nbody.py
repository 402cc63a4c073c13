# Float arithmetic: a small gravitational simulation, bodies kept as lists
# of floats. The bodies and masses are invented (units where G = 1); the
# checksum is the total energy before and after, printed to 9 places.

def make_bodies():
    bodies = []
    # x, y, z, vx, vy, vz, mass
    seed = [
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 50.0),
        (3.0, 0.0, 0.5, 0.0, 4.1, 0.2, 0.25),
        (-5.5, 1.0, 0.0, -0.3, -3.0, 0.0, 0.6),
        (0.0, 8.0, -1.0, -2.4, 0.1, 0.05, 1.1),
        (11.0, -2.0, 0.3, 0.4, 2.1, -0.1, 0.3),
        (-1.0, -13.0, 0.8, 1.9, -0.2, 0.0, 0.02),
    ]
    for b in seed:
        bodies.append(list(b))
    # Move to the centre-of-momentum frame.
    px = py = pz = total = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
        total += b[6]
    for b in bodies:
        b[3] -= px / total
        b[4] -= py / total
        b[5] -= pz / total
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(n) for j in range(i + 1, n)]
    for _ in range(steps):
        for b, c in pairs:
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


bodies = make_bodies()
print("%.9f" % energy(bodies))
advance(bodies, 0.001, 150000)
print("%.9f" % energy(bodies))
print(" ".join("%.6f" % b[0] for b in bodies))
