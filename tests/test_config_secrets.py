"""Passwords on a machine without a keyring: one private secrets file that the CLI and the service
read (as systemd's EnvironmentFile does), an environment variable still winning over it, and one
app password serving IMAP and SMTP when they sign in with the same login."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from tracker.cli.onboarding import save_secrets
from tracker.config import get_secret, parse_config, read_secrets_file, secrets_file
from tracker.notify.channels import AppriseChannel, build_channels

NAMES = ("TRACKER_IMAP_PASSWORD", "TRACKER_SMTP_PASSWORD", "TRACKER_NOTIFY_URLS", "TRACKER_CONFIG")


@pytest.fixture(autouse=True)
def no_keyring_and_a_private_config_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def gmail_config(smtp_username: str = "jl@gmail.com") -> dict[str, object]:
    return {
        "mailbox": {"host": "imap.gmail.com", "username": "jl@gmail.com"},
        "smtp": {
            "host": "smtp.gmail.com",
            "username": smtp_username,
            "from": "jl@gmail.com",
            "to": "jl@gmail.com",
        },
    }


def test_the_secrets_file_is_in_the_user_config_folder(tmp_path: Path) -> None:
    assert secrets_file() == tmp_path / "xdg-config" / "invite-tracker" / "env"


def test_the_secrets_file_is_read_as_systemd_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "env"
    path.write_text(
        "# written by hand\n"
        "TRACKER_IMAP_PASSWORD='abcd efgh ijkl mnop'\n"
        'export TRACKER_SMTP_PASSWORD="with \\"quotes\\" and \\$dollar"\n'
        "TRACKER_NOTIFY_URLS=ntfy://ntfy.sh/jl-invites\n"
        "\n"
        "not an assignment\n"
    )
    path.chmod(0o600)
    assert read_secrets_file(path) == {
        "TRACKER_IMAP_PASSWORD": "abcd efgh ijkl mnop",
        "TRACKER_SMTP_PASSWORD": 'with "quotes" and $dollar',
        "TRACKER_NOTIFY_URLS": "ntfy://ntfy.sh/jl-invites",
    }
    assert read_secrets_file(tmp_path / "missing") == {}


def test_what_save_secrets_writes_reads_back_unchanged_and_private(tmp_path: Path) -> None:
    path = tmp_path / "env"
    path.write_text("TRACKER_NOTIFY_URLS=ntfy://ntfy.sh/jl\nTRACKER_IMAP_PASSWORD=old\n")
    path.chmod(0o644)
    tricky = "p'a\"s$s`w\\ord with spaces"
    save_secrets(path, {"TRACKER_IMAP_PASSWORD": tricky})
    assert read_secrets_file(path) == {
        "TRACKER_NOTIFY_URLS": "ntfy://ntfy.sh/jl",
        "TRACKER_IMAP_PASSWORD": tricky,
    }
    assert path.stat().st_mode & 0o777 == 0o600


def test_get_secret_reads_the_secrets_file_and_the_environment_wins(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_secrets(secrets_file(), {"TRACKER_IMAP_PASSWORD": "from-the-file"})
    assert get_secret("TRACKER_IMAP_PASSWORD", "imap:jl@gmail.com") == "from-the-file"
    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", "from-the-environment")
    assert get_secret("TRACKER_IMAP_PASSWORD", "imap:jl@gmail.com") == "from-the-environment"
    assert get_secret("TRACKER_SMTP_PASSWORD", "smtp:jl@gmail.com") is None


def test_one_variable_serves_imap_and_smtp_on_the_same_login(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", "abcd efgh ijkl mnop")
    same = parse_config(gmail_config())
    assert same.smtp is not None and same.smtp.uses_mailbox_password
    assert same.smtp.password() == "abcd efgh ijkl mnop"
    # A password of SMTP's own still comes first.
    monkeypatch.setenv("TRACKER_SMTP_PASSWORD", "smtp-only")
    assert same.smtp.password() == "smtp-only"
    monkeypatch.delenv("TRACKER_SMTP_PASSWORD")
    # Another login is another account: no borrowing.
    other = parse_config(gmail_config(smtp_username="alerts@gmail.com"))
    assert other.smtp is not None and not other.smtp.uses_mailbox_password
    assert other.smtp.password() is None


def test_one_line_in_the_secrets_file_serves_imap_and_smtp() -> None:
    save_secrets(secrets_file(), {"TRACKER_IMAP_PASSWORD": "abcd efgh ijkl mnop"})
    config = parse_config(gmail_config())
    assert config.smtp is not None and config.smtp.password() == "abcd efgh ijkl mnop"


def test_push_urls_with_tokens_can_live_in_the_secrets_file_too() -> None:
    save_secrets(secrets_file(), {"TRACKER_NOTIFY_URLS": "ntfy://ntfy.sh/jl-invites"})
    channels = build_channels(parse_config({"mailbox": {"maildir": "m"}}))
    assert [c.url for c in channels if isinstance(c, AppriseChannel)] == ["ntfy://ntfy.sh/jl-invites"]


def test_a_secrets_file_others_can_read_is_used_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    path = secrets_file()
    path.parent.mkdir(parents=True)
    path.write_text("TRACKER_IMAP_PASSWORD=abcd\n")
    path.chmod(0o644)
    with caplog.at_level(logging.WARNING, logger="tracker.config"):
        assert get_secret("TRACKER_IMAP_PASSWORD") == "abcd"
    assert f"{path} is readable by others; make it private: chmod 600 {path}" in caplog.text


def test_doctor_counts_the_mailbox_password_for_smtp_on_the_same_login(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tracker.cli.mail import channel_checks

    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", "abcd efgh ijkl mnop")
    [email] = channel_checks(parse_config(gmail_config()))
    assert email.ok, email.message
    [email] = channel_checks(parse_config(gmail_config(smtp_username="alerts@gmail.com")))
    assert not email.ok and "no SMTP password for alerts@gmail.com" in email.message
