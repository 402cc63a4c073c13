# A 200,000-node linked list of class instances, built, walked, kept across
# collections while garbage is made, then dropped and built again.
class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next

head = None
for i in range(200000):
    head = Node(i, head)

def walk(h):
    total = count = 0
    while h is not None:
        total += h.value
        count += 1
        h = h.next
    return count, total

print(walk(head))
# garbage while the chain is alive
junk = 0
for i in range(6000):
    junk += len([i, str(i), (i,)])
print(junk, walk(head))
# cut it in the middle: the tail becomes garbage
h = head
for i in range(100000):
    h = h.next
h.next = None
print(walk(head))
head = None

# a chain with slots and a doubly-linked variant (cycles everywhere)
class Cell:
    __slots__ = ('v', 'prev', 'next')
    def __init__(self, v):
        self.v = v
        self.prev = self.next = None

first = last = Cell(0)
for i in range(1, 50000):
    c = Cell(i)
    c.prev = last
    last.next = c
    last = c
n, s = 0, 0
c = last
while c is not None:
    n += 1
    s += c.v
    c = c.prev
print(n, s, first.next.next.v, last.prev.prev.v)
