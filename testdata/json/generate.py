"""Writes python-float-repr.tsv: doubles and the text Python writes for them, the oracle for
io.mlmodel.enforce.internal.PyFloat (MLflow's answers are Python's json.dumps, whose numbers are
float.__repr__, with NaN and the infinities as NaN, Infinity, -Infinity).

Each line: the double's 64 bits as 16 lower-case hex digits, a tab, json.dumps of the value.
Run with any Python 3 (standard library only): python3 generate.py > python-float-repr.tsv
The output is deterministic (fixed seed): running it again rewrites the same bytes.
"""
import json
import math
import random
import struct


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def of_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def f32(x):
    """The double numpy's float32 value x becomes in tolist(): rounded to float32, widened."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


values = [
    0.0, -0.0, math.nan, math.inf, -math.inf, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
    2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 0.1, 0.2, 0.1 + 0.2,
    1.0, -1.0, 2.0e-3, 1.0e23, 9.999999999999999e22, 8.41e21, 5.0e-4, 123456789.0, 1234567890123456.0,
    12345678901234567.0, 9007199254740993.0, 2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 100.0, 1e7, 1e-7,
    0.3, 2.0 / 3.0, 1.0 / 3.0, math.pi, math.e, 4.35, 5e-310, 1.5e300, 3.4028234663852886e38,
    1.1754943508222875e-38, 1.401298464324817e-45, 65504.0, 6.103515625e-05,
]
# the switch between fixed and exponent notation (1e-4 and 1e16) and every power of ten, with the
# doubles on either side
for e in range(-325, 310):
    for x in (float("1e%d" % e), float("9.999999999999999e%d" % e), float("5e%d" % e)):
        if x != 0 and not math.isinf(x):
            values += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for x in (1e-4, 1e-5, 1e15, 1e16, 1e17):
    y = x
    for _ in range(3):
        y = math.nextafter(y, 0)
        values.append(y)
rng = random.Random(21)
# any bit pattern (NaN payloads are one NaN to Python and to MLflow)
values += [of_bits(rng.getrandbits(64)) for _ in range(3000)]
# short decimals, where the shortest digits and their rounding matter most
for _ in range(2000):
    values.append(float("%d.%de%d" % (rng.randrange(1, 10), rng.randrange(0, 10 ** rng.randrange(1, 8)),
                                     rng.randrange(-30, 30))))
# float32 outputs: numpy's tolist widens them to double, so repr shows the double's digits
values += [f32(rng.uniform(-1000, 1000)) for _ in range(1000)]
values += [f32(of_bits(bits(1.0) + (rng.getrandbits(52) & ~0x1fffffff))) for _ in range(200)]
values += [f32(rng.uniform(-1, 1) * 10.0 ** rng.randrange(-40, 38)) for _ in range(800)]
values += [v * -1 for v in values[:60]]
# binary fractions with short decimals (sums and products of halves, quarters, ...: a linear
# model's outputs on such inputs), written from their exact digits up to 15 of them, and the
# edges of that: 15 and 16 digits, 2^-21 and 2^-22 steps, integers near 10^15 and 2^53
rng2 = random.Random(2112)
for _ in range(1500):
    k = rng2.randrange(0, 26)
    values.append(rng2.randrange(1, 2 ** rng2.randrange(1, 54)) / 2.0 ** k * rng2.choice((1, -1)))
for k in range(0, 26):
    for m in (1, 3, 999, 2 ** 20 + 1, 2 ** 40 + 1, 999999999999999 // 5 ** min(k, 21), 2 ** 52 + 1, 2 ** 53 - 1):
        values.append(m / 2.0 ** k)
for x in (999999999999999.0, 1e15, 1e15 + 1, 1e15 - 0.5, 9999999999999998.0, 2.0 ** 50, 2.0 ** 52 + 3):
    values += [x, -x]

seen = set()
for v in values:
    b = bits(v)
    if b in seen:
        continue
    seen.add(b)
    print("%016x\t%s" % (b, json.dumps(v)))
