"""Connecting to an IMAP server: TLS verified by default, and every failure one `MailboxError`
naming host and cause, with what to do (the Gmail app-password hint when a Google login fails).

Every socket is registered in the caller's `OpenSockets` from the moment it exists, so a stop can
cut a connection whose server never answers (not even its greeting, nor the TLS handshake)."""

from __future__ import annotations

import errno
import imaplib
import logging
import socket
import ssl
from typing import Any

from imapclient import IMAPClient, imap4, tls
from imapclient.exceptions import IMAPClientError, LoginError

from tracker.config import Mailbox
from tracker.errors import MailboxError
from tracker.sockets import OpenSockets
from tracker.sources.base import LoginRefused, MailboxUnreachable

log = logging.getLogger(__name__)

_GOOGLE_HOSTS = ("gmail.com", "googlemail.com", "google.com")
RETRY_HINT = "the next sync retries; check the network and the server"


class _GreetingCapabilities:
    """Take the capabilities from the server's greeting when it sends them, as Dovecot does.

    imaplib always asks CAPABILITY right after connecting; skipping that round trip is what keeps a
    poll that finds nothing new at three commands (LOGIN, LIST, LOGOUT).
    """

    untagged_responses: dict[str, list[Any]]
    capabilities: tuple[str, ...]

    def _get_capabilities(self) -> None:
        greeting = self.untagged_responses.pop("CAPABILITY", None)
        if greeting and isinstance(greeting[-1], bytes):
            self.capabilities = tuple(greeting[-1].decode("ascii", "replace").upper().split())
        else:
            super()._get_capabilities()  # type: ignore[misc]


class _PlainIMAP4(_GreetingCapabilities, imap4.IMAP4WithTimeout):
    def __init__(self, host: str, port: int, timeout: float | None, sockets: OpenSockets) -> None:
        self._sockets = sockets
        super().__init__(host, port, timeout)

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        sock = super()._create_socket(timeout)
        self._sockets.add(sock)
        return sock


class _TlsIMAP4(_GreetingCapabilities, tls.IMAP4_TLS):
    def __init__(
        self,
        host: str,
        port: int,
        context: ssl.SSLContext | None,
        timeout: float | None,
        sockets: OpenSockets,
    ) -> None:
        self._sockets = sockets
        super().__init__(host, port, context, timeout)

    def _create_socket(self, timeout: float | None = None) -> socket.socket:
        # As imapclient does, with the handshake apart, so the socket is registered before it.
        raw = socket.create_connection((self.host, self.port), self._timeout if timeout is None else timeout)
        context = self.ssl_context or tls.create_default_context()
        sock = context.wrap_socket(raw, server_hostname=self.host, do_handshake_on_connect=False)
        self._sockets.add(sock)
        sock.do_handshake()
        return sock


class _Client(IMAPClient):
    """IMAPClient over the imaplib classes above."""

    def __init__(self, *args: Any, sockets: OpenSockets, **kwargs: Any) -> None:
        self._sockets = sockets
        super().__init__(*args, **kwargs)
        # IMAPClient turns imaplib's tracing on (debug 5) and hands it to the "imapclient.imaplib"
        # logger, so imaplib formats every line it reads, each fetched message and each whole
        # FETCH answer included, before the logger drops it: about a third of a big sync's work.
        # Tracing stays on only when that logger would print it (`--log-level debug`).
        if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
            self._imap.debug = 0

    def _create_IMAP4(self) -> imaplib.IMAP4:
        connect_timeout = getattr(self._timeout, "connect", None)
        if self.ssl:
            return _TlsIMAP4(self.host, self.port, self.ssl_context, connect_timeout, self._sockets)
        return _PlainIMAP4(self.host, self.port, connect_timeout, self._sockets)


def is_google_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) for domain in _GOOGLE_HOSTS)


def login_hint(host: str, password_env: str) -> str:
    """What to do when a login fails; Gmail and Google Workspace need an app password."""
    if is_google_host(host):
        return (
            "Gmail needs an app password (Google Account → Security → 2-Step Verification → "
            f"App passwords) in ${password_env}, and IMAP enabled in Gmail settings"
        )
    return f"check [mailbox] username and the password in ${password_env}"


def connect(mailbox: Mailbox, password: str | None, sockets: OpenSockets | None = None) -> IMAPClient:
    """A new logged-in connection; every failure is one `MailboxError` naming host and cause.

    Its sockets go into `sockets` (a private set when none is given); none is opened after
    `sockets.abort()`."""
    assert mailbox.host is not None
    host, port = mailbox.host, mailbox.effective_port
    if not password:
        raise MailboxError(
            f"no IMAP password for {mailbox.username} at {host}",
            f"set ${mailbox.password_env}, or run `tracker init` to store it in the keyring",
        )
    sockets = sockets or OpenSockets()
    where = f"{host}:{port}"
    if sockets.aborted:
        raise MailboxError(f"not connecting to {where}: the service is stopping")
    timeout = mailbox.timeout.total_seconds()
    try:
        if mailbox.security == "ssl":
            context = _ssl_context(mailbox)
            client = _Client(host, port=port, ssl=True, ssl_context=context, timeout=timeout, sockets=sockets)
        else:
            client = _Client(host, port=port, ssl=False, timeout=timeout, sockets=sockets)
            if mailbox.security == "starttls":
                client.starttls(_ssl_context(mailbox))
                sockets.add(client._imap.sock)
    except Exception as e:
        raise connect_error(e, where, mailbox) from e
    try:
        client.login(mailbox.username, password)
    except LoginError as e:
        close_quietly(client)
        raise LoginRefused(
            f"login to {where} as {mailbox.username} failed: {server_text(e)}",
            login_hint(host, mailbox.password_env),
        ) from e
    except Exception as e:
        close_quietly(client)
        raise connect_error(e, where, mailbox) from e
    log.debug("imap: logged in to %s as %s", where, mailbox.username)
    return client


def _ssl_context(mailbox: Mailbox) -> ssl.SSLContext:
    ca_file = mailbox.ca_file
    try:
        return ssl.create_default_context(cafile=str(ca_file) if ca_file else None)
    except (OSError, ssl.SSLError) as e:
        raise MailboxError(
            f"cannot load the CA file {ca_file}: {e}", "check [mailbox] ca_file (a PEM file)"
        ) from e


def server_text(error: BaseException) -> str:
    text = str(error)
    for prefix in ("b'", 'b"'):
        text = text.replace(prefix, "")
    return text.rstrip("'\"").strip() or type(error).__name__


def connect_error(error: BaseException, where: str, mailbox: Mailbox) -> MailboxError:
    """One line naming host and cause, with what to do."""
    host = mailbox.host or where
    if isinstance(error, MailboxError):
        return error
    if isinstance(error, socket.gaierror):
        return MailboxUnreachable(
            f"cannot resolve {host} (DNS): {error.strerror or error}",
            "check [mailbox] host and the network",
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return MailboxError(
            f"TLS certificate of {where} not trusted: {error.verify_message or error.reason}",
            "set [mailbox] ca_file to the server's CA certificate, or fix the server's certificate",
        )
    if isinstance(error, ssl.SSLError):
        return MailboxError(
            f"TLS handshake with {where} failed: {error.reason or error}",
            'check [mailbox] security and port ("ssl" is usually 993, "starttls" 143)',
        )
    if isinstance(error, ConnectionRefusedError):
        return MailboxUnreachable(f"connection to {where} refused", "check [mailbox] host, port and security")
    if isinstance(error, TimeoutError | socket.timeout):
        return MailboxUnreachable(
            f"timed out connecting to {where}",
            "check the network, [mailbox] port, or raise [mailbox] timeout",
        )
    if isinstance(error, OSError) and error.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return MailboxUnreachable(f"{where} is unreachable: {error.strerror}", "check the network")
    if isinstance(error, IMAPClientError | imaplib.IMAP4.error):
        return MailboxError(f"{where} refused the session: {server_text(error)}", RETRY_HINT)
    if isinstance(error, OSError):  # reset, broken pipe: the server went away while we connected
        return MailboxUnreachable(f"cannot connect to {where}: {error}", RETRY_HINT)
    return MailboxError(f"cannot connect to {where}: {error}", RETRY_HINT)


def close_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            log.debug("imap: closing a dead connection failed", exc_info=True)
