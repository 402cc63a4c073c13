# The traceback module over Taipan's tracebacks: tb_frame is the frame
# object (the live one while the frame runs), code positions for the
# carets, format_exc / print_exc / extract_tb / walk_tb.
import sys, traceback

def inner(x):
    return 10 // x

def outer():
    return inner(0)

try:
    outer()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
    print(tb.tb_frame is sys._getframe(), tb.tb_frame.f_code.co_name)
    print([f.f_code.co_name for f, _ in traceback.walk_tb(tb)])
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line)
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    print(traceback.format_exception_only(*sys.exc_info()[:2]))

def gen_lines():
    code = inner.__code__
    print(all(len(p) == 4 for p in code.co_positions()))
    print(sorted({line for start, end, line in code.co_lines()}))
gen_lines()

try:
    {}["missing"]
except KeyError as e:
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
