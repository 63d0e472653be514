"""Shared fixtures: one private Dovecot per test session, a fresh mailbox (a new user) per test."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from imap_server import Dovecot
from imapclient import IMAPClient
from smtp_server import SMTPServer

# -- Dovecot and a mailbox on it --------------------------------------------------------------


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """A private Dovecot on loopback for the whole session (stopping it costs about a second)."""
    if not os.path.exists("/usr/sbin/dovecot"):
        pytest.skip("Dovecot is not installed (run .ci/install)")
    server = Dovecot()
    server.start()
    try:
        yield server
    finally:
        server.cleanup()


@dataclass
class MailAccount:
    """One user on the private Dovecot, and how to write a config that reads it."""

    server: Dovecot
    user: str
    password: str
    password_env: str = "TRACKER_IMAP_PASSWORD"

    def append(self, messages: Iterable[bytes], folder: str = "INBOX") -> None:
        self.server.append(self.user, self.password, messages, folder)

    def client(self) -> IMAPClient:
        return self.server.client(self.user, self.password)

    def config_text(self, store: Path, **mailbox: object) -> str:
        """A config file's text for this account (plain IMAP on loopback unless overridden)."""
        values: dict[str, object] = {
            "host": self.server.host,
            "port": self.server.port,
            "security": "none",
            "username": self.user,
            "password_env": self.password_env,
            "batch_size": 50,
            "timeout": "10s",
        }
        values.update(mailbox)
        lines = ["[mailbox]"]
        for key, value in values.items():
            if isinstance(value, str):
                lines.append(f"{key} = {value!r}".replace("'", '"'))
            elif isinstance(value, bool):
                lines.append(f"{key} = {'true' if value else 'false'}")
            elif isinstance(value, list):
                lines.append(f"{key} = [{', '.join(repr(v).replace(chr(39), chr(34)) for v in value)}]")
            else:
                lines.append(f"{key} = {value}")
        lines += ["", "[store]", f'path = "{store}"', "", "[service]", 'sweep_interval = "2m"']
        return "\n".join(lines) + "\n"

    def write_config(self, directory: Path, **mailbox: object) -> Path:
        path = directory / "config.toml"
        path.write_text(self.config_text(directory / "tracker.sqlite3", **mailbox))
        return path


@pytest.fixture
def mail_account(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> MailAccount:
    """A fresh, empty mailbox (a new Dovecot user), its password in $TRACKER_IMAP_PASSWORD."""
    user, password = dovecot.add_user()
    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", password)
    return MailAccount(dovecot, user, password)


# -- SMTP servers -------------------------------------------------------------------------------


@pytest.fixture
def smtp() -> Iterator[SMTPServer]:
    """A real SMTP server (aiosmtpd) on loopback that records what it receives; plain, no auth."""
    server = SMTPServer().start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def smtp_tls() -> Iterator[SMTPServer]:
    """aiosmtpd demanding STARTTLS and AUTH (user "jordan", password "s3cret"); trust `server.cert`."""
    server = SMTPServer(tls=True, users={"jordan": "s3cret"}).start()
    try:
        yield server
    finally:
        server.close()
