# What the standard library builds on zlib: gzip, zipfile with
# ZIP_DEFLATED, shutil.make_archive / unpack_archive, and zipapp archives
# run by the interpreter itself.
import gzip
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipapp
import zipfile

text = b"".join(b"%05d the quick brown fox\n" % i for i in range(3000))

# gzip: one-shot, files, streams, mtime-fixed output is byte-identical
g = gzip.compress(text, mtime=0)
print(len(g), g[:4].hex(), gzip.decompress(g) == text)
print(gzip.compress(b"abc", compresslevel=9, mtime=0).hex())
print(gzip.decompress(gzip.compress(b"one", mtime=0) + gzip.compress(b"two", mtime=0)))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, filename="") as f:
    f.write(text[:5000])
    f.write(text[5000:])
print(buf.getvalue() == g)
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(20), f.readline(), len(f.read()))
try:
    gzip.decompress(b"not gzip data")
except Exception as e:
    print(type(e).__name__, e)
try:
    gzip.decompress(g[:-5])
except Exception as e:
    print(type(e).__name__, e)

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.gz")
    with gzip.open(p, "wt", encoding="utf-8") as f:
        f.write("héllo\n" * 100)
    with gzip.open(p, "rt", encoding="utf-8") as f:
        lines = f.readlines()
    print(len(lines), lines[0])

    # zipfile, deflated and stored
    zp = os.path.join(d, "a.zip")
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("text.txt", text)
        z.writestr("small.txt", b"tiny")
        z.writestr(zipfile.ZipInfo("stored.bin", (2020, 1, 1, 0, 0, 0)), b"\x00" * 100, zipfile.ZIP_STORED)
        z.writestr("level9.txt", text, compresslevel=9)
    with zipfile.ZipFile(zp) as z:
        print(z.testzip())
        for i in z.infolist():
            print(i.filename, i.compress_type, i.file_size, i.compress_size < i.file_size, hex(i.CRC))
        print(z.read("text.txt") == text, z.read("small.txt"))
        with z.open("text.txt") as f:
            print(f.read(10), len(f.read()))
    # a corrupted member is caught by its CRC
    raw = bytearray(open(zp, "rb").read())
    with zipfile.ZipFile(zp) as z:
        info = z.getinfo("small.txt")
        off = info.header_offset + 30 + len(info.filename) + len(info.extra)
    raw[off] ^= 0xFF
    with open(zp, "wb") as f:
        f.write(raw)
    with zipfile.ZipFile(zp) as z:
        try:
            z.read("small.txt")
        except Exception as e:
            print(type(e).__name__, str(e)[:40])

    # shutil archives
    src = os.path.join(d, "tree")
    os.makedirs(os.path.join(src, "sub"))
    for name, content in (("a.txt", b"alpha\n" * 50), ("sub/b.txt", b"beta\n" * 80)):
        with open(os.path.join(src, name), "wb") as f:
            f.write(content)
    arc = shutil.make_archive(os.path.join(d, "arch"), "zip", src)
    print(os.path.basename(arc))
    with zipfile.ZipFile(arc) as z:
        print(sorted(z.namelist()), sorted(i.compress_type for i in z.infolist()))
    out = os.path.join(d, "out")
    shutil.unpack_archive(arc, out)
    print(sorted(os.listdir(out)), open(os.path.join(out, "sub", "b.txt"), "rb").read()[:10])
    arc = shutil.make_archive(os.path.join(d, "arch"), "gztar", src)
    print(os.path.basename(arc))
    out2 = os.path.join(d, "out2")
    shutil.unpack_archive(arc, out2)
    print(sorted(os.listdir(out2)))

    # zipapp: a compressed application archive run by this interpreter
    app = os.path.join(d, "app")
    os.makedirs(os.path.join(app, "pkg"))
    with open(os.path.join(app, "__main__.py"), "w") as f:
        f.write("import sys, pkg\nprint('app says', pkg.VALUE, sys.argv[1:])\n")
    with open(os.path.join(app, "pkg", "__init__.py"), "w") as f:
        f.write("VALUE = 42\n")
    target = os.path.join(d, "app.pyz")
    zipapp.create_archive(app, target, compressed=True)
    with zipfile.ZipFile(target) as z:
        print(sorted(z.namelist()), sorted({i.compress_type for i in z.infolist()}))
    print(subprocess.run([sys.executable, target, "x", "y"], capture_output=True, text=True).stdout, end="")
    target2 = os.path.join(d, "app2.pyz")
    subprocess.run([sys.executable, "-m", "zipapp", "-c", app, "-o", target2], check=True)
    print(subprocess.run([sys.executable, target2], capture_output=True, text=True).stdout, end="")
