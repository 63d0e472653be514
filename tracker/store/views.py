"""Read-only views of the store: records with their history, classified messages and sync health
for the notification side, as plain dataclasses the pure modules (goals, reminders, digest) take,
and the stored messages the CLI lists."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from tracker.clock import from_iso
from tracker.store.database import Store
from tracker.vocabulary import Status

log = logging.getLogger(__name__)

INVITED_STATUSES = frozenset({Status.INVITED, Status.SCHEDULED, Status.COMPLETED})
# When only the interview's day is known, it is taken to start at this local time.
DEFAULT_INTERVIEW_TIME = time(8, 0)


def parse_moment(value: Any, tz: tzinfo) -> datetime | None:
    """An ISO date or datetime as an aware datetime; naive values are in `tz`; a bare date is its end."""
    if not value:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=tz)
    try:
        if len(str(value)) == 10:
            day = date.fromisoformat(str(value))
            return datetime.combine(day, time(23, 59), tz)
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        log.warning("views: ignoring a time that is not ISO 8601: %r", value)
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def interview_start(value: str | None, tz: tzinfo) -> tuple[datetime, bool] | None:
    """When an interview starts and whether its time of day is known (a bare date is not)."""
    if not value:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime.combine(day, DEFAULT_INTERVIEW_TIME, tz), False
        moment = datetime.fromisoformat(value)
    except ValueError:
        log.warning("ignoring an interview date that is not ISO 8601: %r", value)
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=tz)).astimezone(tz), True


@dataclass(frozen=True)
class RecordView:
    """One program's record, as the notifier reads it."""

    id: int
    program: str
    specialty: str | None
    track: str | None
    status: str
    invited_at: datetime | None = None
    platform: str | None = None
    format: str | None = None
    respond_by: datetime | None = None
    interview_dates: list[str] = field(default_factory=list)
    interview_date: str | None = None
    schedule_url: str | None = None
    signal: str | None = None
    notes: str | None = None
    history: tuple[str, ...] = ()  # every status the record has had, oldest first
    updated_at: datetime | None = None

    @property
    def ever_invited(self) -> bool:
        """Invited at some point: a record that moved on, or a waitlist that became an invitation."""
        return (
            self.invited_at is not None
            or self.status in INVITED_STATUSES
            or any(s in INVITED_STATUSES for s in self.history)
        )

    @property
    def specialty_name(self) -> str:
        return self.specialty or "Unknown specialty"

    def payload(self) -> dict[str, Any]:
        """The record's fields as notification templates read them (times as ISO strings)."""
        return {
            "id": self.id,
            "record_id": self.id,
            "program": self.program,
            "specialty": self.specialty,
            "track": self.track,
            "status": self.status,
            "platform": self.platform,
            "format": self.format,
            "schedule_url": self.schedule_url,
            "respond_by": iso_or_none(self.respond_by),
            "invited_at": iso_or_none(self.invited_at),
            "interview_dates": list(self.interview_dates),
            "interview_date": self.interview_date,
            "updated_at": iso_or_none(self.updated_at),
        }


@dataclass(frozen=True)
class MessageView:
    """One classified message."""

    id: int
    kind: str | None
    program: str | None
    specialty: str | None
    track: str | None
    subject: str
    from_name: str
    from_addr: str
    date: datetime | None
    fetched_at: datetime | None
    record_id: int | None
    classification: dict[str, Any] = field(default_factory=dict)

    @property
    def needs_review(self) -> bool:
        return bool(self.classification.get("needs_review"))

    @property
    def arrived_at(self) -> datetime | None:
        return self.date or self.fetched_at


def _json(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


def status_as_of(status: str, interview_date: str | None, now: datetime | None, tz: tzinfo = UTC) -> str:
    """The status as the season has moved it: a scheduled interview whose day has passed in the
    applicant's time zone is completed. Without `now`, the status as stored."""
    if now is None or status != "scheduled" or not interview_date:
        return status
    try:
        when = datetime.fromisoformat(interview_date)
    except ValueError:
        return status
    day = when.astimezone(tz).date() if "T" in interview_date and when.tzinfo else when.date()
    return "completed" if day < now.astimezone(tz).date() else status


def record_from_row(
    row: Any, history: tuple[str, ...], tz: tzinfo = UTC, now: datetime | None = None
) -> RecordView:
    dates = _json(row["interview_dates"], [])
    status = status_as_of(row["status"], row["interview_date"], now, tz)
    if status != row["status"]:
        history = (*history, status)
    return RecordView(
        id=int(row["id"]),
        program=row["program"],
        specialty=row["specialty"],
        track=row["track"],
        status=status,
        invited_at=parse_moment(row["invited_at"], tz),
        platform=row["platform"],
        format=row["format"],
        respond_by=parse_moment(row["respond_by"], tz),
        interview_dates=[str(d) for d in dates] if isinstance(dates, list) else [],
        interview_date=row["interview_date"],
        schedule_url=row["schedule_url"],
        signal=row["signal"],
        notes=row["notes"],
        history=history,
        updated_at=from_iso(row["updated_at"]),
    )


def load_records(store: Store, tz: tzinfo = UTC, now: datetime | None = None) -> list[RecordView]:
    """Every record with its status history, the status as of `now` when given (`status_as_of`)."""
    history: dict[int, list[str]] = {}
    for event in store.query("SELECT record, status FROM record_events ORDER BY at, id"):
        history.setdefault(int(event["record"]), []).append(event["status"])
    return [
        record_from_row(row, tuple(history.get(int(row["id"]), ())), tz, now)
        for row in store.query("SELECT * FROM records ORDER BY id")
    ]


def load_record(
    store: Store, record_id: int, tz: tzinfo = UTC, now: datetime | None = None
) -> RecordView | None:
    """One record with its status history, None when there is no such record."""
    row = store.query_one("SELECT * FROM records WHERE id = ?", (record_id,))
    if row is None:
        return None
    events = store.query("SELECT status FROM record_events WHERE record = ? ORDER BY at, id", (record_id,))
    return record_from_row(row, tuple(e["status"] for e in events), tz, now)


def one_line(text: str | None) -> str:
    """A header as one line: a folded subject keeps its tabs and runs of spaces, and an encoded one
    can hold line breaks; each of those becomes one space, so a table row or a list item stays whole."""
    return " ".join((text or "").split())


def message_from_row(row: Any) -> MessageView:
    classification = _json(row["classification"], {})
    return MessageView(
        id=int(row["id"]),
        kind=row["kind"],
        program=row["program"],
        specialty=row["specialty"],
        track=row["track"],
        subject=one_line(row["subject"]),
        from_name=one_line(row["from_name"]),
        from_addr=row["from_addr"] or "",
        date=from_iso(row["date"]),
        fetched_at=from_iso(row["fetched_at"]),
        record_id=row["record_id"],
        classification=classification if isinstance(classification, dict) else {},
    )


_MESSAGE_COLUMNS = (
    "id, kind, program, specialty, track, subject, from_name, from_addr, date, fetched_at, "
    "record_id, classification"
)


def load_messages(store: Store, ids: list[int]) -> list[MessageView]:
    """The classified messages with these ids, in id order."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = store.query(
        f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id IN ({marks}) ORDER BY id", list(ids)
    )
    return [message_from_row(r) for r in rows]


def messages_since(store: Store, since: datetime | None) -> list[MessageView]:
    """Classified messages fetched after `since` (all when None)."""
    rows = store.query(
        f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE kind IS NOT NULL AND (? IS NULL OR fetched_at > ?) "
        "ORDER BY id",
        (_iso(since), _iso(since)),
    )
    return [message_from_row(r) for r in rows]


def messages_needing_review(store: Store) -> list[MessageView]:
    rows = store.query(
        f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE kind IS NOT NULL "
        "AND json_extract(classification, '$.needs_review') IN (1, 'true') ORDER BY id"
    )
    return [message_from_row(r) for r in rows]


def records_needing_review(store: Store) -> set[int]:
    """The records holding a message that needs review (not certain, not corrected)."""
    rows = store.query(
        f"SELECT DISTINCT m.record_id FROM messages m WHERE m.record_id IS NOT NULL AND {_NEEDS_REVIEW_SQL}"
    )
    return {int(row["record_id"]) for row in rows}


def latest_activity(store: Store) -> dict[int, datetime]:
    """When each record last had mail (its Date, else when fetched) or a change of status."""
    rows = store.query(
        "SELECT id, max(at) AS at FROM ("
        " SELECT record AS id, at FROM record_events"
        " UNION ALL SELECT record_id, coalesce(date, fetched_at) FROM messages WHERE record_id IS NOT NULL"
        ") GROUP BY id"
    )
    found = {int(row["id"]): from_iso(row["at"]) for row in rows if row["at"]}
    return {record: moment for record, moment in found.items() if moment is not None}


def message_kinds(store: Store, needing_review: bool = False) -> dict[str, int]:
    """How many stored messages have each kind (unclassified mail is not counted); with
    `needing_review`, only those that need review."""
    condition = f" AND {_NEEDS_REVIEW_SQL}" if needing_review else ""
    rows = store.query(
        f"SELECT m.kind, count(*) AS n FROM messages m WHERE m.kind IS NOT NULL{condition} GROUP BY m.kind"
    )
    return {str(row["kind"]): int(row["n"]) for row in rows}


@dataclass(frozen=True)
class StoredMessage:
    """One stored message as `tracker messages` lists it: where it was first seen (folder, UID),
    how far processing got, and what it was classified as. Values are as stored."""

    id: int
    folder: str | None
    uid: int | None
    uidvalidity: int | None
    message_id: str | None
    date: str | None
    from_addr: str | None
    from_name: str | None
    subject: str | None
    status: str
    error: str | None
    kind: str | None
    program: str | None
    specialty: str | None
    track: str | None
    record_id: int | None
    # The classification is not certain and you have not corrected it: the digest lists it for review.
    needs_review: bool = False


# A classification that is not certain, and that you have not corrected.
_NEEDS_REVIEW_SQL = (
    "(m.kind IS NOT NULL AND json_extract(m.classification, '$.needs_review') IN (1, 'true') "
    "AND NOT EXISTS (SELECT 1 FROM corrections c WHERE c.message = m.id))"
)
# Each message with the first location it was seen at (a message copied to two folders is listed once).
_STORED_MESSAGES_SQL = f"""
SELECT m.id, l.folder, l.uid, l.uidvalidity, m.message_id, m.date, m.from_addr, m.from_name,
       m.subject, m.status, m.error, m.kind, m.program, m.specialty, m.track, m.record_id,
       {_NEEDS_REVIEW_SQL} AS needs_review
FROM messages m
LEFT JOIN locations l ON l.rowid = (
    SELECT rowid FROM locations WHERE message = m.id ORDER BY seen_at, rowid LIMIT 1)
"""


@dataclass(frozen=True)
class MessageFilter:
    """Which stored messages `tracker messages` lists; None (or False) lets every message through."""

    kind: str | None = None
    status: str | None = None
    specialty: str | None = None
    since: datetime | None = None  # arrived (its Date, else when fetched) at or after this moment
    review: bool = False  # only those that need review
    record_id: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on `_STORED_MESSAGES_SQL`'s rows, and its parameters."""
        conditions: list[str] = []
        params: list[Any] = []
        if self.kind is not None:
            conditions.append("m.kind = ?")
            params.append(self.kind)
        if self.status is not None:
            conditions.append("m.status = ?")
            params.append(self.status)
        if self.specialty is not None:
            conditions.append("m.specialty = ?")
            params.append(self.specialty)
        if self.since is not None:
            conditions.append("coalesce(m.date, m.fetched_at) >= ?")
            params.append(_iso(self.since))
        if self.review:
            conditions.append(_NEEDS_REVIEW_SQL)
        if self.record_id is not None:
            conditions.append("m.record_id = ?")
            params.append(self.record_id)
        return (" AND ".join(conditions) or "1"), params


def _stored_message(row: Any) -> StoredMessage:
    values = {f.name: row[f.name] for f in fields(StoredMessage)}
    for name in ("subject", "from_name"):
        values[name] = one_line(values[name]) if values[name] is not None else None
    return StoredMessage(**{**values, "needs_review": bool(values["needs_review"])})


def stored_messages(store: Store, which: MessageFilter | None = None) -> list[StoredMessage]:
    """Every stored message (those `which` lets through), in id order."""
    condition, params = (which or MessageFilter()).where()
    rows = store.query(f"{_STORED_MESSAGES_SQL} WHERE {condition} ORDER BY m.id", params)
    return [_stored_message(row) for row in rows]


def stored_message(store: Store, message_pk: int) -> StoredMessage | None:
    """One stored message, None when there is no such message."""
    row = store.query_one(_STORED_MESSAGES_SQL + "WHERE m.id = ?", (message_pk,))
    return _stored_message(row) if row is not None else None


@dataclass(frozen=True)
class SyncHealth:
    """What the digest says about the service."""

    last_success: datetime | None
    errors: list[str]  # errors since the window's start, newest first
    failed_messages: int


def sync_health(store: Store, since: datetime | None) -> SyncHealth:
    rows = store.query(
        "SELECT error FROM sync_runs WHERE ok = 0 AND (? IS NULL OR started_at > ?) ORDER BY id DESC",
        (_iso(since), _iso(since)),
    )
    failed = store.query_one("SELECT count(*) AS n FROM messages WHERE status = 'failed'")
    return SyncHealth(
        last_success=store.last_successful_sync(),
        errors=[str(r["error"] or "unknown error") for r in rows],
        failed_messages=int(failed["n"]) if failed else 0,
    )


def iso_or_none(moment: datetime | None) -> str | None:
    """A datetime as ISO 8601 in its own zone, for payloads; None stays None."""
    return moment.isoformat() if moment else None


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(UTC).isoformat(timespec="seconds") if moment else None
