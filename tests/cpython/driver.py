"""Runs one CPython test module under Taipan and prints one line per test:
`RESULT <status> <test id>` with status ok, fail, error, skip, xfail
(expected failure) or xpass (unexpected success); then `DONE`. Run by
run_cpython_tests.py as `taipan driver.py test.test_x`."""
import sys
import unittest


class Recorder(unittest.TestResult):
    def _say(self, status, test):
        print("RESULT", status, test.id(), flush=True)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._say("ok", test)

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._say("fail", test)

    def addError(self, test, err):
        super().addError(test, err)
        self._say("error", test)

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._say("skip", test)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._say("xfail", test)

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._say("xpass", test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self._say("fail" if issubclass(err[0], test.failureException) else "error", test)


def main():
    name = sys.argv[1]
    suite = unittest.defaultTestLoader.loadTestsFromName(name)
    suite.run(Recorder())
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
