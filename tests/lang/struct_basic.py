# _struct: pack/unpack of every format code, byte orders and alignment,
# range errors with CPython messages, pack_into/unpack_from offsets,
# iter_unpack, Struct objects, half floats.
import struct
for f,v in [('b',200),('B',-1),('h',40000),('H',-1),('i',2**31),('<i',2**31),('I',-1),('<I',-1),('q',2**63),('Q',-1),('<q',2**64),('c',b'ab'),('s','x'),('f',1e300),('e',1e6),('b',1.5),('b','x'),('?',[])]:
    try: print(f, struct.pack(f,v))
    except Exception as e: print(f, type(e).__name__, e)
for f,v in [('<b',200),('<B',-1),('<h',40000),('<H',-1),('<H',70000),('>l',2**31),('<L',2**32),('<L',-1),('<Q',-1),('<Q',2**64),('I',2**32),('L',-1),('n',2**63),('N',-1),('<f',1e300),('>e',65520.0),('e',65519.0),('<q',-2**63-1),('P',-1),('P',1.0), ('x',1)]:
    try: print(f, struct.pack(f,v))
    except Exception as e: print(f, type(e).__name__, e)
print(struct.pack('>e', 1.5), struct.pack('<e', -0.0), struct.pack('<e', float('inf')), struct.pack('<e', 1e-8), struct.unpack('<e', b'\x01\x00'), struct.pack('<e', 5.960464477539063e-08), struct.pack('<e', 2.98e-08))
print([struct.unpack('<e', struct.pack('<e', x))[0] for x in (0.1, 1/3, 65504.0, 6.1e-5, 1e-7, -2.5, float('nan'))])
print(struct.pack('?', []), struct.pack('2?', 5, 0), struct.unpack('3?', b'\x00\x02\x01'))
print(list(struct.iter_unpack('<h', b'\x01\x00\x02\x00')))
for args in [('<h', b'\x01'), ('0s', b'')]:
    try: list(struct.iter_unpack(*args))
    except Exception as e: print(e)
b = bytearray(8); struct.pack_into('<hh', b, 2, 1, 2); print(b)
for f, buf, off in [('<hh', b, 6), ('<h', bytes(4), 0), ('<h', b, -1), ('<h', b, -20)]:
    try: struct.pack_into(f, buf, off, 1, 2) if f == '<hh' else struct.pack_into(f, buf, off, 1)
    except Exception as e: print(type(e).__name__, e)
print(struct.unpack_from('<h', b, -4), struct.unpack_from('<h', b, offset=2))
for off in (7, 9, -9):
    try: struct.unpack_from('<h', b, off)
    except Exception as e: print(type(e).__name__, e)
s = struct.Struct('<2hx'); print(s.format, s.size, s.unpack(b'\x01\x00\x02\x00\x00'), s.unpack_from(b'\x01\x00\x02\x00\x00'))
print(struct.pack('<3s', b'abcdef'), struct.pack('<3s', b'a'), struct.unpack('2p', b'\x05a'), struct.pack('5p', b'ab'), struct.pack('0p', b'x'))
try: struct.pack('<2h', 1)
except Exception as e: print(e)
try: struct.Struct(5)
except Exception as e: print(type(e).__name__, e)
print(struct.calcsize(' < 2 h  i '), struct.pack(b'<h', 1), struct.Struct(b'<h').format)
for f in ['<2', 'y', '<P', '<n']:
    try: struct.calcsize(f)
    except Exception as e: print(type(e).__name__, e)
print(struct.calcsize('@bhiq'), struct.calcsize('bhiq0q'), struct.calcsize('3s2p'), struct.calcsize('ci'), struct.calcsize('=ci'), struct.calcsize('c0i'))
print(struct.pack('@bi', 1, 2), struct.pack('>bi', 1, 2), struct.pack('!H', 258), struct.unpack('>q', b'\xff'*8), struct.unpack('<Q', b'\xff'*8))
print(struct.unpack('<d', struct.pack('<d', 3.14)), struct.unpack('>f', struct.pack('>f', 0.1)), struct.pack('<f', 1.0))
print(struct.pack('<i', True), struct.unpack('@P', struct.pack('@P', 12345)))
class Idx:
    def __index__(self): return 7
print(struct.pack('<i', Idx()), struct.pack('<d', 2), struct.pack('<d', Idx()) if False else '')
try: struct.pack('<d', 'x')
except Exception as e: print(type(e).__name__, e)
print(type(struct.error), struct.error.__module__, issubclass(struct.error, Exception))
print(struct.pack('<2c', b'a', b'b'), struct.unpack('<2c', b'ab'), struct.pack('<c', bytearray(b'z')))
print(struct.iter_unpack('<h', b'\x00\x00\x01\x00').__length_hint__())
