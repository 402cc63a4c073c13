# A module with a syntax error: the SyntaxError names its file and line,
# nothing is left in sys.modules, and uncaught, its traceback shows the
# import and then the error's location.
import sys
sys.path.insert(0, sys.path[0] + "/imp_pkgs")
try:
    import ip_syntax_error
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename.replace(sys.path[0], "<P>"), e.lineno, e.offset)
    print(repr(e.text))
print("ip_syntax_error" in sys.modules)
import ip_syntax_error
