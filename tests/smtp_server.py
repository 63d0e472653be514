"""A real SMTP server on loopback for tests (aiosmtpd), plain or STARTTLS + AUTH.

`SMTPServer` records every message it accepts; `stop()` then `start()` brings it back on the same
port (an outage), and `wait_for(n)` blocks on a condition until n messages arrived.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_cert(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1 (cert, key)."""
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-days", "2", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
            "-keyout", str(key), "-out", str(cert),
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


class _Handler:
    def __init__(self, server: SMTPServer) -> None:
        self.server = server

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.server._received(envelope)
        return "250 Message accepted for delivery"


class SMTPServer:
    """aiosmtpd in a thread on 127.0.0.1; with `tls=True` it demands STARTTLS and AUTH."""

    def __init__(self, *, tls: bool = False, users: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.tls = tls
        self.users = users or {}
        self.messages: list[EmailMessage] = []
        self.envelopes: list[Any] = []
        self._condition = threading.Condition()
        self._controller: Controller | None = None
        self._dir = Path(tempfile.mkdtemp(prefix="smtp-test-"))
        self.cert: Path | None = None
        self._context: ssl.SSLContext | None = None
        if tls:
            self.cert, key = make_cert(self._dir)
            self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self._context.load_cert_chain(self.cert, key)

    def _authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            login = auth_data.login.decode()
            if self.users.get(login) == auth_data.password.decode():
                return AuthResult(success=True)
        return AuthResult(success=False, handled=False)

    def start(self) -> SMTPServer:
        kwargs: dict[str, Any] = {}
        if self.tls:
            kwargs = {
                "tls_context": self._context,
                "require_starttls": True,
                "authenticator": self._authenticate,
                "auth_required": True,
                "auth_require_tls": True,
            }
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, **kwargs)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    def _received(self, envelope: Any) -> None:
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        with self._condition:
            self.envelopes.append(envelope)
            self.messages.append(message)  # type: ignore[arg-type]
            self._condition.notify_all()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[EmailMessage]:
        """Block until `count` messages arrived (a condition wait, not a sleep); returns them all."""
        with self._condition:
            self._condition.wait_for(lambda: len(self.messages) >= count, timeout)
            return list(self.messages)

    def keys(self) -> list[str]:
        """The X-Invite-Tracker-Key of every message received, in order."""
        with self._condition:
            return [str(m["X-Invite-Tracker-Key"]) for m in self.messages]

    def clear(self) -> None:
        with self._condition:
            self.messages.clear()
            self.envelopes.clear()
