"""Exports of the records: a CSV for spreadsheets and an iCalendar file of interview days; and
the checked backup of the whole database.

Both are functions of the store's records and the applicant's time zone. Each interview's calendar
UID is made once, at random, and kept in the store bound to the messages of its record: it does not
change when the record's specialty or track is filled in or corrected, nor when `tracker reprocess`
rebuilds the records (even into new rows), so importing a newer export updates the events already
imported instead of duplicating them.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
import sqlite3
import tempfile
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from tracker.errors import TrackerError
from tracker.store.database import Store
from tracker.store.views import RecordView, interview_start, load_records
from tracker.vocabulary import Format, Status, Track

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
CANCELLED_STATUSES = frozenset({Status.CANCELLED, Status.DECLINED, Status.REJECTED})
PRODID = "-//Invite Tracker//invite-tracker//EN"
UID_DOMAIN = "invite-tracker"
# A random id of this store, in the `state` table: the UID of a record with no message names it, so
# two stores never give two interviews the same UID.
STORE_ID = "calendar.store_id"
# Each event's content digest and SEQUENCE at the last export (the `state` table).
REVISIONS = "calendar.revisions"


def event_title(record: RecordView) -> str:
    parts = [record.program]
    if record.specialty:
        parts.append(record.specialty)
    if record.track and record.track not in {Track.CATEGORICAL, Track.TRANSITIONAL}:
        parts.append(f"({record.track})")
    return " ".join(parts)


def load_export_records(
    store: Store, now: datetime | None = None, tz: ZoneInfo | None = None
) -> list[RecordView]:
    """Every record, ordered by program, specialty and track; with `now`, statuses as of then (an
    interview whose day has passed is completed, as `tracker records` shows it)."""
    records = load_records(store, tz or ZoneInfo("UTC"), now)
    return sorted(records, key=lambda r: (r.program.lower(), r.specialty or "", r.track or ""))


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


# -- calendar UIDs ------------------------------------------------------------------------------


def assign_uids(
    messages_of: Mapping[int, Sequence[int]], bound: Mapping[int, str], new_uid: Callable[[int], str]
) -> dict[int, str]:
    """The calendar UID of each record, given its messages (record id -> message ids) and the UIDs
    already bound to messages.

    A record keeps the UID bound to its messages, whatever its row id or key is now. When records
    merged, the UID of the oldest message wins; when a record split, its UID stays with the part
    that holds its oldest message and the other part gets `new_uid(record id)`, as does a record
    no UID is bound to yet.
    """
    holder: dict[str, tuple[int, int]] = {}  # uid -> (its oldest bound message, that message's record)
    for record_id, messages in messages_of.items():
        for message in messages:
            uid = bound.get(message)
            if uid is not None and (uid not in holder or message < holder[uid][0]):
                holder[uid] = (message, record_id)
    uids: dict[int, str] = {}
    for record_id in sorted(messages_of):
        held = [
            bound[m]
            for m in sorted(messages_of[record_id])
            if m in bound and holder[bound[m]][1] == record_id
        ]
        uids[record_id] = held[0] if held else new_uid(record_id)
    return uids


def calendar_uids(store: Store, record_ids: Iterable[int]) -> dict[int, str]:
    """The calendar UID of each of these records, bound to their messages in the store so that the
    next export, or the same interview after `tracker reprocess`, finds it again."""
    messages_of: dict[int, list[int]] = {record_id: [] for record_id in record_ids}
    with store.transaction() as db:
        for row in db.execute("SELECT id, record_id FROM messages WHERE record_id IS NOT NULL ORDER BY id"):
            if row["record_id"] in messages_of:
                messages_of[row["record_id"]].append(int(row["id"]))
        bound = {
            int(r["message"]): str(r["uid"]) for r in db.execute("SELECT message, uid FROM calendar_uids")
        }
        store_id = _store_id(db)

        def new_uid(record_id: int) -> str:
            if messages_of[record_id]:
                return f"interview-{uuid.uuid4().hex}@{UID_DOMAIN}"
            return f"interview-record-{record_id}-{store_id}@{UID_DOMAIN}"  # nothing to bind it to

        uids = assign_uids(messages_of, bound, new_uid)
        db.executemany(
            "INSERT INTO calendar_uids (message, uid) VALUES (?, ?) "
            "ON CONFLICT(message) DO UPDATE SET uid = excluded.uid",
            [
                (message, uids[record_id])
                for record_id, messages in messages_of.items()
                for message in messages
            ],
        )
    return uids


def revise(previous: Mapping[str, Sequence[Any]], contents: Mapping[str, str]) -> dict[str, list[Any]]:
    """Each UID's [content digest, SEQUENCE] after an export of `contents` (UID -> digest): 0 the
    first time, one more each time the event changed, so a calendar applies the update."""
    revised = {uid: list(entry) for uid, entry in previous.items()}
    for uid, digest in contents.items():
        entry = previous.get(uid)
        if entry is None:
            revised[uid] = [digest, 0]
        elif entry[0] != digest:
            revised[uid] = [digest, int(entry[1]) + 1]
    return revised


def event_sequences(store: Store, contents: Mapping[str, str]) -> dict[str, int]:
    """The SEQUENCE of each exported event (UID -> digest of its content), kept in the `state` table."""
    with store.transaction() as db:
        row = db.execute("SELECT value FROM state WHERE key = ?", (REVISIONS,)).fetchone()
        revised = revise(json.loads(row["value"]) if row else {}, contents)
        db.execute(
            "INSERT INTO state (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (REVISIONS, json.dumps(revised, sort_keys=True)),
        )
    return {uid: int(revised[uid][1]) for uid in contents}


def _store_id(db: sqlite3.Connection) -> str:
    row = db.execute("SELECT value FROM state WHERE key = ?", (STORE_ID,)).fetchone()
    if row is not None:
        return str(json.loads(row["value"]))
    store_id = uuid.uuid4().hex
    db.execute("INSERT INTO state (key, value) VALUES (?, ?)", (STORE_ID, json.dumps(store_id)))
    return store_id


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


def interview_event(record: RecordView, tz: ZoneInfo, uid: str) -> Event | None:
    """The event of a record's interview, in the applicant's zone, without its DTSTAMP and SEQUENCE
    (None when the record has no interview date)."""
    start = interview_start(record.interview_date, tz)
    if start is None:
        return None
    moment, timed = start
    event = Event()
    event.add("uid", uid)
    event.add("summary", f"Interview: {event_title(record)}")
    if timed:
        event.add("dtstart", moment)
        event.add("dtend", moment + INTERVIEW_LENGTH)
    else:
        event.add("dtstart", moment.date())
        event.add("dtend", moment.date() + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
    if record.format == Format.VIRTUAL:
        event.add("location", "Virtual")
    event.add("description", _description(record))
    event.add("status", "CANCELLED" if record.status in CANCELLED_STATUSES else "CONFIRMED")
    if record.schedule_url:
        event.add("url", record.schedule_url)
    return event


def interview_calendar(
    records: Iterable[RecordView],
    tz: ZoneInfo,
    now: datetime,
    uids: Mapping[int, str],
    sequences: Mapping[str, int],
) -> Calendar:
    """A calendar with one event per record that has an interview date, in the applicant's zone;
    `uids` gives each record's event UID (`calendar_uids`), `sequences` each UID's SEQUENCE."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Residency interviews")
    calendar.add("x-wr-timezone", tz.key)
    for record in records:
        if interview_start(record.interview_date, tz) is None:
            continue
        uid = uids[record.id]
        event = interview_event(record, tz, uid)
        assert event is not None
        event.add("dtstamp", now.astimezone(UTC))
        event.add("sequence", sequences.get(uid, 0))
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


def export_csv(store: Store, path: Path, tz: ZoneInfo, now: datetime | None = None) -> int:
    """Write the CSV of every record to `path`; returns the number of rows."""
    text, rows = csv_export(store, tz, now)
    # UTF-8 with a byte-order mark: Excel then reads program names with accents correctly.
    write_atomically(path, text.encode("utf-8-sig"))
    log.info("export: wrote %d records to %s", rows, path)
    return rows


def csv_export(store: Store, tz: ZoneInfo, now: datetime | None = None) -> tuple[str, int]:
    """The CSV of every record (statuses as of `now`) and its number of rows."""
    records = load_export_records(store, now, tz)
    return records_csv(records, tz), len(records)


def export_ics(store: Store, path: Path, tz: ZoneInfo, now: datetime) -> int:
    """Write the interview calendar to `path`; returns the number of events."""
    records = [r for r in load_export_records(store) if interview_start(r.interview_date, tz) is not None]
    uids = calendar_uids(store, [r.id for r in records])
    contents = {}
    for record in records:
        event = interview_event(record, tz, uids[record.id])
        assert event is not None
        contents[uids[record.id]] = hashlib.sha256(event.to_ical()).hexdigest()[:16]
    calendar = interview_calendar(records, tz, now, uids, event_sequences(store, contents))
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
