"""Which reminders are due now: a pure function of the records, a clock and the settings.

Each reminder has a key that names the record and the moment it is about, so the outbox sends it
exactly once. A reminder is due from its moment until it stops being useful (the deadline passed,
the interview started, the next reminder took over), and never more than a day late: a first
import of an old season does not wake up a flood of stale reminders.

A queued reminder can go stale before it is delivered (every channel down for hours, or the record
changed): `stale_reason` says why it should no longer be sent, from its key, the record now and
the clock, and the outbox drops it instead of sending it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from typing import Any

from tracker.store.views import RecordView, interview_start, iso_or_none
from tracker.vocabulary import Status

MAX_LATENESS = timedelta(hours=24)
IMPRESSIONS_WINDOW = timedelta(hours=12)
# An interview is taken to last at least this long: its impressions are not asked for before.
INTERVIEW_MIN_LENGTH = timedelta(hours=2)

# Before an interview (AMA advice, DOMAIN.md).
PREP_LIST = (
    "Prepare questions to ask the program: residents, faculty, the program director.",
    "Keep a one-page cheat sheet of the points you want to make.",
    "If there is a misstep in your record, decide how to address it, and be transparent.",
)
VISA_QUESTION = "Raise the visa question: which visas does the program sponsor (J-1, H-1B)?"
# Right after an interview.
AFTER_LIST = (
    "Write your impressions now, while they are fresh: they are vital when you rank.",
    "Send thank-you notes if the program accepts them.",
)


@dataclass(frozen=True)
class ReminderSettings:
    tz: tzinfo
    unscheduled_after: tuple[timedelta, ...] = (timedelta(hours=2), timedelta(hours=24))
    deadline_before: timedelta = timedelta(hours=12)
    interview_before: timedelta = timedelta(hours=24)
    impressions_at: time = time(19, 0)
    international_graduate: bool = False
    enabled: bool = True


@dataclass(frozen=True)
class Reminder:
    """A reminder to enqueue: `key` makes it exactly once."""

    key: str
    template: str
    due_at: datetime
    payload: dict[str, Any] = field(default_factory=dict)


def _in_window(now: datetime, due: datetime, until: datetime) -> bool:
    return due <= now < min(until, due + MAX_LATENESS)


def _unscheduled_until(invited_at: datetime, delay: timedelta, settings: ReminderSettings) -> datetime:
    """When the unscheduled reminder `delay` after the invitation gives way to the next one."""
    later = [d for d in settings.unscheduled_after if d > delay]
    due = invited_at + delay
    return invited_at + min(later) if later else due + MAX_LATENESS


def _unscheduled(record: RecordView, now: datetime, settings: ReminderSettings) -> list[Reminder]:
    if record.status != Status.INVITED or record.invited_at is None:
        return []
    if record.respond_by is not None and now >= record.respond_by:
        return []  # "schedule now" after the deadline would send the applicant to a closed door
    for delay in sorted(settings.unscheduled_after):
        due = record.invited_at + delay
        until = _unscheduled_until(record.invited_at, delay, settings)
        if _in_window(now, due, until):
            hours = delay.total_seconds() / 3600
            payload = {**record.payload(), "after_hours": round(hours, 1) if hours % 1 else int(hours)}
            return [
                Reminder(
                    f"reminder:unscheduled:{record.id}:{int(delay.total_seconds())}",
                    "reminder_unscheduled",
                    due,
                    payload,
                )
            ]
    return []


def _deadline(record: RecordView, now: datetime, settings: ReminderSettings) -> list[Reminder]:
    if record.status != Status.INVITED or record.respond_by is None:
        return []
    due = record.respond_by - settings.deadline_before
    if not _in_window(now, due, record.respond_by):
        return []
    payload = {**record.payload(), "hours_left": _hours_left(record.respond_by, now)}
    return [
        Reminder(
            f"reminder:deadline:{record.id}:{iso_or_none(record.respond_by)}",
            "reminder_deadline",
            due,
            payload,
        )
    ]


def _interview(record: RecordView, now: datetime, settings: ReminderSettings) -> list[Reminder]:
    if record.status != Status.SCHEDULED:
        return []
    start = interview_start(record.interview_date, settings.tz)
    if start is None:
        return []
    begins, time_known = start
    due = begins - settings.interview_before
    if not _in_window(now, due, begins):
        return []
    prep = list(PREP_LIST)
    if settings.international_graduate:
        prep.append(VISA_QUESTION)
    payload = {
        **record.payload(),
        "interview_start": begins.isoformat(),
        "time_known": time_known,
        "prep": prep,
    }
    return [
        Reminder(
            f"reminder:interview:{record.id}:{record.interview_date}", "reminder_interview", due, payload
        )
    ]


def _impressions_due(begins: datetime, time_known: bool, settings: ReminderSettings) -> datetime:
    """The evening of the impressions reminder: the interview's, or the next after a late interview."""
    local_day = begins.astimezone(settings.tz).date()
    due = datetime.combine(local_day, settings.impressions_at, settings.tz)
    if time_known and due < begins + INTERVIEW_MIN_LENGTH:  # an evening interview: the next evening
        due += timedelta(days=1)
    return due


def _impressions(record: RecordView, now: datetime, settings: ReminderSettings) -> list[Reminder]:
    if record.status not in {Status.SCHEDULED, Status.COMPLETED}:
        return []
    start = interview_start(record.interview_date, settings.tz)
    if start is None:
        return []
    begins, time_known = start
    due = _impressions_due(begins, time_known, settings)
    if not _in_window(now, due, due + IMPRESSIONS_WINDOW):
        return []
    payload = {**record.payload(), "interview_start": begins.isoformat(), "after": list(AFTER_LIST)}
    return [
        Reminder(
            f"reminder:impressions:{record.id}:{record.interview_date}", "reminder_impressions", due, payload
        )
    ]


def due_reminders(records: Iterable[RecordView], now: datetime, settings: ReminderSettings) -> list[Reminder]:
    """Every reminder due at `now`, oldest first."""
    if not settings.enabled:
        return []
    due: list[Reminder] = []
    for record in records:
        for rule in (_unscheduled, _deadline, _interview, _impressions):
            due.extend(rule(record, now, settings))
    return sorted(due, key=lambda r: (r.due_at, r.key))


# -- reminders that went stale in the outbox ----------------------------------------------------


def record_of(key: str) -> int | None:
    """The record id a reminder's key names (`reminder:<kind>:<record>:<moment>`), None for other keys."""
    parts = key.split(":", 3)
    if len(parts) != 4 or parts[0] != "reminder" or not parts[2].isdigit():
        return None
    return int(parts[2])


def stale_reason(
    key: str, record: RecordView | None, now: datetime, settings: ReminderSettings
) -> str | None:
    """Why the queued reminder `key` should no longer be sent at `now`, or None while it is right.

    A reminder goes stale when the moment it is about has passed (the deadline, the interview's
    start, the evening for impressions, the next unscheduled reminder or a day late), or when its
    record changed so that it is wrong (no longer invited or scheduled, the deadline or the
    interview moved). Keys that are not reminders never go stale.
    """
    if record_of(key) is None:
        return None
    _, kind, _, moment = key.split(":", 3)
    if record is None:
        return "its record no longer exists"
    if kind == "unscheduled":
        return _unscheduled_stale(record, moment, now, settings)
    if kind == "deadline":
        return _deadline_stale(record, moment, now, settings)
    if kind in {"interview", "impressions"}:
        return _interview_stale(kind, record, moment, now, settings)
    return None


def as_of(key: str, payload: dict[str, Any], now: datetime) -> dict[str, Any]:
    """A queued reminder's payload as it should read when it is sent at `now`: a deadline reminder
    counts the hours left from now, not from when it was queued."""
    if record_of(key) is None or key.split(":", 3)[1] != "deadline":
        return payload
    deadline = _parse(key.split(":", 3)[3])
    if deadline is None:
        return payload
    return {**payload, "hours_left": _hours_left(deadline, now)}


def _hours_left(deadline: datetime, now: datetime) -> int:
    return max(int((deadline - now).total_seconds() // 3600), 0)


def _unscheduled_stale(
    record: RecordView, moment: str, now: datetime, settings: ReminderSettings
) -> str | None:
    if record.status != Status.INVITED:
        return f"the record is {record.status} now"
    if record.invited_at is None or not moment.isdigit():
        return "the record no longer says when it was invited"
    if record.respond_by is not None and now >= record.respond_by:
        return f"the deadline passed at {record.respond_by.isoformat()}"
    delay = timedelta(seconds=int(moment))
    due = record.invited_at + delay
    until = _unscheduled_until(record.invited_at, delay, settings)
    if now >= min(until, due + MAX_LATENESS):
        if until < due + MAX_LATENESS:
            return f"the next unscheduled reminder took over at {until.isoformat()}"
        return f"it is more than {_hours(MAX_LATENESS)} late"
    return None


def _deadline_stale(record: RecordView, moment: str, now: datetime, settings: ReminderSettings) -> str | None:
    if record.status != Status.INVITED:
        return f"the record is {record.status} now"
    deadline = _parse(moment)
    if deadline is None or record.respond_by != deadline:
        return f"the deadline changed to {iso_or_none(record.respond_by) or 'none'}"
    if now >= deadline:
        return f"the deadline passed at {deadline.isoformat()}"
    if now >= deadline - settings.deadline_before + MAX_LATENESS:
        return f"it is more than {_hours(MAX_LATENESS)} late"
    return None


def _interview_stale(
    kind: str, record: RecordView, moment: str, now: datetime, settings: ReminderSettings
) -> str | None:
    allowed = {Status.SCHEDULED} if kind == "interview" else {Status.SCHEDULED, Status.COMPLETED}
    if record.status not in allowed:
        return f"the record is {record.status} now"
    if record.interview_date != moment:
        return f"the interview date changed to {record.interview_date or 'none'}"
    start = interview_start(moment, settings.tz)
    if start is None:
        return "the interview date cannot be read"
    begins, time_known = start
    if kind == "interview":
        if now >= begins:
            return f"the interview began at {begins.isoformat()}"
        if now >= begins - settings.interview_before + MAX_LATENESS:
            return f"it is more than {_hours(MAX_LATENESS)} late"
        return None
    end = _impressions_due(begins, time_known, settings) + min(IMPRESSIONS_WINDOW, MAX_LATENESS)
    if now >= end:
        return f"the evening after the interview ended at {end.isoformat()}"
    return None


def _parse(moment: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(moment)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def _hours(span: timedelta) -> str:
    return f"{int(span.total_seconds() // 3600)} hours"


def settings_from_config(config: Any) -> ReminderSettings:
    """ReminderSettings from a `Config`."""
    return ReminderSettings(
        tz=config.applicant.tz,
        unscheduled_after=tuple(config.reminders.unscheduled_after),
        deadline_before=config.reminders.deadline_before,
        interview_before=config.reminders.interview_before,
        impressions_at=config.reminders.impressions_at,
        international_graduate=config.applicant.international_graduate,
        enabled=config.reminders.enabled,
    )
