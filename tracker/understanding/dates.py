"""Dates in mail: offered interview days with the season's year, deadlines (explicit, relative,
by weekday, ERAS freeze dates) and calendar (.ics) events. Pure functions of text, a reference date
and the applicant's time zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker.lexicon import MONTH_NAME, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAME, WEEKDAY_STEM, month_number
from tracker.understanding.calendars import read_calendars

_MONTH = rf"(?P<month>{MONTH_NAME})\.?"
_WEEKDAY = rf"(?:(?P<weekday>{WEEKDAY_STEM})[a-z]*\.?,?\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>20\d\d))?"
_DATE_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b{_YEAR}", re.I),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}", re.I),
    re.compile(r"\b" + _WEEKDAY + r"(?P<nmonth>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>(?:20)?\d\d))?\b", re.I),
    re.compile(r"\b(?P<year>20\d\d)-(?P<nmonth>\d\d)-(?P<day>\d\d)\b"),
)
_TIME = re.compile(
    r"\b(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
    r"(?:\s*\(?(?P<tz>E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|UTC|GMT|Eastern|Central|Mountain|Pacific)\b)?",
    re.I,
)
_ZONES = {
    "e": "America/New_York",
    "c": "America/Chicago",
    "m": "America/Denver",
    "p": "America/Los_Angeles",
    "u": "UTC",
    "g": "UTC",
}
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|\bbefore|no later than|\buntil|deadline(?: is|:)?|expires?(?: on| at)?|freeze date(?: is|:)?"
    r"|close[sd]?(?: on| at)?|respond(?: on)?|due(?: on| by)?)\s*(?:\w+\s*){0,3}[:,]?\s*$",
    re.I,
)
RELATIVE = re.compile(
    r"\b(?:within|in the next|in|next)\s+(?P<n>\d+|an?|one|two|three|four|five|six|seven|ten|fourteen|"
    r"twenty[- ]four|forty[- ]eight|seventy[- ]two)\s+(?P<business>business\s+|working\s+)?"
    r"(?P<unit>hours?|hrs?|days?|weeks?)\b",
    re.I,
)
WINDOW = re.compile(r"\b(?P<n>\d+)[- ](?P<unit>hour|day)\s+(?:window|deadline|response window)\b", re.I)
DEADLINE_WORDS = re.compile(
    r"\b(?:respond|response|reply|rsvp|accept|schedule|sign up|select|choose|confirm|claim|deadline|"
    r"expire|freeze|register|book|decline|let (?:us|me) know|get back|hear from you)\w*",
    re.I,
)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "ten": 10, "fourteen": 14, "twenty-four": 24, "twenty four": 24, "forty-eight": 48,
    "forty eight": 48, "seventy-two": 72, "seventy two": 72,
}  # fmt: skip


@dataclass(frozen=True)
class DateMention:
    day: date
    at: datetime | None  # with a time of day, aware
    start: int
    end: int
    deadline: bool


def infer_year(month: int, day: int, reference: date, weekday: str | None = None) -> date | None:
    """The season's year for a month and day: the nearest date not long before `reference`
    (December mail about "January 7" means next January); a weekday named breaks ties."""
    candidates: list[date] = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday:
        matching = [c for c in candidates if WEEKDAY_ABBREVIATIONS[c.weekday()] == weekday[:3].lower()]
        plausible = [c for c in matching if c >= reference - timedelta(days=120)]
        if plausible:
            return min(plausible)
    future = [c for c in candidates if c >= reference - timedelta(days=45)]
    return min(future) if future else max(candidates)


def _zone(name: str | None, default: ZoneInfo) -> ZoneInfo:
    if not name:
        return default
    return ZoneInfo(_ZONES.get(name[0].lower(), default.key))


_DIGIT = re.compile(r"\d")


def find_dates(sentence: str, reference: date, tz: ZoneInfo) -> list[DateMention]:
    """Every date in one sentence, with the time of day after it and whether it reads as a deadline."""
    if not _DIGIT.search(sentence):
        return []  # every date pattern needs a day number
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            month = month_number(groups["month"]) if groups.get("month") else int(groups["nmonth"])
            day_number = int(groups["day"])
            if not (1 <= month <= 12 and 1 <= day_number <= 31):
                continue
            year_text = groups.get("year")
            if year_text:
                year = int(year_text) + (2000 if len(year_text) == 2 else 0)
                try:
                    day = date(year, month, day_number)
                except ValueError:
                    continue
            else:
                inferred = infer_year(month, day_number, reference, groups.get("weekday"))
                if inferred is None:
                    continue
                day = inferred
            taken.append((match.start(), match.end()))
            at = None
            tail = sentence[match.end() : match.end() + 40]
            time_match = re.match(r"\s*(?:,|at|@|from|-|–|\bby\b)?\s*", tail)
            rest = tail[time_match.end() if time_match else 0 :]
            clock = _TIME.match(rest)
            if clock and (clock.group("ampm") or clock.group("minute")):
                at = _at(day, clock, tz)
            before = sentence[max(0, match.start() - 60) : match.start()]
            found.append(
                DateMention(day, at, match.start(), match.end(), bool(_DEADLINE_BEFORE.search(before)))
            )
    return sorted(found, key=lambda m: m.start)


def _at(day: date, clock: re.Match[str], tz: ZoneInfo) -> datetime | None:
    hour = int(clock.group("hour"))
    minute = int(clock.group("minute") or 0)
    ampm = (clock.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute), _zone(clock.group("tz"), tz))


def relative_deadline(sentence: str, sent: datetime) -> datetime | None:
    """ "within 48 hours", "in the next 2 days", "a 72-hour window": counted from the message date."""
    if not DEADLINE_WORDS.search(sentence):
        return None
    match = RELATIVE.search(sentence) or WINDOW.search(sentence)
    if not match:
        return None
    raw = match.group("n").lower()
    amount = (
        int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw.replace("-", " "), _NUMBER_WORDS.get(raw, 0))
    )
    if not amount:
        return None
    unit = match.group("unit").lower()
    if unit.startswith("h"):
        return sent + timedelta(hours=amount)
    if unit.startswith("w"):
        return sent + timedelta(weeks=amount)
    if match.groupdict().get("business"):
        moment, left = sent, amount
        while left:
            moment += timedelta(days=1)
            if moment.weekday() < 5:
                left -= 1
        return moment
    return sent + timedelta(days=amount)


_BY_DAY = re.compile(
    r"\b(?:by|before|no later than|until)\s+(?:the\s+)?(?:end of (?:the )?(?:day|business)\s+(?:on\s+)?)?"
    rf"(?:(?P<noon>noon)\s+)?(?P<day>{WEEKDAY_NAME}|tomorrow|today|tonight|end of (?:the )?day)\b",
    re.I,
)


def weekday_deadline(sentence: str, sent: datetime, tz: ZoneInfo) -> datetime | None:
    """ "Please reply by Friday", "by noon tomorrow", "by end of day": the next such day after the
    message, at the end of that day (or noon) in the applicant's zone."""
    if not DEADLINE_WORDS.search(sentence):
        return None
    match = _BY_DAY.search(sentence)
    if not match:
        return None
    local = sent.astimezone(tz)
    word = match.group("day").lower()
    if word in {"today", "tonight"} or word.startswith("end of"):
        ahead = 0
    elif word == "tomorrow":
        ahead = 1
    else:
        ahead = (WEEKDAY_ABBREVIATIONS.index(word[:3]) - local.weekday()) % 7
    day = local.date() + timedelta(days=ahead)
    return datetime.combine(day, time(12, 0) if match.group("noon") else time(23, 59), tz)


def calendar_dates(calendars: list[str], tz: ZoneInfo) -> tuple[list[datetime | date], bool]:
    """Event starts from .ics parts (a time without a zone in the applicant's), and whether any of
    them is a cancellation (METHOD:CANCEL, or a cancelled event)."""
    starts: list[datetime | date] = []
    cancelled = False
    for calendar in read_calendars(calendars):
        cancelled = cancelled or calendar.cancels
        for event in calendar.events:
            if isinstance(event.start, datetime):
                starts.append(event.start if event.start.tzinfo else event.start.replace(tzinfo=tz))
            elif event.start is not None:
                starts.append(event.start)
    return starts, cancelled
