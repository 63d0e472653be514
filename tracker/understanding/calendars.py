"""Calendar (.ics) parts, read by icalendar and nothing else: the method (REQUEST, CANCEL ...) and,
for each event, its start, status, summary and whether it awaits the applicant's answer.

Each part is read once however many readers ask (the dates, the calendar-request signal).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT."""

    start: datetime | date | None  # as written: a time without a zone is the reader's to place
    status: str  # upper case, "" when not given
    summary: str
    # An attendee asked to answer (PARTSTAT=NEEDS-ACTION or RSVP=TRUE), or the event only tentative.
    awaits_answer: bool


@dataclass(frozen=True)
class CalendarPart:
    """One calendar part: its METHOD (upper case, "" when not given) and its events."""

    method: str
    events: tuple[CalendarEvent, ...]

    @property
    def cancels(self) -> bool:
        """A cancellation: METHOD:CANCEL, or an event whose STATUS is CANCELLED."""
        return self.method == "CANCEL" or any(event.status == "CANCELLED" for event in self.events)


def read_calendars(texts: Iterable[str]) -> list[CalendarPart]:
    """The calendar parts icalendar can read; a broken part contributes nothing."""
    return [part for text in texts if (part := read_calendar(text)) is not None]


@lru_cache(maxsize=32)
def read_calendar(text: str) -> CalendarPart | None:
    """One calendar part's text read by icalendar, or None (logged) when it cannot be read."""
    # Imported here, not at the top: most mail has no calendar, and icalendar costs ~50 ms to import.
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
        events = tuple(_event(component) for component in calendar.walk("VEVENT"))
        return CalendarPart(_upper(calendar.get("METHOD")), events)
    except Exception:  # a broken calendar part contributes nothing, it does not fail the message
        log.debug("calendars: unreadable calendar part", exc_info=True)
        return None


def _event(component: Any) -> CalendarEvent:
    start = component.get("DTSTART")
    value = start.dt if start is not None else None
    attendees = component.get("ATTENDEE") or []
    if not isinstance(attendees, list):
        attendees = [attendees]
    asked = any(
        _upper(params.get("PARTSTAT")) == "NEEDS-ACTION" or _upper(params.get("RSVP")) == "TRUE"
        for params in (getattr(attendee, "params", {}) for attendee in attendees)
    )
    status = _upper(component.get("STATUS"))
    return CalendarEvent(
        start=value if isinstance(value, date) else None,  # a datetime is a date too
        status=status,
        summary=str(component.get("SUMMARY") or ""),
        awaits_answer=asked or status == "TENTATIVE",
    )


def _upper(value: object) -> str:
    return str(value or "").strip().upper()


# A summary up to its (last) "interview": what the evidence quotes.
_UP_TO_INTERVIEW = re.compile(r".*\binterview", re.I | re.S)


def calendar_request(texts: Iterable[str]) -> str | None:
    """The summary of a calendar request to an interview that awaits the applicant's answer (METHOD
    REQUEST with RSVP, NEEDS-ACTION or TENTATIVE, "interview" in its SUMMARY), if any."""
    for calendar in read_calendars(texts):
        if calendar.method != "REQUEST" or not any(event.awaits_answer for event in calendar.events):
            continue
        for event in calendar.events:
            if summary := _UP_TO_INTERVIEW.match(event.summary):
                return "SUMMARY:" + summary.group(0)
    return None


def calendar_cancels(texts: Iterable[str]) -> bool:
    """Whether a calendar part cancels (METHOD:CANCEL, or a cancelled event)."""
    return any(calendar.cancels for calendar in read_calendars(texts))
