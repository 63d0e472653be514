"""The daily digest: when it is due, and what it says.

Both are pure. "Due" is decided from the last digest slot sent and the clock, so a restart never
sends twice and a machine that slept through several mornings sends one digest on waking, not one
per missed day. Contents are a function of the records, the messages, sync health and the clock.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from typing import Any

from tracker.notify.goals import BEHIND_ADVICE, GoalSettings, specialty_progress
from tracker.store.views import MessageView, RecordView, SyncHealth, interview_start, iso_or_none
from tracker.vocabulary import KIND_ORDER, UNCLASSIFIED, Kind, Status, kind_label

UPCOMING_DAYS = 14
# More new messages than this (or a first digest, which holds the whole mailbox) are counted by kind,
# and only those that matter are listed: a long list buries the invitation in it.
NEW_LIST_LIMIT = 10
# The new mail listed on such a day: what asks for action or changes an interview.
MATTERS = (Kind.INVITATION, Kind.WAITLIST, Kind.CANCELLATION)
# A first digest holds the whole mailbox: of it, only what arrived this long before is news (the older
# invitations are under "Needs a response" or scheduled already).
FIRST_DIGEST_NEWS = timedelta(days=1)


def latest_slot(now: datetime, at: time, tz: tzinfo) -> datetime:
    """The most recent digest time at or before `now` (the applicant's local `at`)."""
    local = now.astimezone(tz)
    slot = datetime.combine(local.date(), at, tz)
    if slot > local:
        slot = datetime.combine(local.date() - timedelta(days=1), at, tz)
    return slot


def digest_due(now: datetime, at: time, tz: tzinfo, last_slot: datetime | None) -> datetime | None:
    """The slot to send now, or None. Missed slots merge into the latest one."""
    slot = latest_slot(now, at, tz)
    if last_slot is not None and last_slot >= slot:
        return None
    return slot


@dataclass(frozen=True)
class DigestData:
    """Everything the digest reads, loaded from the store."""

    records: list[RecordView]
    new_messages: list[MessageView]  # classified since the last digest
    needs_review: list[MessageView]
    health: SyncHealth
    watchdog: dict[str, Any]
    pending_deliveries: int = 0
    # Pairs of records that may be one program (`records.possible_duplicates`), for you to settle.
    possible_duplicates: list[tuple[RecordView, RecordView]] = field(default_factory=list)


def time_left(deadline: datetime | None, now: datetime) -> str:
    """How long until a deadline, as a person says it: 'in 25 hours', 'in 3 days'; '' when passed."""
    if deadline is None or deadline <= now:
        return ""
    hours = (deadline - now).total_seconds() / 3600
    if hours < 1:
        return "in less than an hour"
    if hours < 48:
        whole = int(hours)
        return f"in {whole} hour{'' if whole == 1 else 's'}"
    return f"in {int(hours // 24)} days"


def day_word(moment: datetime | None, now: datetime, tz: tzinfo) -> str:
    """'today' or 'tomorrow' when `moment` falls on that local day; '' otherwise."""
    if moment is None:
        return ""
    days = (moment.astimezone(tz).date() - now.astimezone(tz).date()).days
    return {0: "today", 1: "tomorrow"}.get(days, "")


def _record(record: RecordView, tz: tzinfo, now: datetime | None = None) -> dict[str, Any]:
    start = interview_start(record.interview_date, tz)
    return {
        **record.payload(),
        "interview_start": iso_or_none(start[0]) if start else None,
        "time_known": start[1] if start else False,
        "day": day_word(start[0], now, tz) if start and now else "",
    }


def _message(message: MessageView) -> dict[str, Any]:
    return {
        "id": message.id,
        "kind": message.kind,
        "program": message.program,
        "specialty": message.specialty,
        "subject": message.subject,
        "from_name": message.from_name,
        "from_addr": message.from_addr,
        "arrived_at": iso_or_none(message.arrived_at),
        "confidence": message.classification.get("confidence"),
        "needs_review": message.needs_review,
    }


def _by_urgency(messages: list[MessageView]) -> list[MessageView]:
    """Invitations and waitlists first, then the rest in KIND_ORDER; oldest first within a kind."""
    rank: dict[str, int] = {kind: i for i, kind in enumerate(KIND_ORDER)}
    return sorted(messages, key=lambda m: (rank.get(m.kind or "", len(rank)), m.id))


def digest_contents(
    data: DigestData,
    goals: GoalSettings,
    now: datetime,
    since: datetime | None,
    tz: tzinfo,
) -> dict[str, Any]:
    """The digest's payload: new by kind, goals, what needs a response, the next 14 days, health."""
    kinds = Counter(m.kind or UNCLASSIFIED for m in data.new_messages)
    doubtful = Counter(m.kind or UNCLASSIFIED for m in data.new_messages if m.needs_review)
    new_by_kind = [
        {"kind": k, "count": kinds[k], "label": kind_label(k, kinds[k]), "review": doubtful[k]}
        for k in (*KIND_ORDER, UNCLASSIFIED)
        if kinds.get(k)
    ]
    # Mail that is none of the season's business is counted, not listed; the urgent kinds first.
    listed = [m for m in _by_urgency(data.new_messages) if m.kind != Kind.OTHER]
    condensed = since is None or len(data.new_messages) > NEW_LIST_LIMIT
    if condensed:
        listed = [m for m in listed if m.kind in MATTERS]
    if since is None:
        listed = [m for m in listed if m.arrived_at is not None and m.arrived_at >= now - FIRST_DIGEST_NEWS]
    progress = specialty_progress(data.records, goals, now)
    specialties = []
    for line in progress:
        percent = min(100, round(100 * line.invitations / line.goal)) if line.goal else 100
        specialties.append({**line.as_json(), "percent": percent})
    far = "9999"
    needs_response = sorted(
        (
            {
                **_record(r, tz),
                "overdue": bool(r.respond_by and r.respond_by < now),
                "time_left": time_left(r.respond_by, now),
            }
            for r in data.records
            if r.status == Status.INVITED
        ),
        key=lambda r: (r["overdue"], r["respond_by"] or far, r["program"].lower()),
    )
    horizon = now + timedelta(days=UPCOMING_DAYS)
    upcoming = []
    for record in data.records:
        start = interview_start(record.interview_date, tz)
        if record.status == Status.SCHEDULED and start and now - timedelta(hours=12) <= start[0] <= horizon:
            upcoming.append(_record(record, tz, now))
    upcoming.sort(key=lambda r: r["interview_start"] or far)
    # Interviews of the last 14 days (scheduled ones whose day has passed read as completed): the
    # time to note impressions for the rank list.
    completed = []
    recent = now - timedelta(days=UPCOMING_DAYS)
    for record in data.records:
        start = interview_start(record.interview_date, tz)
        if record.status == Status.COMPLETED and start and recent <= start[0] <= now:
            completed.append(_record(record, tz, now))
    completed.sort(key=lambda r: r["interview_start"] or "", reverse=True)
    waitlists = sorted(
        (_record(r, tz) for r in data.records if r.status == Status.WAITLISTED), key=lambda r: r["program"]
    )
    rejections = sorted(
        (_record(r, tz) for r in data.records if r.status == Status.REJECTED),
        key=lambda r: r["updated_at"] or "",
        reverse=True,
    )
    outage_since = data.watchdog.get("outage_since")
    quiet = not data.new_messages
    return {
        "template": "digest",
        "now": iso_or_none(now),
        "since": iso_or_none(since),
        "quiet": quiet,
        "new_total": len(data.new_messages),
        "new_by_kind": new_by_kind,
        "new_messages": [_message(m) for m in listed[:30]],
        # Listed are only the invitations, waitlist offers and cancellations (`MATTERS`), and on a
        # first digest only those of the last day.
        "new_condensed": condensed,
        "new_recent_only": since is None,
        "new_unlisted": len(data.new_messages) - min(len(listed), 30),
        # The day `tracker messages --since` takes to list them all.
        "new_since_day": since.astimezone(tz).date().isoformat() if since else None,
        "specialties": specialties,
        "season_end": goals.season_end.isoformat(),
        "behind": any(s["behind"] for s in specialties),
        "advice": list(BEHIND_ADVICE),
        "needs_response": needs_response,
        "upcoming": upcoming,
        "completed": completed,
        "waitlists": waitlists,
        "rejections": rejections,
        "needs_review": [_message(m) for m in data.needs_review[:30]],
        "possibly_same": [
            {"first": _record(first, tz), "second": _record(second, tz)}
            for first, second in data.possible_duplicates
        ],
        "health": {
            "last_success": iso_or_none(data.health.last_success),
            "errors": len(data.health.errors),
            "latest_errors": data.health.errors[:3],
            "failed_messages": data.health.failed_messages,
            "outage_since": outage_since,
            "pending_deliveries": data.pending_deliveries,
        },
    }
