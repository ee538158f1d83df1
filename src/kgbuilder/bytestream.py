"""A binary file made from an iterator of byte chunks, as it is read.

pyoxigraph's parsers and bulk loader read a file object in blocks, in Rust; feeding them one
Python object per statement costs far more than the parsing. Statements produced in Python (or
sent back by worker processes) are therefore joined into chunks of N-Quads and handed over as a
file, so the per-statement work stays in Rust.
"""

from __future__ import annotations

import io
from collections.abc import Iterator


class BytesStream(io.RawIOBase):
    """A readable binary file whose content is the concatenation of ``chunks``."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buffer = memoryview(b"")
        self._position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        while self._position >= len(self._buffer):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer = memoryview(chunk)
            self._position = 0
        count = min(len(target), len(self._buffer) - self._position)
        target[:count] = self._buffer[self._position : self._position + count]
        self._position += count
        return count
