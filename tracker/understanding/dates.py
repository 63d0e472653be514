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
# "December 14-17, 2026": every day of a short run.
# A time zone as mail writes it after a time: "ET", "Central Standard", "Arizona", "HST".
_ZONE_NAME = (
    r"E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|UTC|GMT|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?"
    r"|Arizona|HA?ST|Hawai(?:ʻ|')?i|AK[SD]T|Alaska"
)
_RANGE = re.compile(
    rf"\b{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through)\s*"
    r"(?P<last>\d{1,2})(?:st|nd|rd|th)?\b(?!:)(?:,?\s+(?P<year>20\d\d))?",
    re.I,
)
_DATE_PATTERNS = (
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b{_YEAR}", re.I),
    # ("the 15th\nJanuary: Tuesday, the 12th": a month heading a row is no day's month)
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}\b(?!\s*:){_YEAR}", re.I),
    re.compile(r"\b" + _WEEKDAY + r"(?P<nmonth>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>(?:20)?\d\d))?\b", re.I),
    re.compile(r"\b(?P<year>20\d\d)-(?P<nmonth>\d\d)-(?P<day>\d\d)\b"),
    # "Tuesday, the 8th and Tuesday, the 15th of December", "Tuesday the 1st, Tuesday the 8th, or
    # Tuesday the 15th of December": days listed before the month they share
    re.compile(
        rf"\b{_WEEKDAY}(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)(?=(?:,?\s+(?:(?:and|or)\s+)?"
        rf"(?:{WEEKDAY_STEM}[a-z]*,?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th))+\s+of\s+(?P<month>{MONTH_NAME})\b)",
        re.I,
    ),
    # "two dates left in November - the 10th and the 17th": the month, then its days as ordinals
    re.compile(
        rf"\b{_MONTH}\s*(?:[-–—:,]\s*)?(?:on\s+)?(?:{WEEKDAY_STEM}[a-z]*,?\s+)?the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b{_YEAR}",
        re.I,
    ),
)
# "November\n   Tuesday 17\n   Thursday 19": a month on a line of its own, then its days, one a line
_DAY_IN_A_LINE = (
    rf"[ \t]*(?:[-•*·][ \t]*)?(?:(?P<weekday>{WEEKDAY_STEM})[a-z]*\.?,?[ \t]+)?(?:the[ \t]+)?"
    r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b(?![:/.]\d|[ \t]*(?:[ap]\.?m\b|%))"
)
_UNNAMED_DAY = _DAY_IN_A_LINE.replace("?P<weekday>", "?:").replace("?P<day>", "?:")
_MONTH_HEADING = re.compile(
    rf"^[ \t]*{_MONTH}[ \t]*:?[ \t]*\n(?P<days>(?:{_UNNAMED_DAY}[^\n]*(?:\n|$))+)",
    re.I | re.M,
)
_DAY_LINE = re.compile(rf"^{_DAY_IN_A_LINE}", re.I | re.M)


def with_months_written(text: str) -> str:
    """`text` with each day under a month heading written with its month ("November\\n Tuesday 17"
    -> "November\\n Tuesday, November 17"), so that a sentence joined from the lines still dates it."""

    def days(heading: re.Match[str]) -> str:
        month = heading["month"]

        def written(line: re.Match[str]) -> str:
            lead = re.sub(r"the[ \t]+$", "", line.group(0)[: line.start("day") - line.start()], flags=re.I)
            if line["weekday"]:
                lead = lead.rstrip().rstrip(",") + ", "
            return f"{lead}{month} {line['day']}"

        above = heading.group(0)[: heading.start("days") - heading.start()]
        return above + _DAY_LINE.sub(written, heading["days"])

    return _MONTH_HEADING.sub(days, text)
# "6:00–7:00 pm": a range of times whose am/pm is written once, at its end.
_TIME = re.compile(
    r"\b(?:(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?"
    r"(?:\s*(?:-|–|—|to)\s*(?P<until>\d{1,2})(?::\d\d)?(?=\s*[ap]\.?m\b))?"
    r"\s*(?P<ampm>[ap]\.?m\.?)?|(?P<named>noon|midday|midnight))"
    rf"(?:\s*\(?(?P<tz>{_ZONE_NAME})\b)?",
    re.I,
)
# A time of day written before its date: "by 5:00 PM Eastern on Monday, October 26", "by noon
# Eastern tomorrow (Friday 11/13)".
_TIME_BEFORE = re.compile(
    r"\b(?:(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?\s*(?P<ampm>[ap]\.?m\.?)|(?P<named>noon|midday|midnight))"
    r"(?:\s*\((?:noon|midday|midnight)\))?"  # ("12:00 p.m. (noon) Central Time")
    rf"(?:\s*\(?(?P<tz>{_ZONE_NAME})\b\)?)?"
    # ("5 p.m. Arizona time (MST) on Monday")
    r"(?:\s+time)?(?:\s*\([A-Z]{3,4}\))?\s*(?:on|(?:tomorrow|today|tonight)?\s*\()\s*$",
    re.I,
)
_ZONES = {
    "e": "America/New_York",
    "c": "America/Chicago",
    "m": "America/Denver",
    "p": "America/Los_Angeles",
    "u": "UTC",
    "g": "UTC",
    "a": "America/Phoenix",  # Arizona keeps Mountain Standard Time all year
    "h": "Pacific/Honolulu",  # and Hawaii its own
}
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|\bbefore|no later than|\buntil|deadline(?: is|:)?|expires?(?: on| at)?|freeze date(?: is|:)?"
    r"|close[sd]?(?: on| at)?|respond(?: on)?|due(?: on| by)?)"
    r"\s*(?:(?:[\w:.]+|\([A-Z]{3,4}\))\s*){0,7}[:,(]?\s*$"
    # "changes close 7 days before your interview (11/27/2026)": a deadline given in parentheses
    r"|\b(?:close[sd]?|due|deadline|expires?)\b[^.;()]{0,50}\(\s*$",
    re.I,
)
RELATIVE = re.compile(
    r"\b(?:within|in the next|in|next)\s*:?\s+(?P<n>\d+|an?|one|two|three|four|five|six|seven|ten|fourteen|"
    r"twenty[- ]four|forty[- ]eight|seventy[- ]two)\s+(?P<business>business\s+|working\s+)?"
    r"(?P<unit>hours?|hrs?|days?|weeks?)\b",
    re.I,
)
WINDOW = re.compile(r"\b(?P<n>\d+)[- ](?P<unit>hour|day)\s+(?:window|deadline|response window)\b", re.I)
# A window that says by itself it is one: "we are holding your invitation for 48 hours", "this
# invitation will expire 72 hours after it was sent" (not "scheduling will open 24 hours after this
# email is sent").
HELD = re.compile(
    r"\b(?:hold(?:ing)?|held|reserv(?:e|ing)) (?:your|the|this) (?:\w+ )?"
    r"(?:invitation|spot|slot|seat|place|date) for (?:the next )?(?P<n>\d+) (?P<unit>hours?|days?)\b"
    r"|\b(?:expires?|closes?|lapses?|valid|good|held|released) (?:\w+ ){0,2}?"
    r"(?P<n2>\d+) (?P<unit2>hours?|days?) (?:after|from) (?:it was sent|(?:this|the) "
    r"(?:email|e-mail|message|invitation) (?:was|is) sent|(?:its|the) (?:sending|time (?:it was )?sent)"
    r"|receipt)\b",
    re.I,
)
DEADLINE_WORDS = re.compile(
    r"\b(?:respond|response|reply|rsvp|accept|schedule|reschedul|sign up|select|choose|confirm|claim|"
    r"deadline|submit|fill out|complete|indicate|reserve|"
    r"expire|freeze|register|book|decline|cancel|change|let (?:us|me) know|get back|hear from you|"
    r"please do (?:this|so)|"
    # "grab a date here within 5 days"
    r"(?:grab|pick|snag|claim)\s+(?:a|your|one)\s+(?:\w+\s+)?(?:date|day|slot|spot|time))\w*",
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
    if name.lower().startswith(("ak", "alaska")):
        return ZoneInfo("America/Anchorage")
    return ZoneInfo(_ZONES.get(name[0].lower(), default.key))


_DIGIT = re.compile(r"\d")


def find_dates(sentence: str, reference: date, tz: ZoneInfo) -> list[DateMention]:
    """Every date in one sentence (each day of a short run, "December 14-17"), with the time of day
    after it (or just before it: "by 5:00 PM Eastern on Monday") and whether it reads as a deadline."""
    if not _DIGIT.search(sentence):
        return []  # every date pattern needs a day number
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in _RANGE.finditer(sentence):
        first, last = int(match["day"]), int(match["last"])
        if not 0 < last - first <= 7:
            continue
        days = [_day(match, number, reference) for number in range(first, last + 1)]
        if all(days):
            taken.append((match.start(), match.end()))
            before = sentence[max(0, match.start() - 60) : match.start()]
            deadline = bool(_DEADLINE_BEFORE.search(before))
            found.extend(DateMention(day, None, match.start(), match.end(), deadline) for day in days if day)
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
            before = sentence[max(0, match.start() - 60) : match.start()]
            found.append(
                DateMention(
                    day,
                    _time_of(day, sentence, match, before, tz),
                    match.start(),
                    match.end(),
                    bool(_DEADLINE_BEFORE.search(before)),
                )
            )
            if groups.get("month") and pattern in (_DATE_PATTERNS[0], _DATE_PATTERNS[-1]):
                found.extend(_more_days(sentence, match, day, reference, taken))
    return sorted(found, key=lambda m: m.start)


# "January 8, 15 or 22": more days of the month just named.
_MORE_DAYS = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)"
    rf"(?:{WEEKDAY_STEM}[a-z]*,?\s+(?=the\s))?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    r"(?!\s*(?::|/|\.\d|[ap]\.?m\b|%|hours?\b|minutes?\b|days?\b|weeks?\b|years?\b|residents?\b|people\b))",
    re.I,
)


def _more_days(
    sentence: str, match: re.Match[str], first: date, reference: date, taken: list[tuple[int, int]]
) -> list[DateMention]:
    out: list[DateMention] = []
    end = match.end()
    while more := _MORE_DAYS.match(sentence, end):
        number = int(more["day"])
        try:
            day = date(first.year, first.month, number) if match["year"] else None
        except ValueError:
            break
        day = day or infer_year(first.month, number, reference)
        if day is None or number <= first.day and day.month == first.month and day.year == first.year:
            break
        before = sentence[max(0, match.start() - 60) : match.start()]
        deadline = bool(_DEADLINE_BEFORE.search(before))
        out.append(DateMention(day, None, more.start("day"), more.end(), deadline))
        taken.append((more.start("day"), more.end()))
        end = more.end()
    return out


def _day(match: re.Match[str], number: int, reference: date) -> date | None:
    month = month_number(match["month"])
    if match["year"]:
        try:
            return date(int(match["year"]), month, number)
        except ValueError:
            return None
    return infer_year(month, number, reference)


def _time_of(day: date, sentence: str, match: re.Match[str], before: str, tz: ZoneInfo) -> datetime | None:
    """The time of day written right after the date ("at 9 AM", "at noon Eastern"), else right
    before it ("by 5:00 PM Eastern on")."""
    if after := _time_after(day, sentence, match.end(), tz):
        return after
    if earlier := _TIME_BEFORE.search(before):
        return _at(day, earlier, tz)
    return None


def _time_after(day: date, sentence: str, end: int, tz: ZoneInfo) -> datetime | None:
    tail = sentence[end : end + 40]
    # ("Monday night (11/16) at 7 PM": past the parenthesis the date was written in)
    time_match = re.match(r"\)?\s*(?:,\s*)?(?:at|@|from|-|–|\bby\b)?\s*", tail)
    rest = tail[time_match.end() if time_match else 0 :]
    clock = _TIME.match(rest)
    if clock and (clock.group("ampm") or clock.group("minute") or clock.group("named")):
        return _at(day, clock, tz)
    return None


def _at(day: date, clock: re.Match[str], tz: ZoneInfo) -> datetime | None:
    named = (clock.groupdict().get("named") or "").lower()
    if named:
        hour, minute = (0, 0) if named == "midnight" else (12, 0)
        return datetime.combine(day, time(hour, minute), _zone(clock.group("tz"), tz))
    hour = int(clock.group("hour"))
    minute = int(clock.group("minute") or 0)
    ampm = (clock.group("ampm") or "").replace(".", "").lower()
    until = clock.groupdict().get("until")
    if until and ampm == "pm" and hour % 12 > int(until) % 12:
        ampm = "am"  # "11:00–1:00 pm" starts in the morning
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute), _zone(clock.group("tz"), tz))


def relative_deadline(sentence: str, sent: datetime) -> datetime | None:
    """ "within 48 hours", "in the next 2 days", "a 72-hour window": counted from the message date."""
    held = HELD.search(sentence)
    if held:
        amount = int(held.group("n") or held.group("n2"))
        unit = (held.group("unit") or held.group("unit2")).lower()
        return sent + (timedelta(hours=amount) if unit.startswith("h") else timedelta(days=amount))
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


_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midday|midnight)" rf"(?:\s*\(?(?:{_ZONE_NAME})\b\)?)?"
_BY_DAY = re.compile(
    r"\b(?:by|before|no later than|until)\s+(?:the\s+)?(?:end of (?:the )?(?:day|business)\s+(?:on\s+)?)?"
    # "by noon Friday", "by 5 PM CT Friday", "by 5:00 p.m. Central Time on Friday"
    rf"(?:(?P<clock>{_CLOCK})"
    r"(?:\s+time)?,?\s+(?:on\s+)?)?"
    rf"(?P<day>{WEEKDAY_NAME}|tomorrow|today|tonight|end of (?:the )?day)\b"
    # "by tomorrow at noon (Pacific)"
    rf"(?:,?\s+at\s+(?P<then>{_CLOCK}))?",
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
    if re.search(r"end of business", match.group(0), re.I):
        return datetime.combine(day, time(17, 0), tz)  # ("by end of business Friday": 5 p.m.)
    clock = _TIME.match(match.group("clock") or match.group("then") or "")
    if clock and (at := _at(day, clock, tz)):
        return at
    return datetime.combine(day, time(23, 59), tz)


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


# -- what a date is for -------------------------------------------------------------------------

# The roles a date in mail can play; only interview days (offered or booked) are interview dates.
ROLES = (
    "interview", "booked", "deadline", "social", "second look", "start", "earlier", "match", "conditional",
    "full", "past", "lodging", "cancelled",
)  # fmt: skip
# A day called off: "we have made the difficult decision to CANCEL our in-person interview day on
# Friday, January 22" (a cancellation's day; no day offered).
_CANCELLED_BEFORE = re.compile(
    r"\b(?:cancel(?:l?ed|l?ing)?|called off|call off)\b(?:\s+(?!(?:and|or)\b)[\w'’-]+){0,6}?"
    r"\s+(?:on\s+|for\s+)?(?:the\s+)?$",
    re.I,
)
# The night a room is kept for: "Your room is reserved at the Kahler Grand Hotel for Wednesday,
# December 9 (one night)".
_LODGING = re.compile(
    r"\b(?:room|hotel|lodging|accommodations?|check-?in at the hotel|block)\b[^.;]{0,60}\b"
    r"(?:for|on|nights? of)\s+$",
    re.I,
)
# A day said to be full right after it: "December 3 (full)", "our December 3 session is full".
_FULL_AFTER = re.compile(
    r"^\W{0,3}(?:(?:\w+\s+){0,2}?(?:is|are)\s+(?:now\s+|already\s+)?)?"
    r"(?:full|filled|fully booked|booked up|closed|sold out|unavailable|no longer available|taken)\b",
    re.I,
)
# A day in the past the mail looks back on: "you applied on September 24", "we wrote on Nov 2".
_PAST_BEFORE = re.compile(
    r"\b(?:applied|submitted|received|sent|wrote|emailed|interviewed|visited|met)\b[^.;]{0,25}\b(?:on|dated)\s+$"
    # the "Sent:" line of a message quoted or carried by a portal
    r"|(?:^|\s)(?:sent|received|posted)\s*:\s*$",
    re.I,
)
# A day the interview was moved from: "rescheduled from January 7", "instead of Dec 3".
_EARLIER_BEFORE = re.compile(
    r"\b(?:(?:re)?schedul\w*|mov\w*|chang\w*|postpon\w*|switch\w*|shift\w*)\s+(?:it\s+|them\s+)?from\s+"
    r"(?:the\s+|your\s+|our\s+)?$|\binstead of\s+(?:the\s+)?$"
    r"|\b(?:originally|previously|formerly)\b[^.;]{0,30}$",
    re.I,
)
# A labelled date: "Previous date:", "Original Date:" is the day moved from; "New date:", "Updated
# interview date:" the day booked (a reschedule notice gives both, one after the other).
_EARLIER_LABEL = re.compile(
    r"\b(?:previous|original|old|former|prior)\s+(?:interview\s+)?(?:date|day)\s*:?\s*$", re.I
)
_BOOKED_LABEL = re.compile(
    r"\b(?:new|updated|revised|rescheduled|changed)\s+(?:interview\s+)?(?:date|day)\s*:?\s*$", re.I
)
# A day given up: "your interview on Thursday, January 14 has been released" is no interview day.
_RELEASED_AFTER = re.compile(r"^[^.;!?]{0,40}?\b(?:has been|have been|was|is|is now) released\b", re.I)
# The day booked: "moved your interview to", "your interview is tomorrow,", "Interview Date:",
# "booked for ... on", a field line "DATE  Wednesday, November 18".
_BOOKED_BEFORE = re.compile(
    r"\b(?:moved|rescheduled|changed|switched|booked|scheduled|confirmed|registered|signed up|set)\b"
    r"[^.;]{0,60}\b(?:to|for|on)\s+$"
    r"|\byour\s+(?:[\w-]+\s+){0,2}interview\s+(?:day\s+)?(?:is|will be)\b[^.;]{0,20}$"
    r"|(?:^|\s)(?:interview\s+)?(?:date|day)\s*:?\s*$",
    re.I,
)
# A social, a second look, the start of residency, the Match's own dates.
_SOCIAL = re.compile(
    r"\b(?:social|dinner|happy hour|meet (?:and|&) greet|meet the residents|mixer|reception|webinar|"
    r"open house|info(?:rmation(?:al)?)? session|virtual tour|resident(?:s'?)? night|trivia|game night|"
    r"gathering|get-together|hangout|hang out|meet-?up|coffee chat)\b",
    re.I,
)
# What a social word may be written just before: a date ("social Mon, Dec 7").
_DATE_NEXT = re.compile(
    rf"[ \t:,-]*(?:on[ \t]+)?(?:{WEEKDAY_STEM}[a-z]*\.?,?[ \t]+)?(?:{MONTH_NAME}\.?[ \t]+\d|\d{{1,2}}/\d)",
    re.I,
)
# "a social the evening before each interview day": the interview is named only to say when
_EVE = re.compile(r"\b(?:evening|night) before (?:each|your|the|every)\b", re.I)
_INTERVIEW_WORD = re.compile(r"(?<![-\w])interview(?:s| day| date)?\b(?!er)", re.I)
_SECOND_LOOK = re.compile(r"\bsecond[- ]look\b|\brevisit (?:day|weekend)\b", re.I)
_START = re.compile(
    r"\b(?:training|residency|orientation|internship|pgy-?1(?: year)?|intern year|appointment|employment|"
    r"program|contract|residents|interns|(?:new|incoming) class|position|academic year|rotations)\b"
    r"[^.;]{0,30}"
    r"\b(?:begin|begins|beginning|start|starts|starting|commenc\w*)\b[^.;]{0,15}$"
    # "the TY year begins with orientation on June 21"
    r"|\b(?:start|begin)\w*\s+(?:with\s+(?:an?\s+|the\s+)?(?:orientation|onboarding)\s+)?(?:date|on)\s*:?\s*$"
    # "will begin orientation on Monday, June 21", "Intern orientation: June 21"
    r"|\b(?:orientation|onboarding)(?:\s+(?:is|will be|begins|starts))?\s*(?:on\s+|:\s*)?$",
    re.I,
)
_MATCH = re.compile(
    r"\b(?:rank (?:order )?lists?|certif\w+|match day|match week|soap|nrmp|eras (?:opens|season)|"
    r"applications? (?:open|opened|opens|submitted|received))\b[^.;]{0,60}$"
    # the season's own steps, just before the day: "scheduling opens Wednesday, November 18", "the
    # scheduling link will become active on", "invitations go out on"
    r"|\b(?:(?:scheduling|scheduler|self-scheduling|sign-?ups?|booking)(?: window| link| page| portal)?"
    r"(?: below)? (?:will )?(?:opens?|opened|begins?|starts?|becomes? (?:active|available|live))"
    r"|invitations (?:will )?(?:be )?(?:released|sent|go out|going out))\b[^.;\d]{0,20}$",
    re.I,
)
_CONDITIONAL_SENTENCE = re.compile(r"^\W*(?:if|should|in case|in the event|once|whenever)\b", re.I)
_ACTION = re.compile(
    r"\b(?:respond|reply|rsvp|select|choose|schedule|reschedul|sign up|book|claim|reserve|confirm|accept|"
    r"decline|cancel|change|log in|let us know)\w*",
    re.I,
)
# (across a time's dots: "no later than 5:00 p.m. Central Time on Friday, October 30")
_STRONG_CUE = re.compile(
    r"(?:\bby|no later than|deadline|due|expire|freeze date|close|\()(?:[^.;]|\b[ap]\.m\.?){0,60}$", re.I
)


def date_role(sentence: str, mention: DateMention) -> str:
    """What a date in a sentence is for (one of `ROLES`): a deadline ("respond by", "no later than",
    a freeze date), a day the interview was moved from ("Previous date:", a day "released"), the
    day booked ("New date:"), a social or a second look, the
    start of residency, one of the Match's own dates, a day in the past looked back on, a day said to
    be full, a day offered only on a condition ("Should a seat open on one of our remaining days
    (...)"), or else an interview day."""
    before = sentence[max(0, mention.start - 80) : mention.start]
    clause = re.split(r"[;!?]|\.\s", before)[-1]
    if _MATCH.search(clause):
        return "match"
    eve = _EVE.search(before)
    if mention.deadline and not eve and (_STRONG_CUE.search(before) or _ACTION.search(sentence)):
        return "deadline"
    label = before[-40:]
    if _BOOKED_LABEL.search(label):
        return "booked"
    if _EARLIER_LABEL.search(label) or _RELEASED_AFTER.match(sentence[mention.end : mention.end + 60]):
        return "earlier"
    if _EARLIER_BEFORE.search(clause):
        return "earlier"
    if _CANCELLED_BEFORE.search(clause):
        return "cancelled"
    if _PAST_BEFORE.search(clause):
        return "past"
    if _FULL_AFTER.match(sentence[mention.end : mention.end + 40]):
        return "full"
    if _START.search(clause):
        return "start"
    if _SECOND_LOOK.search(sentence):
        return "second look"
    if _LODGING.search(clause):
        return "lodging"
    if _SOCIAL.search(sentence) and (not _INTERVIEW_WORD.search(sentence) or _EVE.search(sentence)):
        # "Tuesday, December 8    social Mon, Dec 7 evening": a social word written just before a
        # date is that date's, not every date's in the sentence
        for cue in _SOCIAL.finditer(sentence):
            named = _DATE_NEXT.match(sentence, cue.end())
            if not named or cue.end() <= mention.start < named.end():
                return "social"
    if mention.at is not None and mention.at.hour >= 17:
        return "social"  # an evening: interview days are held in the day
    if _BOOKED_BEFORE.search(clause):
        return "booked"
    if _CONDITIONAL_SENTENCE.search(sentence):
        return "conditional"
    return "interview"


# "on Wednesdays, November 4 through December 9": every such weekday between the two.
_WEEKLY = re.compile(rf"\b(?P<weekday>{WEEKDAY_STEM})[a-z]*days\b", re.I)
_BULLET_BEFORE = re.compile(r"(?:^|\s)[-–—•*]\s+$")
_THROUGH = re.compile(r"^\s*(?:through|thru|to|until|till|-|–|—)\s*$", re.I)


def weekly_series(
    sentence: str, mentions: list[DateMention], *, thanksgiving_off: bool = False
) -> list[DateMention]:
    """The mentions, with a weekly series ("on Wednesdays, November 4 through December 9") written
    out day by day; the week of Thanksgiving is left out when the mail says there is no session
    then."""
    out: list[DateMention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        last = mentions[index + 1] if index + 1 < len(mentions) else None
        # The plural weekday just before the first date, or opening it ("Wednesdays, November 4").
        weekly = _WEEKLY.search(sentence[max(0, first.start - 30) : first.end])
        # "Mondays: - Monday, November 30 - Monday, December 14": dashes that open list items
        bullets = bool(_BULLET_BEFORE.search(sentence[max(0, first.start - 4) : first.start]))
        between = sentence[first.end : last.start] if last else ""
        if weekly and last and _THROUGH.match(between) and not bullets and first.day < last.day:
            wanted = WEEKDAY_ABBREVIATIONS.index(weekly["weekday"][:3].lower())
            day = first.day + timedelta(days=(wanted - first.day.weekday()) % 7)
            while day <= last.day and (day - first.day).days <= 120:
                if not (thanksgiving_off and _thanksgiving_week(day)):
                    out.append(DateMention(day, None, first.start, last.end, first.deadline))
                day += timedelta(days=7)
            index += 2
            continue
        out.append(first)
        index += 1
    return out


def _thanksgiving_week(day: date) -> bool:
    """Whether `day` falls in the week (Monday to Sunday) of US Thanksgiving (November's 4th Thursday)."""
    first = date(day.year, 11, 1)
    thanksgiving = first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    monday = thanksgiving - timedelta(days=thanksgiving.weekday())
    return monday <= day <= monday + timedelta(days=6)


# "Tuesday the 12th": a day of the month named only by its weekday and number.
_WEEKDAY_THE = re.compile(
    rf"\b(?P<weekday>{WEEKDAY_STEM})[a-z]*\.?,?\s+the\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)\b", re.I
)
# Days named relative to the message: "tomorrow", "this Friday", "next Tuesday", "on Monday".
_RELATIVE_DAY = re.compile(
    rf"\b(?:(?P<tomorrow>tomorrow)|(?P<today>today|this morning|this afternoon)|"
    rf"(?:(?P<next>next)|this|coming|this coming|on)\s+(?P<weekday>{WEEKDAY_STEM})[a-z]*(?!s)\b)",
    re.I,
)


def named_days(sentence: str, sent: date, tz: ZoneInfo) -> list[DateMention]:
    """Days a sentence names without a month: "Tuesday the 12th" (the next such Tuesday),
    "tomorrow", "this Friday", "next Tuesday", "on Monday" (counted from the message's day)."""
    found: list[DateMention] = []
    for match in _WEEKDAY_THE.finditer(sentence):
        wanted = WEEKDAY_ABBREVIATIONS.index(match["weekday"][:3].lower())
        for ahead in range(0, 200):
            day = sent + timedelta(days=ahead)
            if day.day == int(match["day"]) and day.weekday() == wanted:
                at = _time_after(day, sentence, match.end(), tz)
                found.append(
                    DateMention(day, at, match.start(), match.end(), _deadline_before(sentence, match))
                )
                break
    for match in _RELATIVE_DAY.finditer(sentence):
        if any(m.start <= match.start() < m.end for m in found):
            continue
        if match["tomorrow"]:
            day = sent + timedelta(days=1)
        elif match["today"]:
            day = sent
        else:
            wanted = WEEKDAY_ABBREVIATIONS.index(match["weekday"][:3].lower())
            ahead = (wanted - sent.weekday()) % 7 or 7
            day = sent + timedelta(days=ahead + (7 if match["next"] and ahead < 3 else 0))
        at = _time_after(day, sentence, match.end(), tz)
        found.append(DateMention(day, at, match.start(), match.end(), _deadline_before(sentence, match)))
    for match in _ON_THE_NTH.finditer(sentence):
        # "See you in person on the 10th": the next 10th from the message's day
        if any(m.start <= match.start() < m.end for m in found):
            continue
        number = int(match["day"])
        nth = next((d for d in (sent + timedelta(days=n) for n in range(0, 62)) if d.day == number), None)
        if nth is not None:
            at = _time_after(nth, sentence, match.end(), tz)
            found.append(DateMention(nth, at, match.start(), match.end(), _deadline_before(sentence, match)))
    return found


_ON_THE_NTH = re.compile(r"\bon the (?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:floor|of\b))", re.I)


def _deadline_before(sentence: str, match: re.Match[str]) -> bool:
    return bool(_DEADLINE_BEFORE.search(sentence[max(0, match.start() - 60) : match.start()]))
