"""A PNG written band by band, its bands compressed in parallel (no Qt here).

Qt's PNG writer needs the whole image in memory and compresses it on one thread at its
slowest level: at 150 dpi a 2,000-card map is 250 million pixels, 1 GB of image and about
10 s of compression. Here the image arrives in bands of RGB rows; each band becomes its own
raw-deflate stream on a worker thread (``zlib`` lets go of Python's lock while it works), ended
by a sync flush so that the streams, one after the other, are one valid zlib stream (as pigz
does it). Each band's checksum is computed with it and the checksums are combined in order.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO

# A band's pixels, asked for on the worker thread (so that converting them runs there too):
# (RGB bytes, bytes per line, anything that must stay alive while they are read).
BandSource = Callable[[], tuple[Any, int, Any]]

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1  # the fastest: 3-4x faster than Qt's level, files about 1.2x larger on maps
ZLIB_HEADER = b"\x78\x01"  # deflate, 32 KB window, "fastest" (the header's check bits fit)
RGB = 2  # PNG colour type: truecolour, 8 bits a channel


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


NO_FILTER = b"\x00"  # each row's filter byte: none (the compressor finds a map's runs)
ADLER_BASE = 65521


def adler32_combine(first: int, second: int, second_length: int) -> int:
    """The Adler-32 of two pieces of data joined, from the pieces' own (zlib's formula)."""
    rem = second_length % ADLER_BASE
    sum1 = first & 0xFFFF
    sum2 = (rem * sum1) % ADLER_BASE
    sum1 += (second & 0xFFFF) + ADLER_BASE - 1
    sum2 += (first >> 16) + (second >> 16) + ADLER_BASE - rem
    sum1 %= ADLER_BASE
    sum2 %= ADLER_BASE
    return sum1 | (sum2 << 16)


def _encode(source: BandSource, width: int, rows: int, last: bool) -> tuple[bytes, int, int]:
    """One band: its raw-deflate stream, its Adler-32 and the length of the data it holds."""
    pixels, bytes_per_line, _alive = source()
    view = memoryview(pixels)
    used = width * 3
    # The rows with their filter bytes (all 0: none), copied into one buffer so that the
    # checksum and the compressor each run once, without Python's lock, on the whole band: row
    # by row, the four calls a row took the lock back 4 times a row from the thread drawing the
    # next band, and the threads ran one at a time.
    line = used + 1
    raw = bytearray(rows * line)
    for y in range(rows):
        start = y * line + 1
        raw[start : start + used] = view[y * bytes_per_line : y * bytes_per_line + used]
    del view
    packer = zlib.compressobj(LEVEL, zlib.DEFLATED, -15, 9)
    data = packer.compress(raw) + packer.flush(zlib.Z_FINISH if last else zlib.Z_SYNC_FLUSH)
    return data, zlib.adler32(raw), len(raw)


class PngStream:
    """Write a ``width`` x ``height`` RGB PNG to ``out``: ``add_band`` the rows top to bottom,
    then ``close``. At most ``threads`` + 1 bands are held at once."""

    def __init__(
        self, out: BinaryIO, width: int, height: int, dpi: float, threads: int | None = None
    ) -> None:
        self.out, self.width, self.height = out, width, height
        self.rows_added = 0
        self._adler = 1
        self._threads = max(1, threads or os.cpu_count() or 1)
        self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="png")
        self._pending: deque[Future[tuple[bytes, int, int]]] = deque()
        self._started = False
        per_metre = round(dpi / 0.0254)
        out.write(SIGNATURE)
        out.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, RGB, 0, 0, 0)))
        out.write(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))

    def add_band(self, source: BandSource, rows: int) -> None:
        """Add the next ``rows`` rows: ``source()``, called on a worker thread, gives their RGB
        bytes, each row ``bytes per line`` long (3 bytes a pixel; padding is dropped)."""
        if rows <= 0:
            return
        if self.rows_added + rows > self.height:
            raise ValueError("more rows than the image has")
        self.rows_added += rows
        last = self.rows_added == self.height
        self._pending.append(self._pool.submit(_encode, source, self.width, rows, last))
        while len(self._pending) > self._threads:  # bounded memory: write the oldest band
            self._write_band(self._pending.popleft().result())

    def close(self) -> None:
        """Write what is left and the end of the file (the image must be complete)."""
        try:
            if self.rows_added != self.height:
                raise ValueError(f"{self.rows_added} rows of {self.height} were added")
            while self._pending:
                self._write_band(self._pending.popleft().result())
            self._write_idat(struct.pack(">I", self._adler))
            self.out.write(_chunk(b"IEND", b""))
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def abandon(self) -> None:
        """Stop without finishing the file (the caller throws it away)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _write_band(self, encoded: tuple[bytes, int, int]) -> None:
        data, adler, length = encoded
        self._adler = adler32_combine(self._adler, adler, length)
        self._write_idat(data)

    def _write_idat(self, data: bytes) -> None:
        if not self._started:
            data = ZLIB_HEADER + data
            self._started = True
        if data:
            self.out.write(_chunk(b"IDAT", data))
