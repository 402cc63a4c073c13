# numeric literal forms: decimal, hex, octal, binary, underscores, leading
# zeros, floats with exponents and missing parts, imaginary literals, and
# the values and types they give.
ints = [0, 00, 0_0, 000_000, 7, 1_000_000, 0xff, 0XFF, 0x_ff, 0xdead_BEEF, 0o17, 0O17, 0o_1_7, 0b1010, 0B1010,
        0b_1_0, 0x7fffffffffffffff, 0xffffffffffffffffffff, 0o777777777777777777777777, 0b1 + 0b11111111111111111111111111111111111111111111111111111111111111111,
        123456789012345678901234567890, 1_2_3_4]
print(ints, [type(i).__name__ for i in ints[:3]])
floats = [0.0, 0., .0, 1., .5, 1.5, 1e0, 1E0, 1e+0, 1e-0, 1e10, 1e-10, 1_0.0_1, 1_0e1_0, 0e0, 00.5, 0_0.5, 007e3, 1.5e308,
          1e309 if False else 1.7976931348623157e308, 5e-324, 4e-324, 3e-324, 2e-324, 1e-400, 123456789012345678901234567890.0,
          0.1e1, 1.e1, .1e-1, 9_007_199_254_740_993.0]
print([repr(f) for f in floats])
print(1e309, -1e309, 1e309 - 1e309 != 0, type(1e309).__name__)
imags = [0j, 1j, 1J, 0.5j, .5j, 5.j, 1e3j, 1e-3J, 1_0j, 0_0j, 00j, 09j, 09.5j, 1e309j, 0x10 * 1j]
print([repr(z) for z in imags], [type(z).__name__ for z in imags[:2]])
print(-1, - 1, -(1), +1, ~1, --1, -+-1, ~~5, -0x10, -0o10, -0b10, -1e3, -1j, -0j, - 0.0)
print(1 .bit_length(), 1.5.is_integer(), 0x10.bit_length(), 1j.imag, 1e3.hex(), 0o7.__add__(1), 1_0 .real)
print(1if 1else 0, [0x1for x in []], 0b1and 2, 0o7or 1, 1e5if True else 0)
print(2**-1, 2 ** -1, -2**2, (-2)**2, 2**3**2, -2**-2, 10**-2, 1e2**2, 2j**2, 0**0)
print(1_000 + 0x_10 + 0o_10 + 0b_10, int("1_000") + int("0x_10", 16), float("1_0.5"), complex("1_0+2_0j"))
print(999999999999999999999999999999 * 0 == 0, 0xF_F == 255, 0o1_7 == 15, 0b1_1 == 3, 1_2.3_4 == 12.34)
