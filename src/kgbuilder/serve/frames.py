"""The wire between the endpoint and its query workers: length-prefixed frames on a socket.

A frame is a JSON header and a byte body: the frame's length (4 bytes, big-endian), the header's
length (4 bytes), the header, the body. One length up front lets each side read a whole frame in
one go: the worker with a buffered file, the endpoint with an asyncio protocol that wakes the
waiting request once the frame is complete (no stream reads per part).
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
from typing import Any, BinaryIO

_LENGTH = struct.Struct(">I")
Header = dict[str, Any]


def encode(header: Header, body: bytes = b"") -> bytes:
    head = json.dumps(header).encode("utf-8")
    return b"".join((_LENGTH.pack(4 + len(head) + len(body)), _LENGTH.pack(len(head)), head, body))


def decode(frame: bytes | bytearray | memoryview) -> tuple[Header, bytes]:
    """A frame without its leading length, as (header, body)."""
    view = memoryview(frame)
    (size,) = _LENGTH.unpack_from(view)
    header: Header = json.loads(bytes(view[4 : 4 + size]))
    return header, bytes(view[4 + size :])


def send(sock: socket.socket, header: Header, body: bytes = b"") -> None:
    """Send one frame on a blocking socket (the worker's side)."""
    sock.sendall(encode(header, body))


def receive(stream: BinaryIO) -> tuple[Header, bytes]:
    """Receive one frame from a buffered reader of a blocking socket (the worker's side)."""
    prefix = stream.read(4)
    if len(prefix) < 4:
        raise EOFError("the endpoint closed the connection")
    (size,) = _LENGTH.unpack(prefix)
    frame = stream.read(size)
    if len(frame) < size:
        raise EOFError("the endpoint closed the connection")
    return decode(frame)


class FrameProtocol(asyncio.Protocol):
    """The endpoint's side of one worker's socket: send a frame, await the one that answers it.

    A worker answers one request at a time, so there is at most one waiter.
    """

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._waiter: asyncio.Future[tuple[Header, bytes]] | None = None
        self._lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        self._deliver()

    def connection_lost(self, exc: Exception | None) -> None:
        self._lost = True
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(EOFError("the worker closed the connection"))

    def _deliver(self) -> None:
        waiter = self._waiter
        if waiter is None or waiter.done() or len(self._buffer) < 4:
            return
        (size,) = _LENGTH.unpack_from(self._buffer)
        if len(self._buffer) < 4 + size:
            return
        frame = self._buffer[4 : 4 + size]
        del self._buffer[: 4 + size]
        waiter.set_result(decode(frame))

    def next_frame(self) -> asyncio.Future[tuple[Header, bytes]]:
        """The next frame the worker sends (EOFError when it has gone)."""
        self._waiter = asyncio.get_running_loop().create_future()
        if self._lost:
            self._waiter.set_exception(EOFError("the worker closed the connection"))
        else:
            self._deliver()
        return self._waiter

    def request(self, header: Header, body: bytes = b"") -> asyncio.Future[tuple[Header, bytes]]:
        """Send a frame; the future of the worker's answer."""
        waiter = self.next_frame()
        if not waiter.done():
            assert self.transport is not None
            self.transport.write(encode(header, body))
        return waiter

    def close(self) -> None:
        if self.transport is not None:
            self.transport.close()
