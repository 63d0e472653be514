"""The demo: the whole pipeline on the bundled sample mailbox, with no account and no network.

`tracker demo` reads the sample Maildir shipped inside the package into a local SQLite file with
the same pass `tracker poll --once` runs (sync → parse → classify → record → queue alerts), then
shows the status table against goals and writes the digest it would send to an HTML file.
The clock is the sample season's "today", so the output is the same every time; running it again
adds nothing, since every message is already stored.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib.resources import as_file, files
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from tracker.config import Config, parse_config
from tracker.errors import TrackerError
from tracker.notify import goals
from tracker.notify.notifications import Notifications
from tracker.service import poll_once_as_of
from tracker.store.database import Store
from tracker.store.views import load_records, message_kinds
from tracker.vocabulary import KIND_ORDER, UNCLASSIFIED, kind_label

log = logging.getLogger(__name__)

DEMO_TZ = ZoneInfo("America/New_York")
# The sample season's "today": its newest message arrived the evening before.
DEMO_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=DEMO_TZ)
DEMO_STORE = "tracker-demo.sqlite3"
DEMO_CONFIG = "tracker-demo.toml"
DEMO_DIGEST = "digest-preview.html"
# The demo never notifies: no [smtp], no URLs, and an environment variable nobody sets.
DEMO_URLS_ENV = "TRACKER_DEMO_NOTIFY_URLS"


@contextmanager
def sample_mailbox() -> Iterator[Path]:
    """The bundled sample Maildir as a real folder (package data, from a checkout or a wheel)."""
    resource = files("tracker").joinpath("sample_mailbox")
    with as_file(resource) as path:
        if not (Path(path) / "cur").is_dir():
            raise TrackerError(
                f"the sample mailbox is missing from this installation ({path})",
                "reinstall invite-tracker from a wheel or the source tree",
            )
        yield Path(path)


def demo_settings(maildir: Path, store_path: Path) -> dict[str, Any]:
    """The embedded default config, as the TOML `tracker-demo.toml` holds."""
    return {
        "applicant": {
            "name": "Jordan Lee",
            "email": "jordan.lee.match2027@gmail.com",
            "timezone": DEMO_TZ.key,
        },
        "mailbox": {"maildir": str(maildir), "folders": ["INBOX"]},
        "store": {"path": str(store_path)},
        "goals": {"default": 12, "Emergency Medicine": 10, "Internal Medicine": 8, "Transitional Year": 4},
        "season": {"start": "2026-09-24", "end": "2027-01-31"},
        "notify": {"urls": [], "urls_env": DEMO_URLS_ENV},
    }


def demo_config_text(settings: dict[str, Any]) -> str:
    """The demo config as TOML, so the other commands can explore the demo database."""
    lines = ["# The demo's config, written by `tracker demo`: try `tracker --config THIS_FILE records`."]
    for section, values in settings.items():
        lines += ["", f"[{section}]"]
        for key, value in values.items():
            name = key if key.replace("_", "").isalnum() else f'"{key}"'
            lines.append(f"{name} = {_toml_value(value)}")
    return "\n".join(lines) + "\n"


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


@dataclass
class DemoResult:
    """What the demo did and where it left its files."""

    messages: int  # in the sample mailbox
    new_messages: int  # read by this run (0 when run again)
    failed: int
    kinds: dict[str, int] = field(default_factory=dict)
    to_check: dict[str, int] = field(default_factory=dict)  # of each kind, how many need review
    records: int = 0
    status_table: str = ""
    digest_path: Path = Path()
    store_path: Path = Path()
    config_path: Path = Path()
    now: datetime = DEMO_NOW


def run_demo(directory: Path, now: datetime = DEMO_NOW) -> DemoResult:
    """Run the main job on the sample mailbox into `directory`; write the status and the digest."""
    directory = directory.expanduser().resolve()
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise TrackerError(f"cannot create {directory}: {e.strerror or e}") from e
    store_path = directory / DEMO_STORE
    config_path = directory / DEMO_CONFIG
    digest_path = directory / DEMO_DIGEST
    with sample_mailbox() as maildir:
        settings = demo_settings(maildir, store_path)
        config: Config = parse_config(settings, config_path)
        try:
            config_path.write_text(demo_config_text(settings), encoding="utf-8")
        except OSError as e:
            raise TrackerError(f"cannot write {config_path}: {e.strerror or e}") from e
        messages = sum(1 for sub in ("cur", "new") for _ in (maildir / sub).iterdir())
        with Store(store_path) as store:
            report = poll_once_as_of(config, store, now, "the demo")
            records = load_records(store, config.applicant.tz, now)
            lines = goals.specialty_progress(records, goals.settings_from_config(config), now)
            notifications = Notifications(config, store, clock=lambda: now)
            rendered = notifications.outbox.renderer.render("digest", notifications.digest_payload(now))
            try:
                digest_path.write_text(rendered.html, encoding="utf-8")
            except OSError as e:
                raise TrackerError(f"cannot write {digest_path}: {e.strerror or e}") from e
            log.info("demo: %d new messages, %d records", report.new_messages, len(records))
            return DemoResult(
                messages=messages,
                new_messages=report.new_messages,
                failed=len(report.failed),
                kinds=message_kinds(store),
                to_check=message_kinds(store, needing_review=True),
                records=len(records),
                status_table=goals.status_table(lines),
                digest_path=digest_path,
                store_path=store_path,
                config_path=config_path,
                now=now,
            )


def demo_report(result: DemoResult, program: str = "tracker") -> list[str]:
    """What `tracker demo` prints: what it read, how to explore it, the status table, the digest path."""
    when = result.now.strftime("%a %d %b %Y, %H:%M %Z")
    lines = [f"Invite Tracker demo: Jordan Lee's sample mailbox ({result.messages} messages), as of {when}."]
    if result.new_messages:
        failed = f", {result.failed} could not be parsed" if result.failed else ""
        lines.append(f"Read {result.new_messages} new messages{failed}.")
    else:
        lines.append("Nothing new: every sample message is already in the demo database.")
    counts = [
        f"{result.kinds[kind]} {kind_label(kind, result.kinds[kind])}"
        + (f" ({result.to_check[kind]} to check)" if result.to_check.get(kind) else "")
        for kind in (*KIND_ORDER, UNCLASSIFIED)
        if result.kinds.get(kind)
    ]
    lines.append(f"{result.records} program records from {', '.join(counts) or 'no classified mail'}.")
    lines.append(
        f"Explore it: {program} --config {result.config_path} records   (or status, messages, export)"
    )
    lines += ["", result.status_table, ""]
    lines.append(f"Digest it would send: {result.digest_path}")
    lines.append(f"Open the dashboard on it: {program} --config {result.config_path} web")
    return lines
