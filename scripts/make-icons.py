#!/usr/bin/env python3
"""Draws tierup's app icons (a staircase on the accent colour) as PNGs into static/site/.
Run by hand when the icon changes; the PNGs are committed. Standard library only."""
import struct
import zlib
from pathlib import Path

ACCENT, WHITE = (0x1F, 0x5F, 0xBF), (0xFF, 0xFF, 0xFF)


def pixel(x, y, size):
    # Four steps rising left to right, inside a margin (maskable-safe: 20% padding).
    m = size * 0.2
    if not (m <= x < size - m and m <= y < size - m):
        return ACCENT
    step = int((x - m) / ((size - 2 * m) / 4))
    top = size - m - (step + 1) * (size - 2 * m) / 4
    return WHITE if y >= top else ACCENT


def png(size):
    rows = b"".join(b"\0" + bytes(c for x in range(size) for c in pixel(x, y, size)) for y in range(size))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    out = Path(__file__).resolve().parent.parent / "static" / "site"
    for size in (192, 512):
        (out / f"icon-{size}.png").write_bytes(png(size))
