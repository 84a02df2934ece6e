"""A PNG written band by band, its bands compressed in parallel where the machine gains from it
(no Qt here).

Qt's PNG writer needs the whole image in memory and compresses it on one thread at its
slowest level: at 150 dpi a 2,000-card map is 250 million pixels, 1 GB of image and about
10 s of compression. Here the image arrives in bands of PNG scanlines; each band becomes its
own raw-deflate stream, on a worker thread with more than two processors (the compressor lets
go of Python's lock while it works) or at once otherwise (``encoder_threads``), ended by a
sync flush so that the streams, one after the other, are one valid zlib stream (as pigz does
it). Each band's checksum is computed with it and the checksums are
combined in order.

The compressor is ISA-L's (``isal``), not zlib's: on a map's rows its fastest level deflates
about 2.7 GB/s against zlib's 0.45 GB/s at level 1 (830 MB of rows at 150 dpi and 2,000 cards:
0.3 s of CPU instead of 2 s), for files about 1.13x larger. Its streams are plain deflate.
"""

from __future__ import annotations

import os
import struct
import zlib
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from queue import Empty, SimpleQueue
from typing import BinaryIO

from isal import isal_zlib

# What writes a band's pixels, called on the thread that encodes the band (so that making them
# runs there too) with the band's scanlines to fill: ``rows`` lines of ``scanline_length(width)`` bytes,
# each its filter byte, set to 0 (none), then room for its RGB pixels.
BandSource = Callable[[memoryview], None]

SIGNATURE = b"\x89PNG\r\n\x1a\n"
LEVEL = 1  # ISA-L's levels are 0-3; 1 is as fast as 0 here, and its files are 1.2x smaller
ZLIB_HEADER = b"\x78\x01"  # deflate, 32 KB window, "fastest" (the header's check bits fit)
RGB = 2  # PNG colour type: truecolour, 8 bits a channel
ADLER_BASE = 65521


def scanline_length(width: int) -> int:
    """Bytes in one PNG scanline of an RGB image ``width`` pixels wide: filter byte, pixels."""
    return 1 + 3 * width


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = isal_zlib.crc32(data, zlib.crc32(kind))
    return b"".join((struct.pack(">I", len(data)), kind, data, struct.pack(">I", crc)))


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


def encoder_threads() -> int:
    """How many threads encode bands while the next is drawn: none with two processors or
    fewer, where each band is encoded in turn by the thread that drew it.

    On two processors (the two hardware threads of one core, or a machine shared with other
    work) the encoder and the drawing slow each other down: at 2,000 cards and 150 dpi, a band
    compressed while the next was drawn took a third to two thirds more CPU (0.42-0.53 s in
    all instead of 0.32 s), and the whole export about 0.3-0.5 s more CPU for an elapsed time
    no shorter (2.0-2.4 s in parallel, 2.1-2.2 s in turn)."""
    try:
        processors = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        processors = os.cpu_count() or 1
    return 0 if processors <= 2 else processors


class PngStream:
    """Write a ``width`` x ``height`` RGB PNG to ``out``: ``add_band`` the rows top to bottom,
    then ``close``. ``threads``: how many encode bands meanwhile (at most ``threads`` + 1
    bands are then held at once); 0 encodes each band at once, in ``add_band``; None chooses
    by the machine (``encoder_threads``)."""

    def __init__(
        self, out: BinaryIO, width: int, height: int, dpi: float, threads: int | None = None
    ) -> None:
        self.out, self.width, self.height = out, width, height
        self.rows_added = 0
        self._adler = 1
        self._threads = encoder_threads() if threads is None else max(0, threads)
        self._pool = ThreadPoolExecutor(max(1, self._threads), thread_name_prefix="png")
        self._pending: deque[Future[tuple[bytes, int, int]]] = deque()
        # Scanline buffers used again, band after band: a fresh buffer of tens of megabytes is
        # fresh pages from the system, whose faults cost more system time than the compressor.
        self._buffers: SimpleQueue[bytearray] = SimpleQueue()
        per_metre = round(dpi / 0.0254)
        out.write(SIGNATURE)
        out.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, RGB, 0, 0, 0)))
        out.write(_chunk(b"pHYs", struct.pack(">IIB", per_metre, per_metre, 1)))

    def add_band(self, source: BandSource, rows: int) -> None:
        """Add the next ``rows`` rows: ``source(lines)``, called on a worker thread (or here,
        without encoder threads), writes their pixels into ``lines`` (see ``BandSource``)."""
        if rows <= 0:
            return
        if self.rows_added + rows > self.height:
            raise ValueError("more rows than the image has")
        first = self.rows_added == 0
        self.rows_added += rows
        last = self.rows_added == self.height
        if not self._threads:
            self._write_band(self._encode(source, rows, first, last))
            return
        self._pending.append(self._pool.submit(self._encode, source, rows, first, last))
        while len(self._pending) > self._threads:  # bounded memory: write the oldest band
            self._write_band(self._pending.popleft().result())

    def close(self) -> None:
        """Write what is left and the end of the file (the image must be complete)."""
        try:
            if self.rows_added != self.height:
                raise ValueError(f"{self.rows_added} rows of {self.height} were added")
            while self._pending:
                self._write_band(self._pending.popleft().result())
            self.out.write(_chunk(b"IDAT", struct.pack(">I", self._adler)))
            self.out.write(_chunk(b"IEND", b""))
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def abandon(self) -> None:
        """Stop without finishing the file (the caller throws it away)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _encode(
        self, source: BandSource, rows: int, first: bool, last: bool
    ) -> tuple[bytes, int, int]:
        """One band: its IDAT chunk (a raw-deflate stream, after the zlib header if it is the
        first), its scanlines' Adler-32 and their length. Checksum, compressor and chunk CRC
        each run once on the whole band without Python's lock (row by row, the encoder threads
        took the lock back 4 times a row from the thread drawing the next band, and the
        threads ran one at a time)."""
        line = scanline_length(self.width)
        length = rows * line
        try:
            buffer = self._buffers.get_nowait()
        except Empty:
            buffer = bytearray(length)
        if len(buffer) < length:
            buffer = bytearray(length)
        try:
            buffer[0:length:line] = bytes(rows)  # filter bytes: none
            lines = memoryview(buffer)[:length]
            source(lines)
            packer = isal_zlib.compressobj(LEVEL, isal_zlib.DEFLATED, -15, 9)
            end = isal_zlib.Z_FINISH if last else isal_zlib.Z_SYNC_FLUSH
            data = packer.compress(lines) + packer.flush(end)
            adler = isal_zlib.adler32(lines)
            del lines
        finally:
            self._buffers.put(buffer)
        if first:
            data = ZLIB_HEADER + data
        return _chunk(b"IDAT", data), adler, length

    def _write_band(self, encoded: tuple[bytes, int, int]) -> None:
        chunk, adler, length = encoded
        self._adler = adler32_combine(self._adler, adler, length)
        self.out.write(chunk)
