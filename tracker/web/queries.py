"""Read-only questions the dashboard asks that the shared views do not answer: a record's history
(its mail, its status changes and who made each), when each record was first invited, the
applicant's own fields on a record, the programs known so far, and each channel's last delivery.

Everything the digest and `tracker status` also show (records, goals, what needs a response, review,
sync health) comes from `tracker.store.views` and `tracker.notify`, not from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from tracker.clock import from_iso
from tracker.store.database import Store
from tracker.store.views import INVITED_STATUSES


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a record's history, oldest first: a message, a status change or a correction."""

    at: datetime | None
    who: str  # "mail" or "you"
    what: str
    message_id: int | None = None
    kind: str | None = None


def record_history(store: Store, record_id: int) -> list[HistoryEntry]:
    """Every message of the record, every status change (from mail or from you) and your corrections."""
    entries: list[HistoryEntry] = []
    messages = store.query(
        "SELECT m.id, m.kind, m.subject, m.from_name, m.from_addr, coalesce(m.date, m.fetched_at) AS at, "
        "c.updated_at AS corrected_at, c.kind AS corrected_kind "
        "FROM messages m LEFT JOIN corrections c ON c.message = m.id WHERE m.record_id = ? ORDER BY at, m.id",
        (record_id,),
    )
    for row in messages:
        sender = row["from_name"] or row["from_addr"] or "unknown sender"
        entries.append(
            HistoryEntry(
                from_iso(row["at"]),
                "mail",
                f"{row['subject'] or '(no subject)'}, from {sender}",
                int(row["id"]),
                row["kind"],
            )
        )
        if row["corrected_at"]:
            entries.append(
                HistoryEntry(
                    from_iso(row["corrected_at"]),
                    "you",
                    f"corrected message {row['id']}"
                    + (f" to {row['corrected_kind']}" if row["corrected_kind"] else ""),
                    int(row["id"]),
                )
            )
    for event in store.query(
        "SELECT status, source, at, detail, message FROM record_events WHERE record = ? ORDER BY at, id",
        (record_id,),
    ):
        detail = _json(event["detail"])
        if event["source"] == "user":
            changes = []
            if detail.get("status"):
                changes.append(f"status set to {detail['status']}")
            if detail.get("date"):
                changes.append(f"interview date set to {detail['date']}")
            what = ", ".join(changes) or f"status {event['status']}"
            entries.append(HistoryEntry(from_iso(event["at"]), "you", what))
        else:
            entries.append(
                HistoryEntry(
                    from_iso(event["at"]),
                    "mail",
                    f"status {event['status']}"
                    + (f" ({detail_text})" if (detail_text := event["detail"]) else ""),
                    event["message"],
                )
            )
    return sorted(entries, key=lambda e: _utc(e.at))


def _utc(moment: datetime | None) -> datetime:
    """A stored time for sorting: naive ones are UTC, as the store writes them; none sorts last."""
    if moment is None:
        return datetime.max.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _json(text: str | None) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def first_invited(store: Store) -> dict[int, datetime]:
    """When each record first had a status that counts as invited (for records with no invitation
    message, such as one whose first mail was a scheduling confirmation)."""
    marks = ",".join("?" * len(INVITED_STATUSES))
    rows = store.query(
        f"SELECT record, min(at) AS at FROM record_events WHERE status IN ({marks}) GROUP BY record",
        tuple(INVITED_STATUSES),
    )
    return {int(r["record"]): moment for r in rows if (moment := from_iso(r["at"])) is not None}


@dataclass(frozen=True)
class ApplicantFields:
    """What only the applicant writes on a record: impressions and the place on the rank list."""

    impressions: str | None
    rank: int | None


def applicant_fields(store: Store) -> dict[int, ApplicantFields]:
    return {
        int(r["id"]): ApplicantFields(r["impressions"], r["rank"])
        for r in store.query("SELECT id, impressions, rank FROM records")
    }


def known_programs(store: Store) -> list[str]:
    """Every program name the records know (each spelling), for the correction form's choices."""
    names: set[str] = set()
    for row in store.query("SELECT program, names FROM records WHERE status != 'new'"):
        names.add(row["program"])
        names.update(str(n) for n in json.loads(row["names"] or "[]") if n)
    return sorted(names, key=str.lower)


@dataclass(frozen=True)
class ChannelDelivery:
    """A channel's last successful delivery and its latest failure still waiting for a retry."""

    name: str
    last_sent: datetime | None
    sent: int
    waiting: int
    last_error: str | None
    next_attempt: datetime | None


def channel_deliveries(store: Store) -> dict[str, ChannelDelivery]:
    """Per channel name (as the outbox keys deliveries): last delivery, counts and latest error."""
    out: dict[str, ChannelDelivery] = {}
    rows = store.query(
        "SELECT d.channel, max(d.sent_at) AS last_sent, count(d.sent_at) AS sent, "
        "sum(d.sent_at IS NULL AND n.dropped_at IS NULL) AS waiting FROM deliveries d "
        "JOIN notifications n ON n.id = d.notification GROUP BY d.channel"
    )
    for row in rows:
        failure = store.query_one(
            "SELECT d.last_error, d.next_attempt_at FROM deliveries d "
            "JOIN notifications n ON n.id = d.notification WHERE d.channel = ? AND d.sent_at IS NULL "
            "AND n.dropped_at IS NULL AND d.last_error IS NOT NULL "
            "ORDER BY d.notification DESC LIMIT 1",
            (row["channel"],),
        )
        out[row["channel"]] = ChannelDelivery(
            name=row["channel"],
            last_sent=from_iso(row["last_sent"]),
            sent=int(row["sent"] or 0),
            waiting=int(row["waiting"] or 0),
            last_error=failure["last_error"] if failure else None,
            next_attempt=from_iso(failure["next_attempt_at"]) if failure else None,
        )
    return out


@dataclass(frozen=True)
class SyncRun:
    started_at: datetime | None
    ok: bool | None
    new_messages: int
    error: str | None


def recent_sync_runs(store: Store, limit: int = 8) -> list[SyncRun]:
    """The latest passes over the mailbox, newest first."""
    rows = store.query(
        "SELECT started_at, ok, new_messages, error FROM sync_runs ORDER BY id DESC LIMIT ?", (limit,)
    )
    return [
        SyncRun(
            from_iso(r["started_at"]),
            None if r["ok"] is None else bool(r["ok"]),
            int(r["new_messages"]),
            r["error"],
        )
        for r in rows
    ]
