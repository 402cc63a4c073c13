# pdb driven by a script of commands: stepping, printing and changing a
# variable, breakpoints, continue.
import io, pdb, sys

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

commands = io.StringIO("p total\nn\nn\np total\nn\np i\n!total = 100\np total\nb 9\nc\np total\nc\n")
debugger = pdb.Pdb(stdin=commands, stdout=sys.stdout)
debugger.use_rawinput = False
print("result", debugger.runcall(work, 3))
