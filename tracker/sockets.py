"""Connections another thread can cut: a service that is told to stop does not wait for a mail
server that never answers.

A source or a channel registers each socket it opens in its `OpenSockets`; `abort()` shuts them all
down, which ends a read blocked on one of them at once (a timeout would take up to [mailbox] or
[smtp] timeout), and makes every later `add` cut its socket too, so nothing new starts.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import weakref


class OpenSockets:
    """The sockets of one source's or one channel's connections."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: weakref.WeakSet[socket.socket] = weakref.WeakSet()
        self.aborted = False

    def add(self, sock: socket.socket) -> None:
        """Track `sock` (cut at once when `abort` was called already)."""
        with self._lock:
            self._open.add(sock)
            if self.aborted:
                _cut(sock)

    def abort(self) -> None:
        """Shut every tracked socket down; a thread blocked reading one gets an error now."""
        with self._lock:
            self.aborted = True
            for sock in list(self._open):
                _cut(sock)

    def resume(self) -> None:
        """Allow new connections again (after an `abort`)."""
        with self._lock:
            self.aborted = False


def _cut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed, or never connected
        sock.shutdown(socket.SHUT_RDWR)
