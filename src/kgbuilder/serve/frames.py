"""The wire between the endpoint and its query workers: length-prefixed frames on a socket.

A frame is a JSON header and a byte body, each preceded by its length (4 bytes, big-endian).
"""

from __future__ import annotations

import asyncio
import json
import socket
import struct
from typing import Any

_LENGTH = struct.Struct(">I")
Header = dict[str, Any]


def encode(header: Header, body: bytes = b"") -> bytes:
    head = json.dumps(header).encode("utf-8")
    return _LENGTH.pack(len(head)) + head + _LENGTH.pack(len(body)) + body


def send(sock: socket.socket, header: Header, body: bytes = b"") -> None:
    """Send one frame on a blocking socket (the worker's side)."""
    sock.sendall(encode(header, body))


def _recv_exactly(sock: socket.socket, size: int) -> bytes:
    chunks = []
    while size:
        chunk = sock.recv(min(size, 1 << 20))
        if not chunk:
            raise EOFError("the endpoint closed the connection")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def receive(sock: socket.socket) -> tuple[Header, bytes]:
    """Receive one frame from a blocking socket (the worker's side)."""
    (size,) = _LENGTH.unpack(_recv_exactly(sock, 4))
    header: Header = json.loads(_recv_exactly(sock, size))
    (size,) = _LENGTH.unpack(_recv_exactly(sock, 4))
    return header, _recv_exactly(sock, size)


async def areceive(reader: asyncio.StreamReader) -> tuple[Header, bytes]:
    """Receive one frame from an asyncio stream (the endpoint's side)."""
    (size,) = _LENGTH.unpack(await reader.readexactly(4))
    header: Header = json.loads(await reader.readexactly(size))
    (size,) = _LENGTH.unpack(await reader.readexactly(4))
    return header, await reader.readexactly(size)
