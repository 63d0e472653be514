"""The channels an alert goes out on: email over SMTP and Apprise URLs (push to a phone, chat).

A channel sends one rendered notification or raises `NotifyError`; the outbox decides when and
whether to send. `CHANNELS` names each channel type; `build_channels` makes those the config asks for.
"""

from __future__ import annotations

import hashlib
import logging
import smtplib
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

log = logging.getLogger(__name__)


class Channel:
    """A way to reach the applicant."""

    name: str = "channel"
    kind: ClassVar[str] = "channel"

    def send(self, message: Rendered, key: str) -> None:
        """Deliver `message` or raise NotifyError."""
        raise NotImplementedError

    def describe(self) -> str:
        return self.name


class EmailChannel(Channel):
    """Email over SMTP: multipart text and HTML, TLS verified."""

    kind = "email"

    def __init__(self, smtp: Smtp, ca_file: str | None = None) -> None:
        self.smtp = smtp
        self.name = "email"
        self.ca_file = ca_file

    def describe(self) -> str:
        return f"email to {self.smtp.to} via {self.smtp.host}:{self.smtp.effective_port}"

    def build(self, message: Rendered, key: str) -> EmailMessage:
        email = EmailMessage()
        email["Subject"] = message.subject
        email["From"] = self.smtp.from_
        email["To"] = self.smtp.to
        email["Date"] = format_datetime(utcnow())
        domain = _address_domain(self.smtp.from_) or "invite-tracker.localhost"
        email["Message-ID"] = make_msgid("tracker", domain=domain)
        email["X-Invite-Tracker-Key"] = key
        email["Auto-Submitted"] = "auto-generated"
        email.set_content(message.text)
        email.add_alternative(message.html, subtype="html")
        return email

    def _context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.ca_file)

    def send(self, message: Rendered, key: str) -> None:
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
            client: smtplib.SMTP
            if smtp.security == "ssl":
                client = smtplib.SMTP_SSL(
                    smtp.host, smtp.effective_port, timeout=timeout, context=self._context()
                )
            else:
                client = smtplib.SMTP(smtp.host, smtp.effective_port, timeout=timeout)
            with client:
                if smtp.security == "starttls":
                    client.starttls(context=self._context())
                if smtp.username and password is not None:
                    client.login(smtp.username, password)
                client.send_message(self.build(message, key))
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
            raise NotifyError(f"SMTP server {where} refused the message: {_smtp_reason(e)}") from e
        except (TimeoutError, OSError) as e:
            raise NotifyError(f"cannot reach SMTP server {where}: {e.strerror or e}") from e


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

    def send(self, message: Rendered, key: str) -> None:
        try:
            ok = self.apprise.notify(body=message.text, title=message.subject)
        except Exception as e:  # a plugin bug must not stop the other channels
            raise NotifyError(f"{self.describe()} failed: {type(e).__name__}: {e}") from e
        if not ok:
            raise NotifyError(f"{self.describe()} did not accept the notification")


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


def _smtp_reason(error: smtplib.SMTPException) -> str:
    code = getattr(error, "smtp_code", None)
    text = getattr(error, "smtp_error", b"")
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip() if code else str(error)
