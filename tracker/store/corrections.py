"""The user's word: corrections of a message's classification, actions on a record (status,
interview date, signal, notes), and reprocessing, which keeps both.

Corrections live in the `corrections` table and user actions in `record_events` (source `user`);
`records.rebuild()` replays them, so they survive `tracker reprocess`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from tracker.clock import iso, utcnow
from tracker.config import Applicant, Rule
from tracker.errors import TrackerError
from tracker.store.database import Store
from tracker.store.records import SIGNALS, STATUSES, Parse, rebuild, stored_classification

log = logging.getLogger(__name__)


def find_message(store: Store, message: str) -> int:
    """A stored message by its numeric id or its Message-ID header (with or without <>)."""
    text = message.strip()
    if text.isdigit():
        row = store.query_one("SELECT id FROM messages WHERE id = ?", (int(text),))
    else:
        bare = text.strip("<>")
        row = store.query_one(
            "SELECT id FROM messages WHERE message_id IN (?, ?) ORDER BY id LIMIT 1", (f"<{bare}>", bare)
        )
    if row is None:
        raise TrackerError(
            f"no stored message {message!r}", "use an id or Message-ID from `tracker messages --json`"
        )
    return int(row["id"])


def set_correction(
    store: Store, message_pk: int, fields: dict[str, str | None], now: datetime | None = None
) -> None:
    """Record the user's correction of a message (kept across reprocessing)."""
    now = now or utcnow()
    with store.transaction() as db:
        existing = db.execute("SELECT * FROM corrections WHERE message = ?", (message_pk,)).fetchone()
        merged = {
            key: (existing[key] if existing else None) for key in ("kind", "program", "specialty", "track")
        }
        merged.update({key: value for key, value in fields.items() if value is not None})
        db.execute(
            "INSERT INTO corrections (message, kind, program, specialty, track, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(message) DO UPDATE SET kind = excluded.kind, "
            "program = excluded.program, specialty = excluded.specialty, track = excluded.track, "
            "updated_at = excluded.updated_at",
            (message_pk, merged["kind"], merged["program"], merged["specialty"], merged["track"], iso(now)),
        )
        # A message that could not be read has no classification for the records to replay: the
        # user's word is all there is, so it becomes one.
        unread = db.execute(
            "SELECT 1 FROM messages WHERE id = ? AND classification IS NULL", (message_pk,)
        ).fetchone()
        if unread is not None:
            from tracker.understanding.classify import Classification

            result = Classification(
                kind=merged["kind"] or "info",
                program=merged["program"],
                specialty=merged["specialty"],
                track=merged["track"],
                confidence=1.0,
                evidence=["the message could not be read; classified by the user"],
            )
            db.execute(
                "UPDATE messages SET classification = ?, classified_at = ? WHERE id = ?",
                (stored_classification(result, "", []), iso(now), message_pk),
            )


def set_record(
    store: Store,
    record_id: int,
    *,
    status: str | None = None,
    interview_date: str | None = None,
    signal: str | None = None,
    note: str | None = None,
    now: datetime | None = None,
) -> sqlite3.Row:
    """The user's word on a record: status, booked date, preference signal, a note. Returns the row."""
    now = now or utcnow()
    if status is not None and status not in STATUSES:
        raise TrackerError(f"unknown status {status!r}", f"use one of {', '.join(STATUSES)}")
    if signal is not None and signal not in SIGNALS:
        raise TrackerError(f"unknown signal {signal!r}", "use gold, silver or none")
    with store.transaction() as db:
        record = db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        if record is None:
            raise TrackerError(f"no record {record_id}", "see `tracker records` for the ids")
        updates: dict[str, Any] = {"updated_at": iso(now)}
        if status is not None:
            updates.update(status=status, status_source="user")
        if interview_date is not None:
            updates["interview_date"] = interview_date
        if signal is not None:
            updates["signal"] = signal
        if note:
            stamp = now.strftime("%Y-%m-%d")
            updates["notes"] = (record["notes"] + "\n" if record["notes"] else "") + f"{stamp}: {note}"
        columns = ", ".join(f"{key} = ?" for key in updates)
        db.execute(f"UPDATE records SET {columns} WHERE id = ?", (*updates.values(), record_id))
        if status is not None or interview_date is not None:
            detail = {"status": status, "date": interview_date}
            db.execute(
                "INSERT INTO record_events (record, message, status, source, at, detail) "
                "VALUES (?, NULL, ?, 'user', ?, ?)",
                (record_id, status or record["status"], iso(now), json.dumps(detail)),
            )
        row = db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
    return row


def stored_body(store: Store) -> Parse:
    """Body text of a stored message, parsed from its raw bytes ('' if it does not parse)."""
    from tracker.errors import ParseError
    from tracker.understanding.message import parse_message

    def body(message_pk: int) -> str:
        try:
            return parse_message(store.raw_message(message_pk)).text
        except (ParseError, TrackerError):
            return ""

    return body


def reprocess(
    store: Store,
    *,
    applicant: Applicant | None = None,
    rules: Sequence[Rule] = (),
    now: datetime | None = None,
) -> tuple[int, int]:
    """Re-classify every stored message from its raw bytes, then rebuild the records with the
    user's corrections and actions. Returns (classified, failed to parse)."""
    from tracker.errors import ParseError
    from tracker.understanding.classify import classify
    from tracker.understanding.message import parse_message

    now = now or utcnow()
    classified = failed = 0
    for row in store.query("SELECT id FROM messages ORDER BY id"):
        message_pk = int(row["id"])
        try:
            parsed = parse_message(store.raw_message(message_pk))
        except ParseError as e:
            failed += 1
            with store.transaction() as db:
                db.execute(
                    "UPDATE messages SET status = 'failed', error = ? WHERE id = ?", (str(e), message_pk)
                )
            continue
        result = classify(parsed, applicant=applicant, rules=rules, now=now)
        data = stored_classification(result, parsed.in_reply_to, parsed.references)
        with store.transaction() as db:
            store.mark_parsed(
                message_pk,
                date=parsed.date,
                from_addr=parsed.from_addr,
                from_name=parsed.from_name,
                subject=parsed.subject,
                message_id=parsed.message_id,
            )
            db.execute(
                "UPDATE messages SET classification = ?, classified_at = ? WHERE id = ?",
                (data, iso(now), message_pk),
            )
        classified += 1
    rebuild(store, stored_body(store), now)
    log.info("reprocess: %d classified, %d failed to parse", classified, failed)
    return classified, failed
