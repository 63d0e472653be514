"""Which reminders are due now: a pure function of the records, a clock and the settings.

Each reminder has a key that names the record and the moment it is about, so the outbox sends it
exactly once. A reminder is due from its moment until it stops being useful (the deadline passed,
the interview started, the next reminder took over), and never more than a day late: a first
import of an old season does not wake up a flood of stale reminders.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from typing import Any

from tracker.views import RecordView, interview_start, iso_or_none

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


def _unscheduled(record: RecordView, now: datetime, settings: ReminderSettings) -> list[Reminder]:
    if record.status != "invited" or record.invited_at is None:
        return []
    delays = sorted(settings.unscheduled_after)
    for index, delay in enumerate(delays):
        due = record.invited_at + delay
        until = record.invited_at + delays[index + 1] if index + 1 < len(delays) else due + MAX_LATENESS
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
    if record.status != "invited" or record.respond_by is None:
        return []
    due = record.respond_by - settings.deadline_before
    if not _in_window(now, due, record.respond_by):
        return []
    left = record.respond_by - now
    payload = {**record.payload(), "hours_left": max(int(left.total_seconds() // 3600), 0)}
    return [
        Reminder(
            f"reminder:deadline:{record.id}:{iso_or_none(record.respond_by)}",
            "reminder_deadline",
            due,
            payload,
        )
    ]


def _interview(record: RecordView, now: datetime, settings: ReminderSettings) -> list[Reminder]:
    if record.status != "scheduled":
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


def _impressions(record: RecordView, now: datetime, settings: ReminderSettings) -> list[Reminder]:
    if record.status not in {"scheduled", "completed"}:
        return []
    start = interview_start(record.interview_date, settings.tz)
    if start is None:
        return []
    begins, time_known = start
    local_day = begins.astimezone(settings.tz).date()
    due = datetime.combine(local_day, settings.impressions_at, settings.tz)
    if time_known and due < begins + INTERVIEW_MIN_LENGTH:  # an evening interview: the next evening
        due += timedelta(days=1)
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
