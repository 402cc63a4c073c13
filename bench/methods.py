# Method calls: expression trees of small classes evaluated through
# polymorphic methods, a counter driven through bound-method calls, and
# super() chains. Most time goes to LOAD_METHOD/CALL and frame set-up.

class Expr:
    def evaluate(self, env):
        raise NotImplementedError

    def size(self):
        return 1


class Const(Expr):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value


class Var(Expr):
    def __init__(self, index):
        self.index = index

    def evaluate(self, env):
        return env[self.index]


class BinOp(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def size(self):
        return 1 + self.left.size() + self.right.size()


class Add(BinOp):
    def evaluate(self, env):
        return self.left.evaluate(env) + self.right.evaluate(env)


class Sub(BinOp):
    def evaluate(self, env):
        return self.left.evaluate(env) - self.right.evaluate(env)


class Mul(BinOp):
    def evaluate(self, env):
        return (self.left.evaluate(env) * self.right.evaluate(env)) % 1000003


def build(depth, seed):
    if depth == 0:
        if seed % 3 == 0:
            return Const(seed % 17)
        return Var(seed % 4)
    kind = seed % 3
    left = build(depth - 1, seed * 7 + 1)
    right = build(depth - 1, seed * 11 + 3)
    if kind == 0:
        return Add(left, right)
    if kind == 1:
        return Sub(left, right)
    return Mul(left, right)


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by):
        self.count += by
        return self

    def value(self):
        return self.count


class Base:
    def weight(self, n):
        return n + 1


class Middle(Base):
    def weight(self, n):
        return super().weight(n) * 2


class Top(Middle):
    def weight(self, n):
        return super().weight(n) + 3


tree = build(10, 5)
print("nodes", tree.size())
total = 0
for i in range(3000):
    total = (total + tree.evaluate([i, i + 1, i * 2, 7])) % 1000000007
print("evaluate", total)

c = Counter()
bump = c.bump
for i in range(3000000):
    c.bump(1)
    bump(i & 7)
print("counter", c.value())

t = Top()
acc = 0
for i in range(1200000):
    acc += t.weight(i)
print("super", acc)
