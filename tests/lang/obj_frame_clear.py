# frame.clear(): a finished frame's references are dropped; a frame still
# on the stack refuses; traceback.clear_frames and unittest's assertRaises
# rely on it.
import sys, traceback

def inner():
    x = [1, 2, 3]
    raise ValueError("boom")

try:
    inner()
except ValueError:
    tb = sys.exc_info()[2]
    frames = [f for f, lineno in traceback.walk_tb(tb)]
try:
    frames[0].clear()
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(frames[1].f_locals))
frames[1].clear()
print(frames[1].f_locals, frames[1].f_code.co_name)
traceback.clear_frames(tb)
print("cleared")

import unittest
class T(unittest.TestCase):
    def test_raises(self):
        self.assertRaises(TypeError, len, 1, 2)
        with self.assertRaises(KeyError) as cm:
            {}["k"]
        self.assertEqual(cm.exception.args, ("k",))
r = unittest.TestResult()
unittest.defaultTestLoader.loadTestsFromTestCase(T).run(r)
print(r.testsRun, r.wasSuccessful(), r.errors, r.failures)
