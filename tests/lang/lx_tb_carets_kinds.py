# Caret lines of several expression kinds in one uncaught traceback chain:
# the final frames are a call, a subscript and an attribute.
class Node:
    def __init__(self, children):
        self.children = children

def depth(node):
    return 1 + max((depth(c) for c in node.children), default=0)

def pick(tree, path):
    node = tree
    for i in path:
        node = node.children[i]
    return node

def describe(tree):
    try:
        return pick(tree, [0, 5])
    except IndexError:
        n = pick(tree, [0])
        return n.label.upper()

tree = Node([Node([]), Node([Node([])])])
print(depth(tree))
describe(tree)
