# lists used as queues, stacks and buffers: long sequences of
# insert/pop/append/extend/slice operations checked against a model
# computed differently (deterministic pseudo-random operations)
def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33

r = lcg(7)
lst = []
model = {}
for step in range(4000):
    op = next(r) % 7
    if op == 0:
        lst.append(step)
    elif op == 1 and lst:
        lst.pop(0)
    elif op == 2 and lst:
        lst.pop()
    elif op == 3:
        lst.insert(next(r) % (len(lst) + 1), step)
    elif op == 4 and lst:
        del lst[next(r) % len(lst)]
    elif op == 5:
        lst.extend([step, -step])
    elif op == 6 and len(lst) > 3:
        i = next(r) % (len(lst) - 2)
        lst[i:i + 2] = lst[i + 1:i + 3][::-1]
    if step % 500 == 0:
        print(step, len(lst), sum(lst), lst[:3], lst[-3:])
print(len(lst), sum(lst), min(lst), max(lst))
# FIFO with head index vs pop(0)
q1 = list(range(1000))
out1 = []
while q1:
    out1.append(q1.pop(0))
    if len(out1) % 100 == 0 and len(out1) < 900:
        q1.append(-len(out1))
print(len(out1), out1[-5:], sum(out1))
# stack of frames
stack = []
trace = []
for c in '((a)(b(c)))(d)':
    if c == '(':
        stack.append([])
    elif c == ')':
        top = stack.pop()
        trace.append(''.join(top))
        if stack:
            stack[-1].append('[' + ''.join(top) + ']')
    else:
        stack[-1].append(c)
print(trace, stack)
# ring buffer via slicing
buf = [0] * 8
pos = 0
for v in range(1, 30):
    buf[pos] = v
    pos = (pos + 1) % len(buf)
print(buf[pos:] + buf[:pos])
# big insert at front and reverse
front = []
for i in range(2000):
    front.insert(0, i)
print(front[:3], front[-3:], front == list(range(1999, -1, -1)))
front.reverse()
print(front[:3], front == sorted(front))
# removing by value from a long list
rem = list(range(100)) * 3
for v in range(0, 100, 2):
    rem.remove(v)
print(len(rem), rem[:5], rem.count(1), rem.count(0))
