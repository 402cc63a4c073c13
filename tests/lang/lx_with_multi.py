# with statements: several items, order of __enter__/__exit__, exceptions
# in __enter__ and __exit__, suppression by a true return value.
log = []

class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name = name
        self.suppress = suppress
        self.fail_enter = fail_enter
        self.fail_exit = fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        if self.fail_exit:
            raise KeyError("exit " + self.name)
        return self.suppress

def run(label, fn):
    log.clear()
    try:
        r = fn()
        log.append("returned %r" % (r,))
    except Exception as e:
        log.append("raised %s %s" % (type(e).__name__, e))
    print(label, log)

def two():
    with CM("a") as a, CM("b") as b:
        log.append("body %s %s" % (a, b))
        return a + b
run("two", two)

def body_raises():
    with CM("a"), CM("b"):
        raise ValueError("body")
run("body_raises", body_raises)

def inner_suppresses():
    with CM("a"), CM("b", suppress=True):
        raise ValueError("body")
    return "after"
run("inner_suppresses", inner_suppresses)

def second_enter_fails():
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        log.append("never")
run("second_enter_fails", second_enter_fails)

def exit_raises():
    with CM("a"), CM("b", fail_exit=True):
        log.append("body")
run("exit_raises", exit_raises)

def exit_raises_during_exception():
    with CM("a"), CM("b", fail_exit=True):
        raise ValueError("body")
run("exit_raises_during_exception", exit_raises_during_exception)

def parenthesized():
    with (
        CM("p") as p,
        CM("q") as q,
    ):
        return p + q
run("parenthesized", parenthesized)

def truthy_suppress():
    class T(CM):
        def __exit__(self, *a):
            super().__exit__(*a)
            return 1
    with T("t"):
        raise ValueError
    return "suppressed by 1"
run("truthy_suppress", truthy_suppress)

def falsy_objects():
    class F(CM):
        def __exit__(self, *a):
            super().__exit__(*a)
            return []
    with F("f"):
        raise ValueError("kept")
run("falsy_objects", falsy_objects)

def exit_args():
    class Show:
        def __enter__(self):
            return self
        def __exit__(self, et, ev, tb):
            log.append((et, type(ev).__name__, type(tb).__name__))
            return True
    with Show():
        raise IndexError("i")
    with Show():
        pass
run("exit_args", exit_args)

def missing_methods():
    class NoExit:
        def __enter__(self):
            return 1
    with NoExit():
        pass
run("missing_exit", missing_methods)

def missing_enter():
    class NoEnter:
        def __exit__(self, *a):
            pass
    with NoEnter():
        pass
run("missing_enter", missing_enter)

def target_unpacking():
    class Pair:
        def __enter__(self):
            return (1, [2, 3])
        def __exit__(self, *a):
            pass
    with Pair() as (x, [y, z]):
        return x + y + z
run("target_unpacking", target_unpacking)

def loop_control():
    out = []
    for i in range(3):
        with CM(str(i)):
            if i == 0:
                continue
            if i == 2:
                break
            out.append(i)
    return out
run("loop_control", loop_control)
