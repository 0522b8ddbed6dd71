#!/usr/bin/env python3
"""Draws Maille's icon (two interlocked stitches on a violet tile) as PNGs, without any
image library: public/icon/{16,32,48,128}.png. Run again after changing the drawing."""
import math
import struct
import zlib
from pathlib import Path

VIOLET = (91, 60, 196)
WHITE = (255, 255, 255)


def inside_tile(x, y, r=0.2):
    # A square with rounded corners covering the unit square.
    cx = min(max(x, r), 1 - r)
    cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r


def on_ring(x, y, cx, cy, outer=0.24, inner=0.155):
    d = math.hypot(x - cx, y - cy)
    return inner <= d <= outer


def colour_at(x, y):
    if not inside_tile(x, y):
        return None
    if on_ring(x, y, 0.38, 0.5) or on_ring(x, y, 0.62, 0.5):
        return WHITE
    return VIOLET


def render(size, samples=4):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    c = colour_at((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)
                    if c:
                        acc[0] += c[0]
                        acc[1] += c[1]
                        acc[2] += c[2]
                        acc[3] += 255
            n = samples * samples
            alpha = acc[3] / n
            if alpha:
                row += bytes([round(acc[0] * 255 / acc[3]), round(acc[1] * 255 / acc[3]), round(acc[2] * 255 / acc[3]), round(alpha)])
            else:
                row += bytes([0, 0, 0, 0])
        rows.append(bytes(row))
    return b''.join(rows)


def png(size, pixels):
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(pixels, 9)) + chunk(b'IEND', b'')


out = Path(__file__).resolve().parent.parent.parent / 'public' / 'icon'
out.mkdir(parents=True, exist_ok=True)
for size in (16, 32, 48, 128):
    (out / f'{size}.png').write_bytes(png(size, render(size)))
    print(f'public/icon/{size}.png')
