"""Connecting to an IMAP server: TLS verified by default, and every failure one `MailboxError`
naming host and cause, with what to do (the Gmail app-password hint when a Google login fails)."""

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
    pass


class _TlsIMAP4(_GreetingCapabilities, tls.IMAP4_TLS):
    pass


class _Client(IMAPClient):
    """IMAPClient over the imaplib classes above."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
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
            return _TlsIMAP4(self.host, self.port, self.ssl_context, connect_timeout)
        return _PlainIMAP4(self.host, self.port, connect_timeout)


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


def connect(mailbox: Mailbox, password: str | None) -> IMAPClient:
    """A new logged-in connection; every failure is one `MailboxError` naming host and cause."""
    assert mailbox.host is not None
    host, port = mailbox.host, mailbox.effective_port
    if not password:
        raise MailboxError(
            f"no IMAP password for {mailbox.username} at {host}",
            f"set ${mailbox.password_env}, or run `tracker init` to store it in the keyring",
        )
    where = f"{host}:{port}"
    timeout = mailbox.timeout.total_seconds()
    try:
        if mailbox.security == "ssl":
            client = _Client(host, port=port, ssl=True, ssl_context=_ssl_context(mailbox), timeout=timeout)
        else:
            client = _Client(host, port=port, ssl=False, timeout=timeout)
            if mailbox.security == "starttls":
                client.starttls(_ssl_context(mailbox))
    except Exception as e:
        raise connect_error(e, where, mailbox) from e
    try:
        client.login(mailbox.username, password)
    except LoginError as e:
        close_quietly(client)
        raise MailboxError(
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
        return MailboxError(
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
        return MailboxError(f"connection to {where} refused", "check [mailbox] host, port and security")
    if isinstance(error, TimeoutError | socket.timeout):
        return MailboxError(
            f"timed out connecting to {where}",
            "check the network, [mailbox] port, or raise [mailbox] timeout",
        )
    if isinstance(error, OSError) and error.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
        return MailboxError(f"{where} is unreachable: {error.strerror}", "check the network")
    if isinstance(error, IMAPClientError | imaplib.IMAP4.error):
        return MailboxError(f"{where} refused the session: {server_text(error)}", RETRY_HINT)
    return MailboxError(f"cannot connect to {where}: {error}", RETRY_HINT)


def close_quietly(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            log.debug("imap: closing a dead connection failed", exc_info=True)
