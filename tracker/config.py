"""The TOML config: located, loaded and validated into typed objects.

An unknown key or a bad value is a `ConfigError` that names the file and the key, with a "did you
mean" for a misspelt one and the key's documentation from the annotated example shipped beside this
module. Secrets never have to be in the file: they come from the environment variable the config
names, the private secrets file, or the system keyring.
"""

from __future__ import annotations

import difflib
import ipaddress
import logging
import os
import re
import stat
import tomllib
import typing
from collections.abc import Iterable
from datetime import time, timedelta
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from tracker.errors import ConfigError
from tracker.specialties import SPECIALTIES, canonical_specialty
from tracker.vocabulary import Kind, Track

log = logging.getLogger(__name__)

APP_NAME = "invite-tracker"
KEYRING_SERVICE = "invite-tracker"
# The annotated example config, every key with a comment; shipped inside the package.
EXAMPLE_CONFIG = Path(__file__).with_name("config.example.toml")

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(value: Any) -> timedelta:
    """Parse "90s", "15m", "2h", "1d" or "1w" (or a number of seconds) into a timedelta."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return timedelta(seconds=value)
    if isinstance(value, str) and (match := _DURATION.match(value)):
        return timedelta(**{_UNITS[match.group(2)]: float(match.group(1))})
    raise ValueError(f'{value!r} is not a duration such as "30s", "15m", "2h" or "1d"')


def _parse_clock(value: Any) -> time:
    if isinstance(value, time):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{1,2}:\d{2}", value.strip()):
        hours, minutes = (int(part) for part in value.strip().split(":"))
        if hours < 24 and minutes < 60:
            return time(hours, minutes)
    raise ValueError(f'{value!r} is not a time of day such as "07:00"')


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]
ClockTime = Annotated[time, BeforeValidator(_parse_clock)]
Security = Literal["ssl", "starttls", "none"]


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses, the only hosts a plain connection may go to."""
    if host.lower() in {"localhost", "localhost.localdomain"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Applicant(_Section):
    name: str = ""
    email: str = ""
    timezone: str = "America/New_York"
    international_graduate: bool = False

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {value!r} (use an IANA name such as America/Chicago)") from e
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class Mailbox(_Section):
    host: str | None = None
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "ssl"
    username: str = ""
    password_env: str = "TRACKER_IMAP_PASSWORD"
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    include_junk: bool = True
    ca_file: Path | None = None
    maildir: Path | None = None
    batch_size: int = Field(default=500, ge=1, le=10_000)
    timeout: Duration = timedelta(seconds=30)

    @model_validator(mode="after")
    def _source(self) -> Mailbox:
        if (self.host is None) == (self.maildir is None):
            raise ValueError("set exactly one of host (an IMAP server) or maildir (a local Maildir)")
        if self.host is not None and self.security == "none" and not is_loopback(self.host):
            raise ValueError(
                f'security = "none" would send the password in clear to {self.host}; '
                'use "ssl" or "starttls" (plain connections are allowed to loopback only)'
            )
        return self

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 993 if self.security == "ssl" else 143

    @property
    def account(self) -> str:
        """The name that keys this mailbox's state in the store."""
        if self.maildir is not None:
            return f"maildir:{self.maildir}"
        return f"{self.username}@{self.host}"


class Rule(_Section):
    """A user rule: every pattern given must match (case-insensitive regular expressions)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    from_: str | None = Field(default=None, alias="from")
    subject: str | None = None
    body: str | None = None
    kind: Kind | None = None
    program: str | None = None
    specialty: str | None = None
    track: Track | None = None

    @model_validator(mode="after")
    def _valid(self) -> Rule:
        patterns = {"from": self.from_, "subject": self.subject, "body": self.body}
        if not any(patterns.values()):
            raise ValueError("a rule needs at least one of from, subject or body")
        for key, pattern in patterns.items():
            if pattern is not None:
                try:
                    re.compile(pattern)
                except re.error as e:
                    raise ValueError(f"{key} = {pattern!r} is not a valid pattern: {e}") from e
        if self.specialty is not None and canonical_specialty(self.specialty) is None:
            suggestion = _did_you_mean(self.specialty, SPECIALTIES)
            raise ValueError(f"unknown specialty {self.specialty!r}{suggestion or ' (use the ERAS name)'}")
        return self


class Goals(BaseModel):
    """`default` plus one override per ERAS specialty name."""

    model_config = ConfigDict(extra="allow", frozen=True)

    default: int = Field(default=12, ge=0)

    @model_validator(mode="after")
    def _known_specialties(self) -> Goals:
        for key, value in (self.model_extra or {}).items():
            if canonical_specialty(key) is None:
                raise ValueError(f"{key!r} is not an ERAS specialty name{_did_you_mean(key, SPECIALTIES)}")
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"the goal for {key!r} must be a whole number, got {value!r}")
        return self

    @property
    def overrides(self) -> dict[str, int]:
        return {canonical_specialty(k) or k: int(v) for k, v in (self.model_extra or {}).items()}

    def for_specialty(self, specialty: str) -> int:
        return self.overrides.get(specialty, self.default)


class Season(_Section):
    start: str = "2026-09-24"
    end: str = "2027-01-31"

    @field_validator("start", "end")
    @classmethod
    def _iso_date(cls, value: Any) -> str:
        from datetime import date

        text = value.isoformat() if isinstance(value, date) else str(value)
        try:
            date.fromisoformat(text)
        except ValueError as e:
            raise ValueError(f"{value!r} is not a date such as 2027-01-31") from e
        return text


class Smtp(_Section):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "starttls"
    username: str = ""
    password_env: str = "TRACKER_SMTP_PASSWORD"
    from_: str = Field(alias="from")
    to: str
    ca_file: Path | None = None
    timeout: Duration = timedelta(seconds=30)

    # The mailbox's (password_env, keyring entry) when SMTP signs in with the mailbox's login: one
    # app password serves both, so one place to keep it is enough. Set by Config.
    _same_account: tuple[str, str] | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _safe(self) -> Smtp:
        if self.security == "none" and not is_loopback(self.host):
            raise ValueError(
                f'security = "none" is allowed to loopback only, not {self.host}; use "ssl" or "starttls"'
            )
        return self

    @property
    def uses_mailbox_password(self) -> bool:
        """True when SMTP signs in with the mailbox's login, so the mailbox's password serves it."""
        return self._same_account is not None

    def password(self) -> str | None:
        """The SMTP password: its own variable, secrets-file line or keyring entry, else the
        mailbox's when SMTP signs in with the same login (the same account's app password)."""
        found = get_secret(self.password_env, f"smtp:{self.username}")
        if found is None and self._same_account is not None:
            found = get_secret(*self._same_account)
        return found

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return {"ssl": 465, "starttls": 587, "none": 25}[self.security]


class Notify(_Section):
    urls: list[str] = Field(default_factory=list)
    urls_env: str = "TRACKER_NOTIFY_URLS"


class Reminders(_Section):
    unscheduled_after: list[Duration] = Field(
        default_factory=lambda: [timedelta(hours=2), timedelta(hours=24)]
    )
    deadline_before: Duration = timedelta(hours=12)
    interview_before: Duration = timedelta(hours=24)
    impressions_at: ClockTime = time(19, 0)
    enabled: bool = True


class Digest(_Section):
    time: ClockTime = time(7, 0)
    skip_empty: bool = False
    enabled: bool = True


class Service(_Section):
    sweep_interval: Duration = timedelta(minutes=2)
    idle: bool = True
    idle_renew: Duration = timedelta(minutes=25)
    reminder_interval: Duration = timedelta(minutes=1)
    watchdog_after: Duration = timedelta(minutes=15)
    backoff_max: Duration = timedelta(minutes=5)


class Store(_Section):
    path: Path = Path("tracker.sqlite3")


class Web(_Section):
    """The local dashboard: `tracker run` serves it when enabled; `tracker web` serves it alone."""

    enabled: bool = False
    port: int = Field(default=8765, ge=1, le=65535)


class Config(_Section):
    applicant: Applicant = Field(default_factory=Applicant)
    mailbox: Mailbox
    store: Store = Field(default_factory=Store)
    rules: list[Rule] = Field(default_factory=list)
    goals: Goals = Field(default_factory=Goals)
    season: Season = Field(default_factory=Season)
    smtp: Smtp | None = None
    notify: Notify = Field(default_factory=Notify)
    reminders: Reminders = Field(default_factory=Reminders)
    digest: Digest = Field(default_factory=Digest)
    service: Service = Field(default_factory=Service)
    web: Web = Field(default_factory=Web)

    # Where the file was read from; relative paths in it are relative to its folder.
    source: Path | None = Field(default=None, exclude=True)

    @model_validator(mode="after")
    def _one_password_for_one_account(self) -> Config:
        mailbox, smtp = self.mailbox, self.smtp
        same_login = smtp is not None and smtp.username and smtp.username == mailbox.username
        if smtp is not None and same_login and mailbox.host is not None:
            smtp._same_account = (mailbox.password_env, f"imap:{mailbox.username}")
        return self

    def resolve(self, path: Path) -> Path:
        """`path` made absolute against the config file's folder."""
        path = path.expanduser()
        if path.is_absolute() or self.source is None:
            return path
        return self.source.parent / path

    @property
    def store_path(self) -> Path:
        return self.resolve(self.store.path)


def default_config_path() -> Path:
    """The config file used when neither --config nor $TRACKER_CONFIG names one."""
    import platformdirs  # here: a config given by path does not need it

    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--config, else $TRACKER_CONFIG, else the platform's user config dir."""
    if explicit:
        return Path(explicit)
    if env := os.environ.get("TRACKER_CONFIG"):
        return Path(env)
    return default_config_path()


def _location(loc: tuple[int | str, ...]) -> str:
    """A pydantic error location as the user wrote it: `[mailbox] port`, `[[rules]] #2 kind`."""
    parts = _key_path(loc)
    if not parts:
        return "the file"
    head, rest = parts[0], parts[1:]
    if head == "rules" and rest and rest[0].isdigit():
        where = f"[[rules]] #{int(rest[0]) + 1}"
        rest = rest[1:]
    else:
        where = f"[{head}]"
    return " ".join([where, *rest]) if rest else where


def _key_path(loc: tuple[int | str, ...]) -> list[str]:
    """A pydantic error location without pydantic's own steps (validator and union names)."""
    parts = [str(p) for p in loc if not str(p).startswith("function-")]
    return [p for p in parts if p not in {"literal['ssl','starttls','none']"}]


def _closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice closest to a misspelt `word` (case aside), or None when none is close."""
    by_lower = {choice.lower(): choice for choice in choices}
    close = difflib.get_close_matches(word.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[close[0]] if close else None


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    """ " (did you mean 'port'?)" for the choice closest to a misspelt `word`, else ""."""
    closest = _closest(word, choices)
    return f" (did you mean {closest!r}?)" if closest else ""


def _section_model(name: str) -> type[BaseModel] | None:
    """The model of the config section `name` ([mailbox] → Mailbox, [[rules]] → Rule)."""
    field = Config.model_fields.get(name)
    annotation: Any = field.annotation if field is not None else None
    for candidate in (annotation, *typing.get_args(annotation)):
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
        for inner in typing.get_args(candidate):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                return inner
    return None


def _keys_of(section: str | None) -> list[str]:
    """The keys a section takes as written in TOML, or the sections when `section` is None."""
    if section is None:
        return [name for name, field in Config.model_fields.items() if not field.exclude]
    model = _section_model(section)
    return [field.alias or name for name, field in model.model_fields.items()] if model else []


def _unknown_key(parts: list[str]) -> str:
    """What to say about a key no section takes: the closest known key, else the keys there are."""
    section = parts[0] if len(parts) > 1 else None
    word = parts[-1]
    known = _keys_of(section)
    what = "unknown key" if section else "unknown section"
    if closest := _closest(word, known):
        return f"{what} (did you mean {closest if section else f'[{closest}]'}?)"
    listed = ", ".join(f"[{k}]" for k in known) if section is None else ", ".join(known)
    return f"{what} ({'the sections are' if section is None else 'its keys are'} {listed})"


@cache
def _example_lines() -> tuple[str, ...]:
    try:
        return tuple(EXAMPLE_CONFIG.read_text(encoding="utf-8").splitlines())
    except OSError:  # pragma: no cover - shipped with the package
        return ()


def key_documentation(section: str, key: str) -> str | None:
    """The annotated example's comment on `[section] key`: its inline comment, else the comment
    lines above it (or above the keys it is grouped with), joined into one line."""
    lines = _example_lines()
    current = ""
    for index, raw in enumerate(lines):
        line = raw.strip()
        if header := re.match(r"^#?\s*\[\[?([a-z_]+)\]\]?\s*$", line):
            current = header.group(1)
            continue
        match = re.match(r'^(?:#\s*)?("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$', line)
        if current != section or not match or match.group(1).strip('"') != key:
            continue
        value = match.group(2)
        if "#" in value.split('"')[-1]:
            return value.split('"')[-1].split("#", 1)[1].strip().rstrip(".")
        comments: list[str] = []
        for above in reversed(lines[:index]):
            text = above.strip()
            if not text or re.match(r"^#?\s*\[", text):
                break
            if text.startswith("#") and not re.match(r'^#\s*("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)\s*=', text):
                comments.insert(0, text.lstrip("#").strip())
            elif comments:
                break
        return " ".join(comments).rstrip(".") or None
    return None


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    """Validate a parsed TOML document; errors name the file and the key, and say what to write."""
    name = str(source) if source else "config"
    try:
        config = Config.model_validate(data)
    except ValidationError as e:
        # An unknown key first: a misspelt section or key is why another one seems missing.
        first = sorted(e.errors(), key=lambda error: error["type"] != "extra_forbidden")[0]
        parts = _key_path(tuple(first["loc"]))
        message = str(first["msg"]).removeprefix("Value error, ")
        if first["type"] == "extra_forbidden":
            message = _unknown_key(parts)
        elif first["type"] == "missing":
            message = "required key is missing"
        hint = None
        # A message that already says what to write needs no second hint; else the key's own
        # documentation, from the example shipped with the program (found after `pip install` too).
        if not message.endswith(")"):
            keys = [p for p in parts if not p.isdigit()]
            documentation = key_documentation(keys[0], keys[-1]) if len(keys) > 1 else None
            hint = (
                f"{keys[-1]}: {documentation}"
                if documentation
                else f"every key is explained in {EXAMPLE_CONFIG}"
            )
        raise ConfigError(f"{name}: {_location(tuple(first['loc']))}: {message}", hint) from e
    return config.model_copy(update={"source": source.resolve() if source else None})


def load_config(path: Path) -> Config:
    """Read and validate the config file at `path`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError as e:
        raise ConfigError(
            f"no config file at {path}", "run `tracker init` to write one, or pass --config PATH"
        ) from e
    except OSError as e:
        raise ConfigError(f"cannot read {path}: {e.strerror}") from e
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from e
    return parse_config(data, path)


def secrets_file() -> Path:
    """The private file of `NAME=value` lines that holds passwords when there is no keyring: `env` in
    the user config folder. `tracker init` writes it readable by you only; the service reads it."""
    import platformdirs  # here: only a secret that is not in the environment needs it

    return Path(platformdirs.user_config_dir(APP_NAME)) / "env"


def read_secrets_file(path: Path) -> dict[str, str]:
    """The `NAME=value` lines of a secrets file ({} when there is none), as systemd's
    EnvironmentFile reads them: `#` comments, optional `export `, values optionally quoted."""
    try:
        text = path.read_text(encoding="utf-8")
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        log.warning("secrets: cannot read %s: %s", path, e)
        return {}
    if mode & 0o077:
        log.warning("secrets: %s is readable by others; make it private: chmod 600 %s", path, path)
    values: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")) or "=" not in line:
            continue
        name, _, value = line.removeprefix("export ").partition("=")
        values[name.strip()] = _unquote(value.strip())
    return values


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1]
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\([\\"$`])', r"\1", value[1:-1])
    return value


def quote_secret(value: str) -> str:
    """`value` as a secrets-file value both `read_secrets_file` and systemd read back unchanged."""
    return '"' + re.sub(r'([\\"$`])', r"\\\1", value) + '"'


def get_secret(env_name: str, keyring_user: str | None = None) -> str | None:
    """A secret from the environment variable `env_name`, else its line in the secrets file, else
    the system keyring entry `keyring_user`, else None."""
    if value := os.environ.get(env_name):
        return value
    if value := read_secrets_file(secrets_file()).get(env_name):
        return value
    if keyring_user is None:
        return None
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:  # pragma: no cover - keyring is a dependency
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user)
    except (KeyringError, RuntimeError):
        return None
