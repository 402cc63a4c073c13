# TextIOWrapper made by open() over real files (part 1's FileIO and Buffered*): modes, tell/seek, newline handling, BOM on append, line buffering.
import io, os
p = '/tmp/iox_file_%d.txt' % os.getpid()
try:
    with open(p, 'w', encoding='utf-8') as f:
        print(repr(f).replace(p, 'P'), f.mode, f.name == p, type(f.buffer).__name__)
        f.write('héllo\nwörld\r\n')
        f.writelines(['a\n', 'b'])
    with open(p) as f:
        print(repr(f).replace(p, 'P'), f.encoding)
        print(f.readline(), f.tell())
        print(f.read(3), f.tell())
        f.seek(0)
        print(list(f))
        print(f.newlines)
    with open(p, 'r+', encoding='utf-8', newline='') as f:
        print(f.read(), f.tell())
        f.write('END')
        f.seek(0)
        print(repr(f.read()))
    with open(p, 'rb') as f:
        print(f.read())
    with open(p, 'a', encoding='utf-16') as f:
        f.write('x')
    with open(p, 'w', encoding='utf-16') as f:
        f.write('x'); f.write('y')
    with open(p, 'a', encoding='utf-16') as f:
        print(f.tell()); f.write('z')
    with open(p, encoding='utf-16') as f:
        print(f.read())
    with open(p, 'w', buffering=1) as f:
        f.write('lb\n'); print(f.line_buffering)
    f = open(p, 'r')
    print(f.fileno() > 2, f.isatty(), f.readable(), f.writable(), f.seekable())
    f.close()
    print(f.closed)
finally:
    os.remove(p)
