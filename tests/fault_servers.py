"""Servers that misbehave, for the reliability tests and the fault benchmark.

- `SlowSMTPServer`: aiosmtpd that has the whole message as soon as DATA ends, then answers 250 only
  `delay` seconds later (a process killed in that window has sent a mail it never recorded).
- `SilentServer`: a listener on loopback that accepts connections and never says a word (a hung
  IMAP or SMTP server: no greeting, no answer).
- `JsonSink`: an HTTP endpoint for Apprise's json:// that can go away and come back on its port,
  and can answer `delay` seconds after it has the post (as `SlowSMTPServer` does for mail).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from smtp_server import SMTPServer


class _SlowHandler:
    def __init__(self, server: SlowSMTPServer) -> None:
        self.server = server

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.server._received(envelope)
        await asyncio.sleep(self.server.delay)
        return "250 Message accepted for delivery"


class SlowSMTPServer(SMTPServer):
    """A plain SMTP server that records each message when DATA ends and answers `delay` s later."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def start(self) -> SlowSMTPServer:
        self._controller = Controller(_SlowHandler(self), hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self


class SilentServer:
    """Accepts TCP connections on 127.0.0.1 and never answers, until closed."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.connections: list[socket.socket] = []
        self._condition = threading.Condition()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return  # closed
            with self._condition:
                self.connections.append(connection)
                self._condition.notify_all()

    def wait_for(self, count: int, timeout: float = 15.0) -> bool:
        """Block until `count` connections were made (a condition wait); whether they were."""
        with self._condition:
            return self._condition.wait_for(lambda: len(self.connections) >= count, timeout)

    def close(self) -> None:
        self.listener.close()
        with self._condition:
            for connection in self.connections:
                connection.close()


class JsonSink:
    """An HTTP endpoint for Apprise's json://127.0.0.1:PORT/ that `stop()` and `start()` take away
    and bring back on the same port; `wait_for(n)` blocks until n posts arrived. Each post is
    recorded as soon as it is read and answered `delay` seconds later."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        self.posts: list[dict[str, Any]] = []
        self._condition = threading.Condition()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/"

    def start(self) -> JsonSink:
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with sink._condition:
                    sink.posts.append(json.loads(body))
                    sink._condition.notify_all()
                if sink.delay:
                    time.sleep(sink.delay)  # the server has it; the sender does not know yet
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        with self._condition:
            self._condition.wait_for(lambda: len(self.posts) >= count, timeout)
            return list(self.posts)
