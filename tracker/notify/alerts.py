"""Instant alerts: what to tell the applicant about newly classified mail.

An invitation or a waitlist offer gets one alert at once. The first import of a mailbox that
already holds mail gets one summary instead of an alert per old message. Alerts are keyed on the
stored message, so a re-poll, a restart or a UIDVALIDITY reset never alerts twice.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from tracker.store.views import MessageView, RecordView, iso_or_none, one_line
from tracker.vocabulary import KIND_ORDER, UNCLASSIFIED, Kind, Status, kind_label

log = logging.getLogger(__name__)

ALERT_KINDS = (Kind.INVITATION, Kind.WAITLIST)


def alert_payload(message: MessageView, record: RecordView | None) -> dict[str, Any]:
    """Everything the alert shows: program, specialty, track, platform, dates, deadline, link, arrival."""
    found = message.classification
    offered = found.get("interview_dates") or (record.interview_dates if record else [])
    respond_by = found.get("respond_by") or (iso_or_none(record.respond_by) if record else None)
    slot_opened = message.kind == Kind.INVITATION and bool(record and Status.WAITLISTED in record.history)
    return {
        "template": "alert",
        "message_id": message.id,
        "record_id": message.record_id,
        "kind": message.kind,
        "slot_opened": slot_opened,
        "program": message.program
        or (record.program if record else None)
        or message.from_name
        or message.from_addr,
        "specialty": message.specialty or (record.specialty if record else None),
        "track": message.track or (record.track if record else None),
        "platform": found.get("platform") or (record.platform if record else None),
        "format": found.get("format") or (record.format if record else None),
        "offered_dates": [str(d) for d in offered] if isinstance(offered, list) else [],
        "respond_by": respond_by,
        "schedule_url": found.get("schedule_url") or (record.schedule_url if record else None),
        "arrived_at": iso_or_none(message.arrived_at),
        "subject": message.subject,
        "from_name": message.from_name,
        "from_addr": message.from_addr,
        "needs_review": message.needs_review,
        "confidence": found.get("confidence"),
        "evidence": [str(e) for e in found.get("evidence") or []][:5],
    }


def alert_key(message: MessageView) -> str:
    return f"alert:message:{message.id}"


def alerts_for(
    messages: Iterable[MessageView], records: dict[int, RecordView]
) -> list[tuple[str, dict[str, Any]]]:
    """(key, payload) for every message that deserves an instant alert."""
    out = []
    for message in messages:
        if message.kind in ALERT_KINDS:
            record = records.get(message.record_id) if message.record_id is not None else None
            out.append((alert_key(message), alert_payload(message, record)))
    return out


def summary_payload(
    messages: list[MessageView], records: list[RecordView], now: datetime | None = None
) -> dict[str, Any]:
    """The first-import summary: counts by kind, open invitations with deadlines, waitlists.

    Open invitations come soonest deadline first, then those without one, then those whose
    deadline passed before `now` (marked `overdue`). Every figure the summary states is here,
    counted once, so its subject and its body cannot disagree: `invitations` counts programs
    that invited you, `awaiting` the open invitations whose deadline has not passed, and
    `kind_counts` the messages (with how many of each kind need review).
    """
    kinds = Counter(m.kind or UNCLASSIFIED for m in messages)
    doubtful = Counter(m.kind or UNCLASSIFIED for m in messages if m.needs_review)
    far_future = "9999"

    def overdue(record: RecordView) -> bool:
        return bool(now and record.respond_by and record.respond_by < now)

    open_invitations = sorted(
        (r for r in records if r.status == Status.INVITED),
        key=lambda r: (overdue(r), iso_or_none(r.respond_by) or far_future, r.program.lower()),
    )
    return {
        "template": "summary",
        "messages": len(messages),
        "kinds": dict(sorted(kinds.items(), key=lambda item: (-item[1], item[0]))),
        "kind_counts": [
            {"kind": k, "count": kinds[k], "label": kind_label(k, kinds[k]), "review": doubtful[k]}
            for k in (*KIND_ORDER, UNCLASSIFIED)
            if kinds.get(k)
        ],
        "invitations": sum(1 for r in records if r.ever_invited),
        "awaiting": sum(1 for r in open_invitations if not overdue(r)),
        "overdue": sum(1 for r in open_invitations if overdue(r)),
        "open_invitations": [
            {
                "id": r.id,
                "program": r.program,
                "specialty": r.specialty,
                "track": r.track,
                "respond_by": iso_or_none(r.respond_by),
                "overdue": overdue(r),
                "schedule_url": r.schedule_url,
                "invited_at": iso_or_none(r.invited_at),
            }
            for r in open_invitations
        ],
        "waitlists": [
            {"program": r.program, "specialty": r.specialty} for r in records if r.status == Status.WAITLISTED
        ],
        "needs_review": sum(1 for m in messages if m.needs_review),
    }


def unreadable_key(message_pk: int) -> str:
    return f"alert:unreadable:{message_pk}"


def unreadable_payload(
    message_pk: int, headers: dict[str, str], error: str | None, fetched_at: datetime | None
) -> dict[str, Any]:
    """A message that could not be read: it may be an invitation, so the applicant looks at it."""
    return {
        "template": "unreadable",
        "message_id": message_pk,
        "from": one_line(headers.get("from")),
        "subject": one_line(headers.get("subject")),
        "date": headers.get("date", ""),
        "error": error or "",
        "arrived_at": iso_or_none(fetched_at),
    }
