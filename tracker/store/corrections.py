"""The user's word: corrections of a message's classification, actions on a record (status,
interview date, signal, notes), and reprocessing, which keeps both. Corrections of a message's kind
also teach the classifier: `personal_layer` fits them into the layer `classify` is handed.

Corrections live in the `corrections` table and user actions in `record_events` (source `user`);
`records.rebuild()` replays them, so they survive `tracker reprocess`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from tracker.clock import iso, utcnow
from tracker.config import Applicant, Rule
from tracker.errors import TrackerError
from tracker.ids import message_ref, record_ref
from tracker.store.database import Store
from tracker.store.records import SIGNALS, STATUSES, Parse, rebuild, stored_classification
from tracker.understanding.identity import decision_key, number_key

if TYPE_CHECKING:
    from tracker.understanding.model import PersonalLayer

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
        shown = message_ref(text) if text.isdigit() else repr(message)
        raise TrackerError(
            f"no stored message {shown}", "use an id (M42) or Message-ID from `tracker messages`"
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
    notes: str | None = None,
    impressions: str | None = None,
    rank: int | None = None,
    now: datetime | None = None,
) -> sqlite3.Row:
    """The user's word on a record: status, booked date, preference signal, notes, impressions of
    the interview and its place on the rank list. Returns the row.

    `note` adds a dated line to the notes; `notes` and `impressions` replace the whole text ('' clears
    it). `rank` puts the record at that place on the rank list (1 is first; past the end is last) and
    moves the others down to make room, so the ranks stay 1, 2, 3, ...; 0 takes it off the list."""
    now = now or utcnow()
    if status is not None and status not in STATUSES:
        raise TrackerError(f"unknown status {status!r}", f"use one of {', '.join(STATUSES)}")
    if signal is not None and signal not in SIGNALS:
        raise TrackerError(f"unknown signal {signal!r}", "use gold, silver or none")
    if rank is not None and rank < 0:
        raise TrackerError(
            f"rank {rank} is not a place on the rank list", "use 1 for your first choice, 0 to unrank"
        )
    with store.transaction() as db:
        record = db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        if record is None:
            raise TrackerError(f"no record {record_ref(record_id)}", "see `tracker records` for the ids")
        updates: dict[str, Any] = {"updated_at": iso(now)}
        if status is not None:
            updates.update(status=status, status_source="user")
        if interview_date is not None:
            updates["interview_date"] = interview_date
        if signal is not None:
            updates["signal"] = signal
        if notes is not None:
            updates["notes"] = notes.strip() or None
        if note:
            stamp = now.strftime("%Y-%m-%d")
            kept = updates["notes"] if "notes" in updates else record["notes"]
            updates["notes"] = (kept + "\n" if kept else "") + f"{stamp}: {note}"
        if impressions is not None:
            updates["impressions"] = impressions.strip() or None
        columns = ", ".join(f"{key} = ?" for key in updates)
        db.execute(f"UPDATE records SET {columns} WHERE id = ?", (*updates.values(), record_id))
        if rank is not None:
            _place_on_rank_list(db, record_id, rank)
        if status is not None or interview_date is not None:
            detail = {"status": status, "date": interview_date}
            db.execute(
                "INSERT INTO record_events (record, message, status, source, at, detail) "
                "VALUES (?, NULL, ?, 'user', ?, ?)",
                (record_id, status or record["status"], iso(now), json.dumps(detail)),
            )
        row = db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
    return row


def _place_on_rank_list(db: sqlite3.Connection, record_id: int, rank: int) -> None:
    """Put a record at `rank` on the rank list (0: off it) and number the list 1, 2, 3, ... again."""
    others = db.execute(
        "SELECT id FROM records WHERE rank IS NOT NULL AND id != ? ORDER BY rank, id", (record_id,)
    )
    ranked = [int(r["id"]) for r in others]
    if rank:
        ranked.insert(min(rank, len(ranked) + 1) - 1, record_id)
    else:
        db.execute("UPDATE records SET rank = NULL WHERE id = ?", (record_id,))
    for place, ranked_id in enumerate(ranked, start=1):
        db.execute("UPDATE records SET rank = ? WHERE id = ?", (place, ranked_id))


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


# The personal layer of each store, with the corrections it was built from.
_LAYERS: WeakKeyDictionary[Store, tuple[tuple[Any, ...], PersonalLayer | None]] = WeakKeyDictionary()
_LAYERS_LOCK = threading.Lock()


def personal_layer(store: Store, applicant: Applicant | None = None) -> PersonalLayer | None:
    """What the user's corrections of a message's kind (`tracker set --kind`) teach the classifier:
    the personal layer fitted on the corrected messages, handed to `classify` as data. Built again
    only when a correction changed; None without corrections or without the shipped weights."""
    from tracker.errors import ParseError
    from tracker.understanding.classify import reading_of
    from tracker.understanding.features import features
    from tracker.understanding.message import parse_message
    from tracker.understanding.model import Example, shipped
    from tracker.understanding.model import personal_layer as fitted_layer

    applicant = applicant or Applicant()
    corrected = store.query(
        "SELECT message, kind FROM corrections WHERE kind IS NOT NULL AND kind != '' ORDER BY message"
    )
    key = (tuple((int(row["message"]), row["kind"]) for row in corrected), applicant)
    with _LAYERS_LOCK:
        cached = _LAYERS.get(store)
        if cached is not None and cached[0] == key:
            return cached[1]
    model = shipped()
    examples = []
    for message_pk, kind in key[0]:
        try:
            reading = reading_of(parse_message(store.raw_message(message_pk)), applicant)
        except (ParseError, TrackerError):
            continue
        if reading is not None:
            examples.append(Example(features(reading.facts), kind))
    layer = fitted_layer(model, examples) if model is not None and examples else None
    with _LAYERS_LOCK:
        _LAYERS[store] = (key, layer)
    return layer


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
    personal = personal_layer(store, applicant)
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
        result = classify(parsed, applicant=applicant, rules=rules, now=now, personal=personal)
        data = stored_classification(result, parsed.in_reply_to, parsed.references, parsed.text)
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


# -- program identity: the user's merge, keep-apart and split -----------------------------------


def _record_rows(db: sqlite3.Connection, ids: Sequence[int]) -> list[sqlite3.Row]:
    rows = []
    for record_id in ids:
        row = db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise TrackerError(f"no record {record_ref(record_id)}", "see the ids with `tracker records`")
        rows.append(row)
    return rows


def _decide(db: sqlite3.Connection, first: sqlite3.Row, second: sqlite3.Row, same: bool, at: str) -> None:
    # Between their names, and between their ERAS program numbers ("#3204131201"): one sponsor's
    # name can stand for two programs that only their numbers tell apart.
    pairs = [
        decision_key(a, b)
        for a in json.loads(first["names"] or "[]") or [first["program"]]
        for b in json.loads(second["names"] or "[]") or [second["program"]]
    ] + [
        number_key(a, b)
        for a in json.loads(first["program_ids"] or "[]")
        for b in json.loads(second["program_ids"] or "[]")
    ]
    for key in pairs:
        if key[0] == key[1]:
            continue
        db.execute(
            "INSERT INTO identity_decisions (a, b, same, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(a, b) DO UPDATE SET same = excluded.same, at = excluded.at",
            (key[0], key[1], int(same), at),
        )


def merge_records(
    store: Store, keep: int, others: Sequence[int], body_of: Parse, now: datetime | None = None
) -> int:
    """Make several records one: every name of the others is the kept record's institution from now
    on (kept through reprocessing), and their mail and your actions move to it. Returns `keep`."""
    stamp = iso(now or utcnow()) or ""
    others = [o for o in dict.fromkeys(others) if o != keep]
    if not others:
        raise TrackerError("name at least two different records to merge")
    with store.transaction() as db:
        kept, *rest = _record_rows(db, [keep, *others])
        for other in rest:
            for column in ("specialty", "track"):
                if kept[column] and other[column] and kept[column] != other[column]:
                    raise TrackerError(
                        f"records {record_ref(keep)} and {record_ref(other['id'])} differ in {column} "
                        f"({kept[column]} / {other[column]}): they are different programs",
                        f"correct the messages with `tracker set` if the {column} is wrong",
                    )
            _decide(db, kept, other, True, stamp)
        placeholders = ", ".join("?" for _ in others)
        db.execute(f"UPDATE record_events SET record = ? WHERE record IN ({placeholders})", (keep, *others))
        db.execute(f"UPDATE messages SET record_id = ? WHERE record_id IN ({placeholders})", (keep, *others))
        db.execute(
            "UPDATE message_splits SET label = coalesce(?, label) WHERE message IN "
            "(SELECT id FROM messages WHERE record_id = ?)",
            (kept["split_label"], keep),
        )
        if kept["split_label"] is None:
            db.execute(
                "DELETE FROM message_splits WHERE message IN (SELECT id FROM messages WHERE record_id = ?)",
                (keep,),
            )
        for column in ("specialty", "track", "signal", "rank"):
            if kept[column] is None:
                value = next((o[column] for o in rest if o[column]), None)
                db.execute(f"UPDATE records SET {column} = ? WHERE id = ?", (value, keep))
        # Your own words on either record are kept, none overwritten.
        for column in ("notes", "impressions"):
            texts = [r[column] for r in (kept, *rest) if r[column]]
            db.execute(
                f"UPDATE records SET {column} = ? WHERE id = ?", ("\n".join(texts) or None, keep)
            )
        db.execute(f"DELETE FROM records WHERE id IN ({placeholders})", tuple(others))
    rebuild(store, body_of, now)
    return keep


def keep_apart(store: Store, first: int, second: int, now: datetime | None = None) -> None:
    """Record that two records are different programs, so neither the mail nor the "possibly the
    same program" list joins them again."""
    if first == second:
        raise TrackerError("name two different records to keep apart")
    with store.transaction() as db:
        a, b = _record_rows(db, [first, second])
        _decide(db, a, b, False, iso(now or utcnow()) or "")


def split_record(
    store: Store, record_id: int, messages: Sequence[int], body_of: Parse, now: datetime | None = None
) -> int | None:
    """Move messages out of a record into a record of their own (another program that the mail
    named alike), for good. Returns the new record's id."""
    stamp = iso(now or utcnow()) or ""
    with store.transaction() as db:
        (record,) = _record_rows(db, [record_id])
        held = {int(r["id"]) for r in db.execute("SELECT id FROM messages WHERE record_id = ?", (record_id,))}
        strangers = [m for m in messages if m not in held]
        if strangers:
            raise TrackerError(
                f"message(s) {', '.join(map(message_ref, strangers))} are not in record "
                f"{record_ref(record_id)}",
                f"see its messages with `tracker messages --record {record_ref(record_id)}`",
            )
        if not messages or set(messages) == held:
            raise TrackerError("name some, not all, of the record's messages to split off")
        label = f"split:{record_id}:{min(messages)}:{stamp}"
        for message in messages:
            db.execute(
                "INSERT INTO message_splits (message, label, at) VALUES (?, ?, ?) "
                "ON CONFLICT(message) DO UPDATE SET label = excluded.label, at = excluded.at",
                (message, label, stamp),
            )
    rebuild(store, body_of, now)
    row = store.query_one(
        "SELECT record_id FROM messages WHERE id = ? AND record_id IS NOT NULL", (min(messages),)
    )
    return int(row["record_id"]) if row else None
