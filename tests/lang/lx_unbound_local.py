# UnboundLocalError and NameError wording of 3.11 for locals, frees, globals.
def report(fn):
    try:
        fn()
    except NameError as e:
        print(fn.__name__, type(e).__name__, "|", e)

g = "global"
def shadow():
    print(g)
    g = 1

def assigned_later():
    if False:
        v = 1
    return v

def deleted():
    v = 1
    del v
    return v

def free_unbound():
    def inner():
        return cell
    r = inner
    try:
        return r()
    finally:
        cell = 1

def free_deleted():
    cell = 1
    def inner():
        return cell
    del cell
    return inner()

def undefined():
    return no_such_name

def augmented():
    total += 1

def in_comprehension():
    return [q for q in range(2) if zz]

def class_body_global():
    class K:
        print(undefined_in_class)

def loop_var_unbound():
    for i in []:
        pass
    return i

def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err

def nonlocal_unbound():
    def outer():
        x = 1
        del x
        def inner():
            nonlocal x
            return x
        return inner()
    return outer()

for fn in [shadow, assigned_later, deleted, free_unbound, free_deleted,
           undefined, augmented, in_comprehension, class_body_global,
           loop_var_unbound, except_var_cleared, nonlocal_unbound]:
    report(fn)

print(issubclass(UnboundLocalError, NameError))
try:
    shadow()
except UnboundLocalError as e:
    print(repr(e), e.args)
try:
    undefined()
except NameError as e:
    print(repr(e), e.name)
