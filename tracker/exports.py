"""Exports of the records: a CSV for spreadsheets and an iCalendar file of interview days; and
the checked backup of the whole database.

Both are functions of the store's records and the applicant's time zone. The calendar's UIDs are
derived from each record's key (program, specialty, track), not from row ids, so importing a newer
export updates the events already imported instead of duplicating them, even after the database
was rebuilt with `tracker reprocess`.
"""

from __future__ import annotations

import csv
import hashlib
import io
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from tracker.errors import TrackerError
from tracker.store import Store
from tracker.views import RecordView, interview_start, load_records

log = logging.getLogger(__name__)

CSV_COLUMNS = (
    "program",
    "specialty",
    "track",
    "status",
    "invited_at",
    "platform",
    "deadline",
    "interview_date",
    "format",
    "signal",
    "notes",
)

# An interview day whose end the mail did not say is shown as this long.
INTERVIEW_LENGTH = timedelta(hours=5)
# Records in these states keep their event, marked cancelled, so a re-import removes it from view.
CANCELLED_STATUSES = frozenset({"cancelled", "declined", "rejected"})
PRODID = "-//Invite Tracker//invite-tracker//EN"


def event_uid(record: RecordView) -> str:
    """A calendar UID stable across exports and database rebuilds."""
    key = "\x1f".join([record.program.strip().lower(), record.specialty or "", record.track or ""])
    return f"interview-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}@invite-tracker"


def event_title(record: RecordView) -> str:
    parts = [record.program]
    if record.specialty:
        parts.append(record.specialty)
    if record.track and record.track not in {"categorical", "transitional"}:
        parts.append(f"({record.track})")
    return " ".join(parts)


def load_export_records(store: Store) -> list[RecordView]:
    """Every record, ordered by program, specialty and track."""
    return sorted(load_records(store), key=lambda r: (r.program.lower(), r.specialty or "", r.track or ""))


# -- CSV ----------------------------------------------------------------------------------------


def _local(moment: datetime | None, tz: ZoneInfo) -> str:
    """A time as spreadsheets read it, in the applicant's time zone: 2026-10-02 14:05."""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def _interview_cell(value: str | None, tz: ZoneInfo) -> str:
    start = interview_start(value, tz)
    if start is None:
        return value or ""
    moment, timed = start
    return moment.strftime("%Y-%m-%d %H:%M") if timed else moment.date().isoformat()


def records_csv(records: Iterable[RecordView], tz: ZoneInfo) -> str:
    """The CSV text: a header row, then one row per record."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(
            [
                record.program,
                record.specialty or "",
                record.track or "",
                record.status,
                _local(record.invited_at, tz),
                record.platform or "",
                _local(record.respond_by, tz),
                _interview_cell(record.interview_date, tz),
                record.format or "",
                record.signal or "",
                record.notes or "",
            ]
        )
    return out.getvalue()


# -- iCalendar ----------------------------------------------------------------------------------


def _description(record: RecordView) -> str:
    lines = [f"Status: {record.status}"]
    if record.specialty:
        lines.append(f"Specialty: {record.specialty}")
    if record.track:
        lines.append(f"Track: {record.track}")
    if record.format:
        lines.append(f"Format: {record.format.replace('_', ' ')}")
    if record.platform:
        lines.append(f"Platform: {record.platform.replace('_', ' ')}")
    if record.schedule_url:
        lines.append(f"Link: {record.schedule_url}")
    if record.notes:
        lines.append(f"Notes: {record.notes}")
    return "\n".join(lines)


def interview_calendar(records: Iterable[RecordView], tz: ZoneInfo, now: datetime) -> Calendar:
    """A calendar with one event per record that has an interview date, in the applicant's zone."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Residency interviews")
    calendar.add("x-wr-timezone", tz.key)
    for record in records:
        start = interview_start(record.interview_date, tz)
        if start is None:
            continue
        moment, timed = start
        event = Event()
        event.add("uid", event_uid(record))
        event.add("dtstamp", now.astimezone(UTC))
        event.add("sequence", len(record.history))  # status changes so far
        event.add("summary", f"Interview: {event_title(record)}")
        if timed:
            event.add("dtstart", moment)
            event.add("dtend", moment + INTERVIEW_LENGTH)
        else:
            event.add("dtstart", moment.date())
            event.add("dtend", moment.date() + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        if record.format == "virtual":
            event.add("location", "Virtual")
        event.add("description", _description(record))
        event.add("status", "CANCELLED" if record.status in CANCELLED_STATUSES else "CONFIRMED")
        if record.schedule_url:
            event.add("url", record.schedule_url)
        calendar.add_component(event)
    if hasattr(calendar, "add_missing_timezones"):
        calendar.add_missing_timezones()
    return calendar


# -- files --------------------------------------------------------------------------------------


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` through a temporary file, so a reader never sees half a file."""
    path = path.expanduser()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as e:
        raise TrackerError(
            f"cannot write {path}: {e.strerror or e}", "check that the folder exists and is writable"
        ) from e


def export_csv(store: Store, path: Path, tz: ZoneInfo) -> int:
    """Write the CSV of every record to `path`; returns the number of rows."""
    records = load_export_records(store)
    # UTF-8 with a byte-order mark: Excel then reads program names with accents correctly.
    write_atomically(path, records_csv(records, tz).encode("utf-8-sig"))
    log.info("export: wrote %d records to %s", len(records), path)
    return len(records)


def export_ics(store: Store, path: Path, tz: ZoneInfo, now: datetime) -> int:
    """Write the interview calendar to `path`; returns the number of events."""
    calendar = interview_calendar(load_export_records(store), tz, now)
    write_atomically(path, calendar.to_ical())
    count = len(calendar.walk("VEVENT"))
    log.info("export: wrote %d interview events to %s", count, path)
    return count


def backup_database(
    open_store: Callable[[], Store], store_path: Path, target: Path, *, force: bool = False
) -> tuple[int, int]:
    """Copy the database to `target` with SQLite's online backup, then check the copy.

    Returns the copy's (messages, records). Safe while the service writes. The store is opened
    only once the checks pass, so a missing database is reported, not created empty.
    """
    import sqlite3

    target = target.expanduser().resolve()
    if not store_path.exists():
        raise TrackerError(f"no database yet at {store_path}", "run `tracker poll --once` first")
    if target == store_path.expanduser().resolve():
        raise TrackerError(f"{target} is the database itself", "give another FILE")
    if target.exists():
        if not force:
            raise TrackerError(f"{target} already exists", "pass --force to overwrite it")
        target.unlink()
    open_store().backup(target)
    with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as copy:
        checked = copy.execute("PRAGMA quick_check").fetchone()[0]
        messages = int(copy.execute("SELECT count(*) FROM messages").fetchone()[0])
        records = int(copy.execute("SELECT count(*) FROM records").fetchone()[0])
    copy.close()
    if checked != "ok":
        raise TrackerError(f"the backup at {target} failed its check: {checked}", "try again")
    return messages, records
