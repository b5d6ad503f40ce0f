"""Raw client sockets for the abuse tests: open, half-send, peek, and read until the end."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

from plusofon_mock import DEFAULT_CLIENT_ID, DEFAULT_TOKEN

REQUEST = (
    f"GET /api/v1/number HTTP/1.1\r\nHost: mock\r\nClient: {DEFAULT_CLIENT_ID}\r\n"
    f"Authorization: Bearer {DEFAULT_TOKEN}\r\n\r\n"
).encode("ascii")
HALF_HEAD = REQUEST[: len(REQUEST) // 2]
# A head announcing a 100-byte JSON body, and the first bytes of that body.
HALF_BODY = (
    b"POST /api/v1/number/reserve HTTP/1.1\r\nHost: mock\r\nContent-Type: application/json\r\n"
    b'Content-Length: 100\r\n\r\n{"number": '
)


def connect(url: str) -> socket.socket:
    """Open a TCP connection to the server at `url` (http://host:port)."""
    parts = urlsplit(url)
    assert parts.hostname is not None and parts.port is not None
    return socket.create_connection((parts.hostname, parts.port), timeout=5)


def server_closed_or_answered(sock: socket.socket) -> bool:
    """Tell, without waiting, whether the server has sent bytes or closed the connection."""
    timeout = sock.gettimeout()
    sock.settimeout(0)
    try:
        sock.recv(1, socket.MSG_PEEK)
    except BlockingIOError:
        return False
    except ConnectionError:
        return True
    finally:
        sock.settimeout(timeout)
    return True


def read_to_end(sock: socket.socket, timeout: float = 5.0) -> bytes:
    """Read until the server closes the connection; fail if it stays open `timeout` seconds."""
    sock.settimeout(timeout)
    received = b""
    try:
        while chunk := sock.recv(65536):
            received += chunk
    except ConnectionResetError:
        pass
    finally:
        sock.close()
    return received


def status_line(answer: bytes) -> bytes:
    """Return the first line of a raw answer (b'' when the server sent nothing)."""
    return answer.split(b"\r\n", 1)[0]
