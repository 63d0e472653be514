"""Getting set up: `tracker init` writes a commented config and keeps the app password.

Pure text builders plus small, explicit file writes, so they test without a terminal or a keyring.
The password goes to the system keyring when one is usable, else to the private secrets file
(`config.secrets_file()`, readable by its owner only), never into the config.
"""

from __future__ import annotations

import logging
import os
import shlex
import sys
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

from tracker.config import (
    APP_NAME,
    EXAMPLE_CONFIG,
    KEYRING_SERVICE,
    Config,
    parse_config,
    quote_secret,
    secrets_file,
)
from tracker.errors import ConfigError, TrackerError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Provider:
    """Settings of a mail provider applicants use for a dedicated invitation mailbox."""

    name: str
    imap_host: str
    smtp_host: str
    smtp_port: int
    smtp_security: str
    password_help: str
    domains: tuple[str, ...] = ()
    supported: bool = True


PROVIDERS: dict[str, Provider] = {
    "gmail": Provider(
        "Gmail / Google Workspace",
        "imap.gmail.com",
        "smtp.gmail.com",
        587,
        "starttls",
        "an app password (Google Account → Security → 2-Step Verification → App passwords)",
        ("gmail.com", "googlemail.com"),
    ),
    "icloud": Provider(
        "iCloud Mail",
        "imap.mail.me.com",
        "smtp.mail.me.com",
        587,
        "starttls",
        "an app-specific password (account.apple.com → Sign-In and Security → App-Specific Passwords)",
        ("icloud.com", "me.com", "mac.com"),
    ),
    "fastmail": Provider(
        "Fastmail",
        "imap.fastmail.com",
        "smtp.fastmail.com",
        465,
        "ssl",
        "an app password (Settings → Privacy & Security → Manage app passwords, IMAP and SMTP access)",
        ("fastmail.com", "fastmail.fm"),
    ),
    "outlook": Provider(
        "Outlook.com / Microsoft 365",
        "outlook.office365.com",
        "smtp.office365.com",
        587,
        "starttls",
        "OAuth2, which Invite Tracker does not support yet",
        ("outlook.com", "hotmail.com", "live.com", "msn.com"),
        supported=False,
    ),
}


def guess_provider(email: str) -> str | None:
    """The provider of an address by its domain (Google Workspace domains cannot be guessed)."""
    domain = email.rsplit("@", 1)[-1].strip().lower()
    for key, provider in PROVIDERS.items():
        if domain in provider.domains:
            return key
    return None


@dataclass
class InitAnswers:
    """Everything `tracker init` asks for; the CLI fills it from flags or questions."""

    email: str
    name: str = ""
    timezone: str = "America/New_York"
    provider: str | None = None  # a key of PROVIDERS, or None for a custom IMAP server
    imap_host: str | None = None
    imap_port: int | None = None
    imap_security: str = "ssl"
    username: str | None = None
    email_alerts: bool = True
    alert_to: str | None = None
    store_path: Path | None = None
    goals: dict[str, int] = field(default_factory=dict)
    notify_urls: list[str] = field(default_factory=list)

    @property
    def login(self) -> str:
        return self.username or self.email


# Ask a question: `ask(question, default=None, choices=None)` returns the answer (click.prompt).
Ask = Callable[..., Any]


def parse_goals(items: list[str] | tuple[str, ...]) -> dict[str, int]:
    """`--goal "Internal Medicine=15"` flags as {specialty: count}; ValueError names a bad one."""
    goals = {}
    for item in items:
        specialty, _, count = item.rpartition("=")
        if not specialty.strip() or not count.strip().isdigit():
            raise ValueError(f'--goal {item!r}: use "Specialty Name=N"')
        goals[specialty.strip()] = int(count)
    return goals


def collect_answers(options: dict[str, Any], ask: Ask | None) -> InitAnswers:
    """InitAnswers from `tracker init`'s flags, asking for what is missing when `ask` is given.

    Raises ValueError (with what to pass) when a required answer is missing or malformed.
    """
    email = options.get("email") or (ask("Invitation mailbox address") if ask else None)
    if not email or "@" not in email:
        raise ValueError("give --email ADDRESS (the invitation mailbox)")
    imap_host = options.get("imap_host")
    provider = options.get("provider") or (None if imap_host else guess_provider(email))
    if provider is None and not imap_host and ask:
        provider = ask(
            "Provider (gmail also for Google Workspace)",
            choices=["gmail", "icloud", "fastmail", "outlook", "other"],
        )
        if provider == "other":
            provider, imap_host = None, ask("IMAP server host")
    default_zone = "America/New_York"
    return InitAnswers(
        email=email.strip(),
        name=options.get("name") or (ask("Your name", default="") if ask else ""),
        timezone=options.get("timezone") or (ask("Time zone", default=default_zone) if ask else default_zone),
        provider=provider,
        imap_host=imap_host,
        imap_port=options.get("imap_port"),
        imap_security=options.get("imap_security") or "ssl",
        username=options.get("username"),
        email_alerts=not options.get("no_email_alerts"),
        alert_to=options.get("alert_to"),
        store_path=options.get("store_path"),
        goals=parse_goals(options.get("goal") or ()),
        notify_urls=list(options.get("notify_url") or ()),
    )


def default_store_path() -> Path:
    """Where the database lives unless the user says otherwise: the platform's user data dir."""
    return Path(platformdirs.user_data_dir(APP_NAME)) / "tracker.sqlite3"


def _toml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(_toml_string(v) for v in values) + "]"


def render_config(answers: InitAnswers) -> str:
    """The commented TOML `tracker init` writes. Raises ConfigError when the answers do not fit."""
    provider = PROVIDERS.get(answers.provider) if answers.provider else None
    if answers.provider and provider is None:
        raise ConfigError(
            f"unknown provider {answers.provider!r}", f"use one of {', '.join(PROVIDERS)} or give --imap-host"
        )
    if provider is not None and not provider.supported:
        raise ConfigError(
            f"{provider.name} needs OAuth2, which Invite Tracker does not support yet",
            "forward the invitation mail to a Gmail, iCloud or Fastmail mailbox and use that one",
        )
    host = answers.imap_host or (provider.imap_host if provider else None)
    if not host:
        raise ConfigError(
            f"cannot tell the IMAP server of {answers.email}",
            "pass --provider gmail|icloud|fastmail (gmail for Google Workspace) or --imap-host HOST",
        )
    store_path = answers.store_path or default_store_path()
    lines = [
        "# Invite Tracker configuration, written by `tracker init`.",
        f"# Every key is documented in {EXAMPLE_CONFIG};",
        "# `tracker doctor` checks this file and the mailbox.",
        "# Passwords are not in this file: they come from the system keyring, the secrets file",
        f"# {secrets_file()} or the environment.",
        "",
        "[applicant]",
        f"name = {_toml_string(answers.name)}",
        "# Your own address: mail from it is your outgoing mail, never an invitation.",
        f"email = {_toml_string(answers.email)}",
        "# Deadlines, reminders and the digest use this IANA time zone.",
        f"timezone = {_toml_string(answers.timezone)}",
        "",
        "[mailbox]",
        f"# {provider.name}: the password is {provider.password_help}."
        if provider
        else "# Your IMAP server.",
        f"host = {_toml_string(host)}",
    ]
    if answers.imap_port:
        lines.append(f"port = {answers.imap_port}")
    lines += [
        '# "ssl" (port 993) or "starttls" (port 143).',
        f"security = {_toml_string(answers.imap_security)}",
        f"username = {_toml_string(answers.login)}",
        "# The password: $TRACKER_IMAP_PASSWORD or its line in the secrets file, else the system",
        f'# keyring entry ("{KEYRING_SERVICE}", "imap:{answers.login}"); `tracker init` stores it.',
        'password_env = "TRACKER_IMAP_PASSWORD"',
        "# The Junk/Spam folder is read too, since invitations land there more often than you think.",
        'folders = ["INBOX"]',
        "",
        "[store]",
        "# The local database (created readable by you only). Back it up with `tracker backup FILE`.",
        f"path = {_toml_string(str(store_path))}",
        "",
        "[goals]",
        "# Invitations you aim for per specialty; override by ERAS specialty name.",
        "default = 12",
    ]
    lines += [f"{_toml_string(name)} = {count}" for name, count in sorted(answers.goals.items())]
    if answers.email_alerts and provider is not None:
        lines += [
            "",
            "# Alerts, reminders and the daily digest by email, sent from the same account.",
            "[smtp]",
            f"host = {_toml_string(provider.smtp_host)}",
            f"port = {provider.smtp_port}",
            f"security = {_toml_string(provider.smtp_security)}",
            f"username = {_toml_string(answers.login)}",
            "# Same login, so the mailbox's password serves here too; a password of its own would",
            '# go in this variable, or the keyring entry "smtp:USERNAME".',
            'password_env = "TRACKER_SMTP_PASSWORD"',
            f"from = {_toml_string(f'Invite Tracker <{answers.email}>')}",
            f"to = {_toml_string(answers.alert_to or answers.email)}",
        ]
    lines += [
        "",
        "[notify]",
        "# Push alerts to your phone too: Apprise URLs such as ntfy://, tgram://, pover://.",
        "# URLs that hold tokens are better kept in the environment variable urls_env names.",
        f"urls = {_toml_list(answers.notify_urls)}",
        "",
        "[digest]",
        "# The daily digest, in your time zone.",
        'time = "07:00"',
        "",
    ]
    text = "\n".join(lines)
    parse_config(tomllib.loads(text))  # fail now, not when the service starts
    return text


def write_private(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path`, readable by its owner only; refuse to overwrite unless `force`."""
    path = path.expanduser()
    if path.exists() and not force:
        raise TrackerError(f"{path} already exists", "pass --force to overwrite it, or --config another path")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as e:
        raise TrackerError(f"cannot write {path}: {e.strerror or e}") from e


# -- passwords ----------------------------------------------------------------------------------


def keyring_usable() -> bool:
    """True when the system keyring has a real backend (not the fail or null one)."""
    try:
        import keyring
        from keyring.backends import fail, null
    except ImportError:  # pragma: no cover - keyring is a dependency
        return False
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    try:
        return float(backend.priority) > 0
    except Exception:
        return True


def store_password(user: str, password: str) -> bool:
    """Store `password` as ("invite-tracker", `user`) in the system keyring; False when it cannot."""
    if not keyring_usable():
        return False
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except (KeyringError, RuntimeError, OSError) as e:
        log.warning("setup: the system keyring refused the password: %s", type(e).__name__)
        return False
    return True


def secret_names(config: Config) -> list[str]:
    """The variables that hold this config's password: the mailbox's, and SMTP's when SMTP signs in
    with another login (with the same login, the mailbox's password serves both)."""
    names = [config.mailbox.password_env]
    if config.smtp is not None and not config.smtp.uses_mailbox_password:
        names.append(config.smtp.password_env)
    return list(dict.fromkeys(names))


def save_secrets(path: Path, values: dict[str, str]) -> None:
    """Set `NAME=value` lines in the secrets file at `path`, keeping its other lines; readable by
    its owner only."""
    kept = []
    if path.exists():
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise TrackerError(f"cannot read {path}: {e}") from e
        kept = [line for line in lines if _assigned(line) not in values]
    text = "\n".join([*kept, *(f"{name}={quote_secret(value)}" for name, value in values.items())]) + "\n"
    write_private(path, text, force=True)


def _assigned(line: str) -> str | None:
    """The variable a secrets-file line sets, if it sets one."""
    name, equals, _ = line.strip().removeprefix("export ").partition("=")
    return name.strip() if equals and not line.lstrip().startswith("#") else None


def password_instructions(config: Config) -> list[str]:
    """Where to put the password later, when there is no keyring and none was given."""
    path = secrets_file()
    lines = ["No password given, and no usable system keyring here. Put the app password in", f"{path} as:"]
    lines += [f'  {name}="your app password"' for name in secret_names(config)]
    lines.append(f"and make it readable by you only: chmod 600 {shlex.quote(str(path))}")
    lines.append("The service reads it too.")
    return lines


def keyring_users(config: Config) -> list[str]:
    """The keyring entries Invite Tracker reads for this config: IMAP, and SMTP when configured."""
    return [f"imap:{config.mailbox.username}"] + ([f"smtp:{config.smtp.username}"] if config.smtp else [])


def save_password(config: Config, password: str | None) -> list[str]:
    """Keep `password` for every login of `config`: in the keyring when one is usable, else in the
    secrets file. Returns the lines saying what happened."""
    users = keyring_users(config)
    if password and all(store_password(user, password) for user in users):
        return [f"Stored the password in the system keyring (service {KEYRING_SERVICE!r})."]
    if password:
        path = secrets_file()
        save_secrets(path, dict.fromkeys(secret_names(config), password))
        return [
            f"No usable system keyring here, so the password is kept in {path},",
            "readable by you only; the service reads it from there.",
        ]
    if not keyring_usable():
        return password_instructions(config)
    lines = ["No password given. Store it later in the keyring (it asks for the password):"]
    return lines + [f"  {sys.executable} -m keyring set {KEYRING_SERVICE} {user}" for user in users]
