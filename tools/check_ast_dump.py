#!/usr/bin/env python3.11
"""Checks src/front/ast_dump.c on real trees without Taipan's parser: CPython
parses each file (ast.parse(..., type_comments=True)), the tree is serialised
one token per line, tools/check_ast_dump.c rebuilds it with Taipan's AST
structs and prints ast_dump of it, and that must equal
ast.dump(tree, include_attributes=True, indent=3) + "\\n".

Usage: tools/check_ast_dump.py [--build DIR] [FILES or DIRS...]
(default: /usr/lib/python3.11, recursively; DIR default build/uni)
Serialisation: "N Kind" then the fields in order, then the 4 attributes as
"I n"; "-" None; "L n" and n items; "S hex" strings; "I n" ints; "E Name"
enums; constants as "C" lines: "n", "T", "F", ".", "i digits", "f hexbits",
"j hexbits", "s hex", "b hex".
"""
import ast
import os
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def const(v, out):
    if v is None:
        out.append('n')
    elif v is True:
        out.append('T')
    elif v is False:
        out.append('F')
    elif v is ...:
        out.append('.')
    elif isinstance(v, int):
        out.append('i %d' % v)
    elif isinstance(v, float):
        out.append('f %x' % struct.unpack('<Q', struct.pack('<d', v))[0])
    elif isinstance(v, complex):
        out.append('j %x' % struct.unpack('<Q', struct.pack('<d', v.imag))[0])
    elif isinstance(v, str):
        out.append('s ' + v.encode('utf-8', 'surrogatepass').hex())
    elif isinstance(v, bytes):
        out.append('b ' + v.hex())
    else:
        raise TypeError(v)


def ser(x, out):
    if x is None:
        out.append('-')
    elif isinstance(x, ENUMS):
        out.append('E ' + type(x).__name__)
    elif isinstance(x, ast.AST):
        out.append('N ' + type(x).__name__)
        for f in x._fields:
            v = getattr(x, f)
            if f == 'value' and isinstance(x, (ast.Constant, ast.MatchSingleton)):
                const(v, out)
            else:
                ser(v, out)
        for a in x._attributes:
            out.append('I %d' % getattr(x, a))
    elif isinstance(x, list):
        out.append('L %d' % len(x))
        for i in x:
            ser(i, out)
    elif isinstance(x, str):
        out.append('S ' + x.encode('utf-8', 'surrogatepass').hex())
    elif isinstance(x, int):
        out.append('I %d' % x)
    else:
        raise TypeError(x)


def files(args):
    for a in args:
        if os.path.isdir(a):
            for d, _, fs in sorted(os.walk(a)):
                for f in sorted(fs):
                    if f.endswith('.py'):
                        yield os.path.join(d, f)
        else:
            yield a


def check_batch(exe, batch, shown):
    names, inputs, wants = [], [], []
    for f in batch:
        try:
            tree = ast.parse(open(f, 'rb').read(), f, type_comments=True)
            want = ast.dump(tree, include_attributes=True, indent=3) + '\n'
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        out = []
        ser(tree, out)
        out.append('end')
        names.append(f)
        inputs.append('\n'.join(out) + '\n')
        wants.append(want)
    got = subprocess.run([exe], input=''.join(inputs).encode(), capture_output=True,
                         check=True).stdout.decode('utf-8', 'replace').split('\x01\n')
    bad = 0
    for f, w, g in zip(names, wants, got):
        if w != g:
            bad += 1
            if shown + bad <= 5:
                wl, gl = w.split('\n'), g.split('\n')
                i = next((i for i in range(min(len(wl), len(gl))) if wl[i] != gl[i]), 0)
                print('MISMATCH %s line %d:\n  got  %r\n  want %r' % (f, i + 1,
                      gl[i] if i < len(gl) else None, wl[i] if i < len(wl) else None))
    return bad, len(names)


def main():
    args = sys.argv[1:]
    build = os.path.join(ROOT, 'build', 'uni')
    if args[:1] == ['--build']:
        build, args = args[1], args[2:]
    exe = os.path.join(build, 'check_ast_dump')
    objs = [os.path.join(build, 'obj', p) for p in
            ('front/ast.o', 'front/ast_gen.o', 'front/ast_dump.o', 'util/arena.o',
             'util/strbuf.o', 'util/repr.o', 'util/float_repr.o', 'unicode/unicode.o',
             'unicode/unicode_tables.o')]
    subprocess.check_call(['cc', '-O2', '-std=gnu11', '-Wall', '-Werror',
                           os.path.join(ROOT, 'tools', 'check_ast_dump.c')] + objs +
                          ['-lm', '-o', exe])
    bad = total = 0
    batch = []
    for f in list(files(args or ['/usr/lib/python3.11'])) + [None]:
        if f is not None:
            batch.append(f)
        if len(batch) == 100 or (f is None and batch):
            nb, nt = check_batch(exe, batch, bad)
            bad += nb
            total += nt
            batch = []
    print('ast_dump: %d files, %d mismatches' % (total, bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
