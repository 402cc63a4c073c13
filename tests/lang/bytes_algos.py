# small binary-data programs: hex dump, checksums, run-length coding, a varint codec
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = chunk.hex(" ").ljust(width * 3 - 1)
        text = bytes(c if 32 <= c < 127 else 46 for c in chunk).decode("ascii")
        print("%04x  %s  |%s|" % (off, hexpart, text))

def adler32(data):
    a, b = 1, 0
    for c in data:
        a = (a + c) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def rle_encode(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)

def rle_decode(data):
    out = bytearray()
    for k in range(0, len(data), 2):
        out += bytes([data[k + 1]]) * data[k]
    return bytes(out)

def varint_encode(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)

def varint_decode(data, pos=0):
    shift = result = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if not b & 0x80:
            return result, pos
        shift += 7

msg = "Taipan says: héllo, wörld! \x00\x01\xff".encode("utf-8", "surrogateescape")
hexdump(msg)
print(hex(adler32(msg)), hex(adler32(b"")), hex(adler32(b"Wikipedia")))
raw = b"aaaaabbbcccccccccccd" + b"\x00" * 300 + b"xyz"
enc = rle_encode(raw)
print(len(raw), len(enc), enc[:12], rle_decode(enc) == raw)
stream = b"".join(varint_encode(n) for n in [0, 1, 127, 128, 300, 16384, 2 ** 35, 2 ** 63])
print(stream.hex(":"))
pos, vals = 0, []
while pos < len(stream):
    v, pos = varint_decode(stream, pos)
    vals.append(v)
print(vals)
xor = bytes(a ^ b for a, b in zip(b"secret message", b"keykeykeykeyke"))
print(xor, bytes(a ^ b for a, b in zip(xor, b"keykeykeykeyke")))
table = bytes.maketrans(b"ACGT", b"TGCA")
dna = b"ATGCGTACGTTAGC"
print(dna.translate(table)[::-1], dna.count(b"G") + dna.count(b"C"), [dna[i:i + 3] for i in range(0, len(dna) - 2, 3)])
