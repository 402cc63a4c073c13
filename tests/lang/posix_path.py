# os.path over the test's own folder, reached through __file__.
import os
import os.path

here = os.path.dirname(os.path.abspath(__file__))
print(os.path.basename(here), os.path.basename(__file__))
print(os.path.isabs(here), os.path.exists(here), os.path.isdir(here), os.path.isfile(here))
me = os.path.join(here, "posix_path.py")
print(os.path.exists(me), os.path.isfile(me), os.path.isdir(me), os.path.islink(me))
print(os.path.exists(os.path.join(here, "no-such-file.txt")))
print(os.path.split("/a/b/c.py"), os.path.splitext("x/y.tar.gz"))
print(os.path.join("a", "b", "c"), os.path.join("/a", "/b"), os.path.normpath("a//b/../c/."))
print(os.path.dirname(me) == here, os.path.relpath(me, here))
print(os.path.getsize(me) > 0, type(os.path.getmtime(me)).__name__)
print(os.path.join(b"a", b"b"), os.path.basename(b"/x/y"))
print(os.path.expanduser("~") != "~", os.path.commonprefix(["abc", "abd"]))
print(os.path.samefile(me, os.path.join(here, ".", "posix_path.py")))
print("posix_path.py" in os.listdir(here), "posix_path.py" in [e.name for e in os.scandir(here)])
