"""A small, fast QR encoder for badge codes: numeric data in a version-1 symbol
(21 × 21 modules) at error correction level H (30 % recovery).

Badge codes are 8 digits, which a version-1 symbol holds at level H (up to 17
digits). Everything that does not depend on the data (function patterns, the
order data modules are filled in, the eight masks and the format bits) is worked
out once; per code only the bit stream, the Reed–Solomon check words, the module
placement and the mask penalty (ISO/IEC 18004 rules N1–N4, on rows and columns
held as 21-bit integers) are computed. Anything else (letters, longer data) goes
to ``segno``. ``tests/core/printing/test_qr.py`` checks every mask against segno
module for module.
"""

from __future__ import annotations

import re
from functools import lru_cache

N = 21                      # modules per side, version 1
FULL = (1 << N) - 1
DATA_CODEWORDS = 9          # version 1-H
ECC_CODEWORDS = 17
EC_BITS = 0b10              # level H in the format information
MAX_DIGITS = 17


# ---------------------------------------------------------------- GF(256) and Reed–Solomon
def _tables():
    exp = [0] * 512
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


EXP, LOG = _tables()


def _generator(n: int) -> list[int]:
    g = [1]
    for i in range(n):
        nxt = [0] * (len(g) + 1)
        for j, coef in enumerate(g):
            nxt[j] ^= coef
            if coef:
                nxt[j + 1] ^= EXP[LOG[coef] + i]
        g = nxt
    return g


GEN = _generator(ECC_CODEWORDS)
GEN_LOG = [LOG[c] for c in GEN[1:]]


ECC_BITS = 8 * ECC_CODEWORDS
ECC_MASK = (1 << ECC_BITS) - 1


def _ecc_table() -> list[int]:
    """For each feedback byte, the generator times it: 17 bytes packed in one integer."""
    table = []
    for factor in range(256):
        v = 0
        for gl in GEN_LOG:
            v = (v << 8) | (EXP[LOG[factor] + gl] if factor else 0)
        table.append(v)
    return table


ECC_TABLE = _ecc_table()


def _ecc(data: list[int]) -> list[int]:
    """Reed–Solomon check words: the remainder register held as one 136-bit integer."""
    rem = 0
    shift = ECC_BITS - 8
    for byte in data:
        rem = ((rem << 8) & ECC_MASK) ^ ECC_TABLE[byte ^ (rem >> shift)]
    return list(rem.to_bytes(ECC_CODEWORDS, "big"))


# ---------------------------------------------------------------- fixed structure
def _function_modules():
    """(is_function[r][c], dark[r][c]) for finder, separators, timing, dark module."""
    func = [[False] * N for _ in range(N)]
    dark = [[False] * N for _ in range(N)]
    for r0, c0 in ((0, 0), (0, N - 7), (N - 7, 0)):
        for r in range(-1, 8):
            for c in range(-1, 8):
                rr, cc = r0 + r, c0 + c
                if 0 <= rr < N and 0 <= cc < N:
                    func[rr][cc] = True
                    inner = 0 <= r <= 6 and 0 <= c <= 6
                    ring = inner and (r in (0, 6) or c in (0, 6))
                    core = 2 <= r <= 4 and 2 <= c <= 4
                    dark[rr][cc] = ring or core
    for i in range(8, N - 8):
        func[6][i] = func[i][6] = True
        dark[6][i] = dark[i][6] = i % 2 == 0
    # format information areas (filled per mask) and the dark module
    for i in range(9):
        func[8][i] = func[i][8] = True
    for i in range(8):
        func[8][N - 1 - i] = func[N - 1 - i][8] = True
    func[N - 8][8] = True
    dark[N - 8][8] = True
    return func, dark


def _placement(func) -> list[tuple[int, int]]:
    order = []
    col = N - 1
    upward = True
    while col > 0:
        if col == 6:
            col -= 1
        rows = range(N - 1, -1, -1) if upward else range(N)
        for r in rows:
            for c in (col, col - 1):
                if not func[r][c]:
                    order.append((r, c))
        upward = not upward
        col -= 2
    return order


MASKS = [
    lambda r, c: (r + c) % 2 == 0,
    lambda r, c: r % 2 == 0,
    lambda r, c: c % 3 == 0,
    lambda r, c: (r + c) % 3 == 0,
    lambda r, c: (r // 2 + c // 3) % 2 == 0,
    lambda r, c: (r * c) % 2 + (r * c) % 3 == 0,
    lambda r, c: ((r * c) % 2 + (r * c) % 3) % 2 == 0,
    lambda r, c: ((r + c) % 2 + (r * c) % 3) % 2 == 0,
]


def _format_bits(mask: int) -> int:
    data = (EC_BITS << 3) | mask
    rem = data << 10
    for i in range(14, 9, -1):
        if rem & (1 << i):
            rem ^= 0x537 << (i - 10)
    return ((data << 10) | rem) ^ 0x5412


def _format_positions():
    """Module positions of format bits 0..14 (both copies)."""
    first = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8), (8, 7),
             (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
    second = [(8, N - 1 - i) for i in range(8)] + [(N - 15 + i, 8) for i in range(8, 15)]
    return first, second


def _bit(c: int) -> int:
    return 1 << (N - 1 - c)


@lru_cache(maxsize=1)
def _structure():
    func, dark = _function_modules()
    order = _placement(func)
    base_rows = [sum(_bit(c) for c in range(N) if dark[r][c]) for r in range(N)]
    base_cols = [sum(_bit(r) for r in range(N) if dark[r][c]) for c in range(N)]
    first, second = _format_positions()
    per_mask = []
    for m, fn in enumerate(MASKS):
        rows = [0] * N
        cols = [0] * N
        for r, c in order:
            if fn(r, c):
                rows[r] |= _bit(c)
                cols[c] |= _bit(r)
        bits = _format_bits(m)
        for i in range(15):
            if (bits >> i) & 1:
                for r, c in (first[i], second[i]):
                    rows[r] |= _bit(c)
                    cols[c] |= _bit(r)
        per_mask.append((rows, cols))
    row_bits = [(r, _bit(c)) for r, c in order]
    col_bits = [(c, _bit(r)) for r, c in order]
    packed_masks = [_pack(rows + cols) for rows, cols in per_mask]
    return base_rows, base_cols, row_bits, col_bits, per_mask, packed_masks


# ---------------------------------------------------------------- encoding
def _codewords(digits: str) -> list[int]:
    bits: list[tuple[int, int]] = [(0b0001, 4), (len(digits), 10)]
    for i in range(0, len(digits), 3):
        chunk = digits[i:i + 3]
        bits.append((int(chunk), {3: 10, 2: 7, 1: 4}[len(chunk)]))
    value, length = 0, 0
    for v, n in bits:
        value = (value << n) | v
        length += n
    capacity = DATA_CODEWORDS * 8
    term = min(4, capacity - length)
    value <<= term
    length += term
    pad = (-length) % 8
    value <<= pad
    length += pad
    data = [(value >> (length - 8 * (i + 1))) & 0xFF for i in range(length // 8)]
    pads = (0xEC, 0x11)
    while len(data) < DATA_CODEWORDS:
        data.append(pads[(len(data) - length // 8) % 2])
    return data + _ecc(data)


_RUN = re.compile("1+")
LANE = N + 1                 # 21 module bits + 1 zero separator per packed line
LINES = 2 * N                # rows then columns


def _pack(lines: list[int]) -> int:
    big = 0
    for i, v in enumerate(lines):
        big |= v << (LANE * i)
    return big


def _lane_mask(width: int, lines: int = LINES) -> int:
    """Positions whose ``width``-bit window stays inside its lane."""
    one = (1 << (N - width + 1)) - 1
    return _pack([one] * lines)


DATA = _pack([FULL] * LINES)
VALID5 = _lane_mask(5)
VALID11 = _lane_mask(11)
VALID2_ROWS = _pack([FULL >> 1] * (N - 1))      # 2 × 2 blocks: rows 0..19, columns 0..19
N3_PATTERNS = (0b10111010000, 0b00001011101)


ROWS = (1 << (LANE * N)) - 1   # the row lanes of a packed symbol


def _penalty(big: int) -> int:
    """ISO/IEC 18004 mask penalty of the packed symbol (rows then columns, one
    22-bit lane each): every rule is a few operations on one large integer, and
    the shifted copies are shared between rules N1 and N3."""
    inv = ~big & DATA
    b1, b2, b3, b4 = big >> 1, big >> 2, big >> 3, big >> 4
    i1, i2, i3 = inv >> 1, inv >> 2, inv >> 3
    # N1: runs of five or more modules of one colour (3 + 1 per extra module)
    five = big & b1 & b2 & b3 & b4 & VALID5
    score = five.bit_count() + 2 * (five & ~(five >> 1)).bit_count()
    light4 = inv & i1 & i2 & i3
    five = light4 & (inv >> 4) & VALID5
    score += five.bit_count() + 2 * (five & ~(five >> 1)).bit_count()
    # N3: 1:1:3:1:1 (dark light dark×3 light dark) with four light modules before or after
    core = big & i1 & b2 & b3 & b4 & (inv >> 5) & (big >> 6)
    score += 40 * (((core >> 4) & light4 & VALID11).bit_count()
                   + (core & (light4 >> 7) & VALID11).bit_count())
    # N2: 2 × 2 blocks of one colour
    rows = big & ROWS
    same_v = ~(rows ^ (rows >> LANE))
    same_h = ~(rows ^ (rows >> 1))
    score += 3 * (same_v & (same_v >> 1) & same_h & VALID2_ROWS).bit_count()
    # N4: proportion of dark modules
    dark = rows.bit_count()
    score += 10 * (abs(dark * 100 // (N * N) - 50) // 5)
    return score


@lru_cache(maxsize=1)
def _packed_tables():
    """Per codeword position and value, its modules packed into rows+columns lanes;
    the empty symbol packed; and each mask packed (with its format bits)."""
    base_rows, base_cols, row_bits, col_bits, per_mask, packed_masks = _structure()
    table = []
    for i in range(DATA_CODEWORDS + ECC_CODEWORDS):
        cells = []
        for k in range(8):
            r, b = row_bits[8 * i + k]
            c, b2 = col_bits[8 * i + k]
            cells.append((b << (LANE * r)) | (b2 << (LANE * (N + c))))
        table.append([sum(cell for k, cell in enumerate(cells) if (value >> (7 - k)) & 1)
                      for value in range(256)])
    return _pack(base_rows + base_cols), table, packed_masks


def qr_packed(digits: str, mask: int | None = None) -> int:
    """The masked symbol packed as rows then columns in 22-bit lanes."""
    base, table, packed_masks = _packed_tables()
    big = base
    for i, word in enumerate(_codewords(digits)):
        big |= table[i][word]
    if mask is not None:
        return big ^ packed_masks[mask]
    best = None
    best_score = 1 << 30
    for packed_mask in packed_masks:       # lowest penalty; the first mask on a tie
        masked = big ^ packed_mask
        score = _penalty(masked)
        if score < best_score:
            best, best_score = masked, score
    return best


def qr_rows(digits: str, mask: int | None = None) -> list[int]:
    """The symbol as 21 row integers (bit 20 = leftmost module; 1 = dark)."""
    big = qr_packed(digits, mask)
    return [(big >> (LANE * r)) & FULL for r in range(N)]


@lru_cache(maxsize=65536)
def _row_ops(v: int) -> str:
    """PDF rectangles (module units, y = 0) of the dark runs of one row value."""
    return " ".join(f"{m.start()} 0 {m.end() - m.start()} 1 re" for m in _RUN.finditer(format(v, "021b")))


def pdf_ops(data: str) -> tuple[int, str]:
    """(modules per side, PDF operators) drawing the symbol in module units with
    the origin at its top-left module and y growing downwards: one filled path per
    row, then a one-module step (row values repeat, so their operators are cached)."""
    if data.isdigit() and data.isascii() and 0 < len(data) <= MAX_DIGITS:
        parts = []
        for v in qr_rows(data):
            ops = _row_ops(v)
            parts.append(f"{ops} f 1 0 0 1 0 1 cm" if ops else "1 0 0 1 0 1 cm")
        return N, " ".join(parts)
    n, runs = _runs_of(matrix(data))
    return n, " ".join(f"{c} {r} {length} 1 re" for r, c, length in runs) + " f"


def matrix(data: str) -> list[list[bool]]:
    """The QR matrix of ``data`` (rows of booleans, no quiet zone): our fast path
    for up to 17 digits, segno for anything else (error correction M or higher)."""
    if data.isdigit() and data.isascii() and 0 < len(data) <= MAX_DIGITS:
        return [[bool((v >> (N - 1 - c)) & 1) for c in range(N)] for v in qr_rows(data)]
    import segno

    return [[bool(x) for x in row] for row in segno.make(data, error="m", micro=False).matrix]


def runs(data: str) -> tuple[int, list[tuple[int, int, int]]]:
    """(size, [(row, first column, length)]) of the dark runs of each row."""
    if data.isdigit() and data.isascii() and 0 < len(data) <= MAX_DIGITS:
        out = []
        for r, v in enumerate(qr_rows(data)):
            for m in _RUN.finditer(format(v, "021b")):
                out.append((r, m.start(), m.end() - m.start()))
        return N, out
    return _runs_of(matrix(data))


def _runs_of(m: list[list[bool]]) -> tuple[int, list[tuple[int, int, int]]]:
    out = []
    for r, row in enumerate(m):
        for run in _RUN.finditer("".join("1" if x else "0" for x in row)):
            out.append((r, run.start(), run.end() - run.start()))
    return len(m), out
