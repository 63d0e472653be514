"""The channels an alert goes out on: email over SMTP and Apprise URLs (push to a phone, chat).

A channel sends one rendered notification or raises `NotifyError` (`Unreachable` when the server
could not be reached at all); the outbox decides when and whether to send. `reachable()` is the
cheap check the outbox repeats every few seconds while alerts wait on a channel that is down, and
`abort()` cuts a send that hangs when the service stops. `CHANNELS` names each channel type;
`build_channels` makes those the config asks for.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from typing import ClassVar
from urllib.parse import urlsplit

from tracker.clock import utcnow
from tracker.config import Config, Smtp, get_secret
from tracker.errors import ConfigError, NotifyError
from tracker.notify.rendering import Rendered
from tracker.sockets import OpenSockets

log = logging.getLogger(__name__)

# How long the cheap reachability check waits for a server.
PROBE_TIMEOUT = 3.0


class Unreachable(NotifyError):
    """The channel's server could not be reached at all (refused, timed out, unreachable)."""


class TryLater(NotifyError):
    """The server refused for now (an SMTP 4xx reply): retried sooner than a lasting refusal."""


class Channel:
    """A way to reach the applicant."""

    name: str = "channel"
    kind: ClassVar[str] = "channel"

    def send(self, message: Rendered, key: str, ident: str | None = None, ref: str | None = None) -> None:
        """Deliver `message` or raise NotifyError (`Unreachable` when the server is down).

        `ident` is the notification's own identity, the same on every attempt: an email made from it
        has one Message-ID however often it is sent, so a copy sent again after a crash is known.
        `ref` is its short reference for people ("N12"), also the same on every attempt: a push
        channel, which has no Message-ID, ends its text with it, so a copy can be told apart from a
        new alert there too.
        """
        raise NotImplementedError

    def reachable(self) -> bool | None:
        """A cheap check that the channel's server answers: no notification is sent. None when
        the channel cannot tell without sending."""
        return None

    def abort(self) -> None:  # noqa: B027 - optional: a channel with nothing to cut
        """Cut a send in progress (the service is stopping) and refuse new ones."""

    def describe(self) -> str:
        return self.name


class EmailChannel(Channel):
    """Email over SMTP: multipart text and HTML, TLS verified."""

    kind = "email"

    def __init__(self, smtp: Smtp, ca_file: str | None = None) -> None:
        self.smtp = smtp
        self.name = "email"
        self.ca_file = ca_file
        self.sockets = OpenSockets()

    def describe(self) -> str:
        return f"email to {self.smtp.to} via {self.smtp.host}:{self.smtp.effective_port}"

    def build(self, message: Rendered, key: str, ident: str | None = None) -> EmailMessage:
        email = EmailMessage()
        email["Subject"] = message.subject
        email["From"] = self.smtp.from_
        email["To"] = self.smtp.to
        email["Date"] = format_datetime(utcnow())
        domain = _address_domain(self.smtp.from_) or "invite-tracker.localhost"
        # One Message-ID per notification: a copy sent again (the server took the first, then the
        # process died before recording it) is threaded with it or dropped by the mail client.
        email["Message-ID"] = f"<{ident}@{domain}>" if ident else make_msgid("tracker", domain=domain)
        email["X-Invite-Tracker-Key"] = key
        email["Auto-Submitted"] = "auto-generated"
        email.set_content(message.text)
        email.add_alternative(message.html, subtype="html")
        return email

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file)

    def _client(self, timeout: float) -> smtplib.SMTP:
        """A connected client whose socket `abort` can cut."""
        smtp = self.smtp
        if smtp.security == "ssl":
            return _TrackedSMTPSSL(
                smtp.host, smtp.effective_port, timeout=timeout, context=self._context(), sockets=self.sockets
            )
        return _TrackedSMTP(smtp.host, smtp.effective_port, timeout=timeout, sockets=self.sockets)

    def reachable(self) -> bool:
        """The server greets us and answers EHLO (and, over TLS, completes the handshake)."""
        try:
            with self._client(min(PROBE_TIMEOUT, self.smtp.timeout.total_seconds())) as client:
                client.ehlo()
            return True
        except (smtplib.SMTPException, OSError):
            return False

    def abort(self) -> None:
        self.sockets.abort()

    def send(self, message: Rendered, key: str, ident: str | None = None, ref: str | None = None) -> None:
        smtp = self.smtp
        where = f"{smtp.host}:{smtp.effective_port}"
        password = None
        if smtp.username:
            password = smtp.password()
            if password is None:
                raise NotifyError(
                    f"no SMTP password for {smtp.username}",
                    f"set ${smtp.password_env} or store it with `tracker init`",
                )
        timeout = smtp.timeout.total_seconds()
        try:
            with self._client(timeout) as client:
                if smtp.security == "starttls":
                    client.starttls(context=self._context())
                if smtp.username and password is not None:
                    client.login(smtp.username, password)
                client.send_message(self.build(message, key, ident))
        except (smtplib.SMTPConnectError, smtplib.SMTPServerDisconnected) as e:
            raise Unreachable(f"cannot reach SMTP server {where}: {_smtp_reason(e)}") from e
        except smtplib.SMTPAuthenticationError as e:
            raise NotifyError(
                f"SMTP login to {where} failed: {_smtp_reason(e)}", "check the SMTP password"
            ) from e
        except ssl.SSLCertVerificationError as e:
            raise NotifyError(
                f"SMTP server {where} has a certificate that cannot be verified: {e.verify_message}",
                "set [smtp] ca_file for a self-signed server",
            ) from e
        except smtplib.SMTPException as e:
            error = TryLater if _temporary(e) else NotifyError
            raise error(f"SMTP server {where} refused the message: {_smtp_reason(e)}") from e
        except (TimeoutError, OSError) as e:
            raise Unreachable(f"cannot reach SMTP server {where}: {e.strerror or e}") from e


class _TrackedSMTP(smtplib.SMTP):
    """smtplib's client with its socket in `sockets`, so that a stop can cut a hung send."""

    def __init__(self, host: str, port: int, *, timeout: float, sockets: OpenSockets) -> None:
        self._sockets = sockets
        super().__init__(host, port, timeout=timeout)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        sock = super()._get_socket(host, port, timeout)  # type: ignore[misc]
        self._sockets.add(sock)
        return sock


class _TrackedSMTPSSL(smtplib.SMTP_SSL):
    """smtplib's implicit-TLS client with its socket in `sockets`, from before the handshake."""

    def __init__(
        self, host: str, port: int, *, timeout: float, context: ssl.SSLContext, sockets: OpenSockets
    ) -> None:
        self._sockets = sockets
        super().__init__(host, port, timeout=timeout, context=context)

    def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
        raw = socket.create_connection((host, port), timeout, self.source_address)
        sock = self.context.wrap_socket(raw, server_hostname=host, do_handshake_on_connect=False)
        self._sockets.add(sock)
        sock.do_handshake()
        return sock


class AppriseChannel(Channel):
    """One Apprise URL (ntfy, Telegram, Pushover, Slack, JSON webhook, ...)."""

    kind = "apprise"

    def __init__(self, url: str) -> None:
        import apprise

        self.url = url
        self.scheme = urlsplit(url).scheme or "apprise"
        # The name keys deliveries in the store: stable for a URL, without its tokens.
        self.name = f"apprise:{self.scheme}:{hashlib.sha256(url.encode()).hexdigest()[:10]}"
        self.apprise = apprise.Apprise()
        if not self.apprise.add(url):
            raise ConfigError(
                f"[notify] a {self.scheme}:// URL is not a valid Apprise URL",
                "see https://github.com/caronc/apprise/wiki for the URL forms",
            )

    def describe(self) -> str:
        return f"{self.scheme}:// (Apprise)"

    def send(self, message: Rendered, key: str, ident: str | None = None, ref: str | None = None) -> None:
        # Apprise passes on a title and a body only (its `tag` picks which services to notify; it
        # is not sent), so the reference travels in the text, the one thing every service shows.
        body = f"{message.text.rstrip()}\n\nref {ref}\n" if ref else message.text
        try:
            ok = self.apprise.notify(body=body, title=message.subject)
        except Exception as e:  # a plugin bug must not stop the other channels
            raise NotifyError(f"{self.describe()} failed: {type(e).__name__}: {e}") from e
        if not ok:
            # Apprise says only that it failed: a server that cannot be reached is told apart by
            # the reachability check, so the outbox knows to watch for it coming back.
            error = Unreachable if self.reachable() is False else NotifyError
            raise error(f"{self.describe()} did not accept the notification")

    def server(self) -> tuple[str, int] | None:
        """The host and port the URL's service is reached at, when Apprise says."""
        for plugin in self.apprise:
            endpoint = getattr(plugin, "notify_url", None)
            if isinstance(endpoint, str) and endpoint.startswith(("http://", "https://")):
                parts = urlsplit(endpoint)
                if parts.hostname:
                    return parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
            host = getattr(plugin, "host", None)
            if isinstance(host, str) and host:
                port = getattr(plugin, "port", None)
                secure = bool(getattr(plugin, "secure", False))
                return host, int(port) if isinstance(port, int) else (443 if secure else 80)
        return None

    def reachable(self) -> bool | None:
        """A TCP connection to the service's server opens (nothing is sent)."""
        server = self.server()
        if server is None:
            return None
        try:
            socket.create_connection(server, timeout=PROBE_TIMEOUT).close()
        except OSError:
            return False
        return True


CHANNELS: dict[str, type[Channel]] = {"email": EmailChannel, "apprise": AppriseChannel}


def build_channels(config: Config) -> list[Channel]:
    """Every channel the config names: [smtp], then [notify] urls and the URLs in urls_env."""
    channels: list[Channel] = []
    if config.smtp is not None:
        ca_file = str(config.resolve(config.smtp.ca_file)) if config.smtp.ca_file else None
        channels.append(EmailChannel(config.smtp, ca_file))
    urls = list(config.notify.urls) + (get_secret(config.notify.urls_env) or "").split()
    for url in dict.fromkeys(urls):
        channels.append(AppriseChannel(url))
    return channels


@dataclass(frozen=True)
class DeliveryResult:
    key: str
    channel: str
    ok: bool
    error: str | None = None


def send_direct(channels: Sequence[Channel], message: Rendered, key: str) -> list[DeliveryResult]:
    """Send once on every channel, outside the outbox (`tracker send-test`)."""
    results = []
    for channel in channels:
        try:
            channel.send(message, key)
        except Exception as e:
            error = str(e) if isinstance(e, NotifyError) else f"{type(e).__name__}: {e}"
            results.append(DeliveryResult(key, channel.name, False, error))
        else:
            results.append(DeliveryResult(key, channel.name, True))
    return results


def _address_domain(value: str) -> str | None:
    addresses = getaddresses([value])
    if addresses and "@" in addresses[0][1]:
        try:
            return Address(addr_spec=addresses[0][1]).domain
        except (ValueError, IndexError):
            return None
    return None


def _temporary(error: smtplib.SMTPException) -> bool:
    """Whether the server's refusal was a 4xx: try again later."""
    codes = [getattr(error, "smtp_code", None)]
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _text in error.recipients.values()]
    return bool(codes) and all(isinstance(code, int) and 400 <= code < 500 for code in codes)


def _smtp_reason(error: smtplib.SMTPException) -> str:
    code = getattr(error, "smtp_code", None)
    text = getattr(error, "smtp_error", b"")
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip() if code else str(error)
