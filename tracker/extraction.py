"""What a message says, as data: program, specialty, track, dates, deadline, platform, format, link.

Pure functions of a `ParsedMessage`, the applicant's time zone and a reference time (the message's
date, else the clock). A forwarded message is read as its forwarded original (`message_view`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.utils import parseaddr, parsedate_to_datetime
from zoneinfo import ZoneInfo

from tracker.parsing import ParsedMessage
from tracker.specialties import find_specialties

log = logging.getLogger(__name__)

Platform = str  # thalamus | eras | interview_broker | residencycas | email | other

# Sender domains and link hosts of the application systems.
PLATFORM_DOMAINS: dict[str, tuple[str, ...]] = {
    "thalamus": ("thalamusgme.com", "thalamus.ai", "thalamusgme.org"),
    "eras": ("aamc.org", "myeras.org", "erasfellowship.aamc.org"),
    "interview_broker": ("interviewbroker.com",),
    "residencycas": ("liaisoncas.com", "residencycas.com", "liaisonedu.com"),
    "other": (
        "nrmp.org",
        "rezrate.com",
        "matchinterviews.com",
        "sfmatch.org",
        "auanet.org",
    ),
}
PLATFORM_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("thalamus", re.compile(r"\bthalamus\b", re.I)),
    ("interview_broker", re.compile(r"\binterview\s?broker\b", re.I)),
    ("residencycas", re.compile(r"\bresidency\s?cas\b|\bliaison\b", re.I)),
    ("eras", re.compile(r"\bmyeras\b|\bERAS\b")),
)

_FORWARD_MARK = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:)[ \t]*$",
    re.I | re.M,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw)\s*:", re.I)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|fw|aw|tr)\s*:\s*)+", re.I)
_QUOTE_START = re.compile(
    r"^(?:On .{0,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|_{10,}\s*$|From: .+\n(?:Sent|Date): )",
    re.M,
)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
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
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DEADLINE_BEFORE = re.compile(
    r"(?:\bby|\bbefore|no later than|\buntil|deadline(?: is|:)?|expires?(?: on| at)?|freeze date(?: is|:)?"
    r"|close[sd]?(?: on| at)?|respond(?: on)?|due(?: on| by)?)\s*(?:\w+\s*){0,3}[:,]?\s*$",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?:within|in the next|in|next)\s+(?P<n>\d+|an?|one|two|three|four|five|six|seven|ten|fourteen|"
    r"twenty[- ]four|forty[- ]eight|seventy[- ]two)\s+(?P<business>business\s+|working\s+)?"
    r"(?P<unit>hours?|hrs?|days?|weeks?)\b",
    re.I,
)
_WINDOW = re.compile(r"\b(?P<n>\d+)[- ](?P<unit>hour|day)\s+(?:window|deadline|response window)\b", re.I)
_DEADLINE_WORDS = re.compile(
    r"\b(?:respond|response|reply|rsvp|accept|schedule|sign up|select|choose|confirm|claim|deadline|"
    r"expire|freeze|register|book|decline|let (?:us|me) know|get back|hear from you)\w*",
    re.I,
)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "ten": 10, "fourteen": 14, "twenty-four": 24, "twenty four": 24, "forty-eight": 48,
    "forty eight": 48, "seventy-two": 72, "seventy two": 72,
}  # fmt: skip

_INSTITUTION = re.compile(
    r"\b(?:University|College|Hospitals?|Medical Center|Health|Healthcare|HealthCare|Clinic|Institute|"
    r"School of Medicine|Medical School|Health System|Medicine|Foundation|Permanente|Infirmary|"
    r"Medical Group|Health Sciences|Children's|Mayo|Kaiser|UCSF|UCLA|NYU|MUSC|UPMC|UT\b|VA\b)",
)
_WORD = r"(?:(?:St|Mt|Ft|Ste)\.|[A-Z][\w'’&/-]*)"
_NAME = rf"{_WORD}(?:[ \t]+(?:{_WORD}|of|at|the|and|&|for|in|de|la|du)){{0,9}}"
_NAME_RE = re.compile(_NAME)
_SIGNATURE_NOISE = re.compile(
    r"\b(?:Residency|Program|Programs|Coordinator|Director|Office|Team|GME|Graduate Medical Education|"
    r"Admissions|Recruitment|Department|Dept\.?|Division|Interviews?|Categorical|Preliminary|"
    r"Advanced|Track|Applications?|No-?Reply|Noreply|Via|Thalamus|ERAS|via)\b.*$",
)
_PERSON_TITLE = re.compile(
    r"(?:Program |Residency )?(?:Coordinator|Director|Manager|Assistant|Administrator)\b"
)
_NOT_PROGRAMS = re.compile(
    r"^(?:the )?(?:thalamus|eras|myeras|aamc|nrmp|interview broker|residencycas|liaison|zoom|dear|"
    r"hello|hi|congratulations|thank you|please|we|our|your|this|national resident matching program|"
    r"electronic|electronic residency application service|association of american medical colleges|"
    r"good news|congrats|dr\.?|mr\.?|ms\.?|mrs\.?)\b|^(?:the|an?|all|we|our|you|your)$",
    re.I,
)
_APPLIED_TO = re.compile(r"(?:applying to|apply to|interest in|application to)\s", re.I)
_PROGRAM_PATTERNS: tuple[re.Pattern[str], ...] = (
    # "Program: X" lines
    re.compile(
        rf"^[ \t]*(?:Program|Institution|Program Name|Hospital|Sponsoring Institution)\s*:\s*({_NAME})", re.M
    ),
    # "X (Internal Medicine) has invited you"
    re.compile(
        rf"\b({_NAME})(?:[ \t]+[-–(][^\n.]{{0,60}}?)?[ \t]+(?:has|have) "
        r"(?:invited|extended|offered|placed|added|sent|scheduled|cancell?ed|updated)"
    ),
    # "the Surgery residency at X"
    re.compile(
        r"\b(?:residency|residency program|program|training program|department|fellowship)\s+(?:at|of)\s+"
        rf"(?:the\s+)?({_NAME})"
    ),
    re.compile(rf"\b({_NAME})\s+(?i:residency|residency program|residency training program)\b(?!\s+Match)"),
    re.compile(
        r"\b(?:on behalf of|interview(?:ing)? (?:with|at)|welcome to|interest in|applying to|apply to|"
        rf"application to|visit(?:ing)?|behalf of)\s+(?:the\s+)?({_NAME})"
    ),
    re.compile(rf"\b(?:at|from)\s+(?:the\s+)?({_NAME})"),
)  # fmt: skip


@dataclass(frozen=True)
class MessageView:
    """The message to judge: the forwarded original when there is one, else the message itself."""

    from_addr: str
    from_name: str
    subject: str
    date: datetime | None
    text: str
    links: list[str]
    calendars: list[str]
    forwarded: bool = False
    forwarded_by: str = ""

    @property
    def domain(self) -> str:
        return self.from_addr.rsplit("@", 1)[-1].lower() if "@" in self.from_addr else ""


@dataclass
class Extraction:
    """The fields read from one message; None (or empty) where the mail does not say."""

    program: str | None = None
    specialty: str | None = None
    track: str | None = None
    interview_dates: list[str] = field(default_factory=list)
    interview_at: datetime | None = None  # the booked date and time, when the mail gives a time
    respond_by: datetime | None = None
    platform: Platform = "email"
    format: str = "unknown"
    schedule_url: str | None = None
    calendar_cancelled: bool = False
    evidence: list[str] = field(default_factory=list)


# -- the view -----------------------------------------------------------------------------------


def strip_quoted(text: str) -> str:
    """The new part of a reply: drop `>` lines and everything after "On … wrote:"."""
    match = _QUOTE_START.search(text)
    if match:
        text = text[: match.start()]
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def message_view(parsed: ParsedMessage, tz: ZoneInfo | None = None) -> MessageView:
    """Judge a forwarded message ("Fwd:") on its forwarded original; strip quoted replies."""
    text = parsed.text or ""
    mark = _FORWARD_MARK.search(text)
    is_forward = bool(_FORWARD_SUBJECT.match(parsed.subject)) or bool(
        mark and "forward" in mark.group(0).lower()
    )
    if is_forward and mark:
        original = text[mark.end() :]
        headers, body = _forwarded_headers(original)
        from_name, from_addr = parseaddr(headers.get("from", ""))
        sent = _header_date(headers.get("date") or headers.get("sent") or "", tz or ZoneInfo("UTC"))
        body = "\n".join(line[1:].lstrip(" ") if line.startswith(">") else line for line in body.splitlines())
        return MessageView(
            from_addr=(from_addr or parsed.from_addr).lower(),
            from_name=from_name or ("" if from_addr else parsed.from_name),
            subject=headers.get("subject") or _REPLY_PREFIX.sub("", parsed.subject),
            date=sent or parsed.date,
            text=strip_quoted(body),
            links=parsed.links,
            calendars=parsed.calendars,
            forwarded=True,
            forwarded_by=parsed.from_addr,
        )
    return MessageView(
        from_addr=parsed.from_addr,
        from_name=parsed.from_name,
        subject=parsed.subject,
        date=parsed.date,
        text=strip_quoted(text),
        links=parsed.links,
        calendars=parsed.calendars,
    )


def _forwarded_headers(block: str) -> tuple[dict[str, str], str]:
    headers: dict[str, str] = {}
    lines = block.lstrip("\n").splitlines()
    index = 0
    for index, line in enumerate(lines):  # noqa: B007 - index is used after the loop
        match = re.match(r"^[ \t>]*(From|Date|Sent|Subject|To|Cc)\s*:\s*(.*)$", line, re.I)
        if match:
            headers[match.group(1).lower()] = match.group(2).strip().strip("*").strip()
        elif line.strip() and headers or line.strip() and not headers:
            break
    return headers, "\n".join(lines[index:])


def _header_date(value: str, tz: ZoneInfo) -> datetime | None:
    """A forwarded "Date:" line; without a zone it is the forwarder's, taken as the applicant's."""
    value = re.sub(r"\s+at\s+", " ", value.strip())
    if not value:
        return None
    try:
        if re.search(r"\d\s*[ap]\.?m\b", value, re.I):
            raise ValueError("a 12-hour clock: not RFC 5322")
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            from dateutil import parser as dateparser

            moment = dateparser.parse(value, fuzzy=True)
        except (ValueError, OverflowError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


# -- sentences ----------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """Sentences of a body: paragraphs joined across wrapped lines, split at . ! ? and blank lines."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        joined = re.sub(r"\s*\n\s*", " ", paragraph).strip()
        out.extend(part.strip() for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'(])", joined) if part.strip())
    return out


# -- fields -------------------------------------------------------------------------------------


def detect_platform(view: MessageView) -> Platform:
    """Which system the message came through: the sender first, then the link to act on, then words."""
    for name, domains in PLATFORM_DOMAINS.items():
        if any(view.domain == d or view.domain.endswith("." + d) for d in domains):
            return name
    hosts = [_host(link) for link in view.links]
    for name, domains in PLATFORM_DOMAINS.items():
        if name == "other":
            continue
        if any(host == d or host.endswith("." + d) for host in hosts for d in domains):
            return name
    head = view.text[:4000]
    for name, pattern in PLATFORM_WORDS:
        if pattern.search(head):
            return name
    if any(host.endswith(d) for host in hosts for d in PLATFORM_DOMAINS["other"]):
        return "other"
    return "email"


def _host(url: str) -> str:
    match = re.match(r"https?://([^/:?#]+)", url, re.I)
    return match.group(1).lower() if match else ""


_VIRTUAL = re.compile(
    r"\b(?:virtual(?:ly)?|zoom|webex|microsoft teams|ms teams|video ?conference|online interview|"
    r"remote interview)\b",
    re.I,
)
_IN_PERSON = re.compile(r"\b(?:in[- ]person|on[- ]site|onsite|on campus|face[- ]to[- ]face)\b", re.I)
_HYBRID = re.compile(r"\bhybrid\b", re.I)


def detect_format(text: str) -> str:
    """virtual, in_person, hybrid or unknown, from how the interview is described."""
    if _HYBRID.search(text):
        return "hybrid"
    virtual = _VIRTUAL.search(text)
    in_person = _IN_PERSON.search(text)
    if virtual and in_person:
        # "Interviews are virtual; an optional in-person second look" is virtual: the first wins
        # unless both are offered as interview options.
        both = re.search(
            r"\b(?:virtual|in[- ]person)\b\s*(?:or|and|/)\s*(?:an?\s+)?\b(?:virtual|in[- ]person)\b",
            text,
            re.I,
        )
        if both:
            return "hybrid"
        return "virtual" if virtual.start() < in_person.start() else "in_person"
    if virtual:
        return "virtual"
    if in_person:
        return "in_person"
    return "unknown"


_ACTION_WORDS = re.compile(
    r"schedul|sign-?up|signup|invit|respond|response|accept|select|book|calendar|portal|interview|rsvp|claim|waitlist",
    re.I,
)
_MEETING_HOSTS = ("zoom.us", "teams.microsoft.com", "webex.com", "meet.google.com", "whereby.com")
_NOISE_LINK = re.compile(
    r"unsubscribe|privacy|terms|facebook|twitter|instagram|linkedin|youtube|\.png|\.jpe?g|\.gif|mailto:|"
    r"/logo|tracking|manage-preferences|preferences",
    re.I,
)


def schedule_link(links: list[str], kind_hint: str | None = None) -> str | None:
    """The link to act on: a scheduling system or a link that says schedule/accept/respond;
    for a reminder, the video meeting."""
    candidates = [link for link in links if not _NOISE_LINK.search(link)]
    if not candidates:
        return None
    meetings = [link for link in candidates if any(_host(link).endswith(h) for h in _MEETING_HOSTS)]
    if kind_hint in {"reminder", "scheduled"} and meetings:
        return meetings[0]
    platform_hosts = tuple(d for name, ds in PLATFORM_DOMAINS.items() for d in ds if name != "other") + (
        "rezrate.com",
        "matchinterviews.com",
        "calendly.com",
        "signupgenius.com",
        "doodle.com",
    )
    for link in candidates:
        host = _host(link)
        if any(host == d or host.endswith("." + d) for d in platform_hosts):
            return link
    for link in candidates:
        if _ACTION_WORDS.search(link):
            return link
    return meetings[0] if meetings else None


_TRACKS = (
    ("transitional", re.compile(r"(?i:\btransitional(?: year)?\b)|\bTY\b")),
    (
        "preliminary",
        re.compile(r"\bprelim(?:inary)?\b(?!\s+(?:interview|schedule|itinerary|agenda|list|results?))", re.I),
    ),
    ("categorical", re.compile(r"\bcategorical\b", re.I)),
    (
        "advanced",
        re.compile(
            r"\badvanced\s+(?:track|position|program|residency|pgy-?2)\b|\(advanced\)"
            r"|\bPGY-?2 (?:start|position)",
            re.I,
        ),
    ),
)  # fmt: skip


def detect_track(text: str, specialty: str | None) -> str | None:
    """categorical, preliminary, advanced, transitional, or None when the mail does not say."""
    if specialty == "Transitional Year":
        return "transitional"
    found = [(m.start(), name) for name, pattern in _TRACKS if (m := pattern.search(text))]
    if not found:
        return None
    # A preliminary year "in" a specialty mentioned with transitional: the first named wins.
    return min(found)[1]


def detect_specialty(subject: str, text: str) -> str | None:
    """The specialty the message is about: the subject first, else the most telling mention."""
    in_subject = find_specialties(subject)
    if in_subject:
        return in_subject[0].specialty
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    for mention in find_specialties(text[:6000]):
        after = text[mention.end : mention.end + 40].lower()
        before = text[max(0, mention.start - 40) : mention.start].lower()
        score = 1.0
        if re.match(r"\s*(?:residency|program|track|position|department|interview|applicant|-|–)", after):
            score += 2
        if re.search(r"(?:preliminary|categorical|advanced|in|for|to|department of|our)\s*$", before):
            score += 0.5
        if mention.specialty == "Surgery" and re.search(
            r"(?:cardiac|pediatric|colorectal|trauma)\s*$", before
        ):
            score -= 1
        scores[mention.specialty] = scores.get(mention.specialty, 0) + score
        first.setdefault(mention.specialty, mention.start)
    if not scores:
        return None
    return max(scores, key=lambda s: (scores[s], -first[s]))


def clean_program(candidate: str) -> str | None:
    """A program name as a person writes it: no specialty, no "Residency Program", no "the"."""
    name = re.split(r"\s+[-–|:,(]\s*|\s*\n", candidate.strip(), maxsplit=1)[0]
    # "Internal Medicine at Mount Sinai": the institution follows the specialty.
    leading = re.match(r"^(?:the\s+)?(?:[\w/&-]+\s+){0,4}?(?:at|of)\s+(?:the\s+)?(?=[A-Z])", name)
    if leading and find_specialties(leading.group(0)):
        name = name[leading.end() :]
    noise = _SIGNATURE_NOISE.search(name)
    if noise and _PERSON_TITLE.match(noise.group(0)):
        return None  # "Kevin O'Neill, Program Coordinator": a person, not a program
    name = name[: noise.start()].strip() if noise else name
    for mention in reversed(find_specialties(name)):
        if mention.start > 0:
            name = name[: mention.start].strip()
        elif mention.end == len(name):
            return None
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"(?:\s+(?:of|at|the|and|&|for|in|de|la|du|'s))+$", "", name).strip(" .,'’-&")
    name = re.sub(r"['’]s$", "", name)
    if len(name) < 3 or _NOT_PROGRAMS.match(name) or len(name.split()) > 9:
        return None
    if not re.search(r"[A-Z]", name):
        return None
    return name


def detect_program(view: MessageView, applicant_name: str = "") -> str | None:
    """The institution, found in the body (platform mail names it only there), else the sender name."""
    original = view.text[:5000]
    # Lines wrapped inside a paragraph are joined, so "Riverside University\nMedical Center" is one name.
    flowing = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s\-*•])", " ", original)

    def is_applicant(name: str) -> bool:
        """ "Jordan Lee" is the applicant, not a program ("Lee Memorial Hospital" is one)."""
        lowered = name.lower()
        return bool(applicant_name.strip()) and (
            applicant_name.strip().lower() in lowered or lowered in applicant_name.lower().split()
        )

    scored: list[tuple[int, int, str]] = []
    for rank, pattern in enumerate(_PROGRAM_PATTERNS):
        # "Program: X" lines are read line by line; everything else in flowing text.
        sources = (view.subject, original) if rank == 0 else (view.subject, flowing)
        for source in sources:
            for match in pattern.finditer(source):
                name = clean_program(match.group(1))
                if not name or is_applicant(name):
                    continue
                # An institution word makes a candidate trustworthy; the loose patterns need one,
                # except "applying to X", which names the place even without one.
                has_institution = bool(_INSTITUTION.search(name))
                applied_to = rank == 4 and _APPLIED_TO.match(match.group(0))
                if rank >= 4 and not has_institution and not applied_to:
                    continue
                scored.append((rank - (2 if has_institution else 0), match.start(), name))
    if scored:
        return min(scored)[2]
    if view.from_name:
        name = clean_program(view.from_name)
        if name and _INSTITUTION.search(name):
            return name
    # A signature line: the first name around an institution word.
    for line in original.splitlines():
        for found in _NAME_RE.finditer(line):
            if _INSTITUTION.search(found.group(0)):
                name = clean_program(found.group(0))
                if name and _INSTITUTION.search(name) and not is_applicant(name):
                    return name
    return None


# -- dates --------------------------------------------------------------------------------------


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
        matching = [c for c in candidates if _WEEKDAYS[c.weekday()] == weekday[:3].lower()]
        plausible = [c for c in matching if c >= reference - timedelta(days=120)]
        if plausible:
            return min(plausible)
    future = [c for c in candidates if c >= reference - timedelta(days=45)]
    return min(future) if future else max(candidates)


def _zone(name: str | None, default: ZoneInfo) -> ZoneInfo:
    if not name:
        return default
    return ZoneInfo(_ZONES.get(name[0].lower(), default.key))


def find_dates(sentence: str, reference: date, tz: ZoneInfo) -> list[DateMention]:
    """Every date in one sentence, with the time of day after it and whether it reads as a deadline."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(sentence):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            groups = match.groupdict()
            month = _MONTHS[groups["month"][:3].lower()] if groups.get("month") else int(groups["nmonth"])
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
    if not _DEADLINE_WORDS.search(sentence):
        return None
    match = _RELATIVE.search(sentence) or _WINDOW.search(sentence)
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
    r"(?:(?P<noon>noon)\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|"
    r"tonight|end of (?:the )?day)\b",
    re.I,
)


def weekday_deadline(sentence: str, sent: datetime, tz: ZoneInfo) -> datetime | None:
    """ "Please reply by Friday", "by noon tomorrow", "by end of day": the next such day after the
    message, at the end of that day (or noon) in the applicant's zone."""
    if not _DEADLINE_WORDS.search(sentence):
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
        ahead = (_WEEKDAYS.index(word[:3]) - local.weekday()) % 7
    day = local.date() + timedelta(days=ahead)
    return datetime.combine(day, time(12, 0) if match.group("noon") else time(23, 59), tz)


def calendar_dates(calendars: list[str], tz: ZoneInfo) -> tuple[list[datetime | date], bool]:
    """Event starts from .ics parts, and whether any of them is a cancellation (METHOD:CANCEL)."""
    starts: list[datetime | date] = []
    cancelled = False
    for text in calendars:
        try:
            from icalendar import Calendar

            calendar = Calendar.from_ical(text)
        except Exception:  # a broken calendar part contributes nothing, it does not fail the message
            log.debug("extraction: unreadable calendar part", exc_info=True)
            continue
        if str(calendar.get("METHOD", "")).upper() == "CANCEL":
            cancelled = True
        for event in calendar.walk("VEVENT"):
            if str(event.get("STATUS", "")).upper() == "CANCELLED":
                cancelled = True
            start = event.get("DTSTART")
            if start is None:
                continue
            value = start.dt
            if isinstance(value, datetime):
                starts.append(value if value.tzinfo else value.replace(tzinfo=tz))
            elif isinstance(value, date):
                starts.append(value)
    return starts, cancelled


def extract(view: MessageView, *, tz: ZoneInfo, now: datetime, applicant_name: str = "") -> Extraction:
    """Every field of `Extraction` from one message view."""
    sent = view.date or now
    reference = sent.astimezone(tz).date()
    body = view.text[:20000]
    specialty = detect_specialty(view.subject, body) or detect_specialty(view.from_name, "")
    result = Extraction(
        program=detect_program(view, applicant_name),
        specialty=specialty,
        track=detect_track(view.subject + "\n" + body[:6000], specialty),
        platform=detect_platform(view),
        format=detect_format(view.subject + "\n" + body),
    )
    offered: dict[date, datetime | None] = {}
    deadlines: list[datetime] = []
    for sentence in [view.subject, *sentences(body)]:
        mentions = find_dates(sentence, reference, tz)
        deadline_sentence = bool(_DEADLINE_WORDS.search(sentence))
        for mention in mentions:
            freeze = re.search(r"freeze date", sentence, re.I)
            # "by December 3" reads as a deadline in a sentence about responding, or before any
            # mention of the interview or a date ("the interview on ... by" stays an offered date).
            plain_by = mention.deadline and not re.search(r"interview|date", sentence[: mention.start], re.I)
            if mention.deadline and deadline_sentence or freeze or plain_by:
                deadlines.append(mention.at or datetime.combine(mention.day, time(23, 59), tz))
            else:
                offered.setdefault(mention.day, mention.at)
                if mention.at and offered[mention.day] is None:
                    offered[mention.day] = mention.at
        if not mentions and (named := weekday_deadline(sentence, sent, tz)):
            deadlines.append(named)
        if relative := relative_deadline(sentence, sent):
            deadlines.append(relative)
            phrase = _RELATIVE.search(sentence) or _WINDOW.search(sentence)
            result.evidence.append(f"deadline: {phrase.group(0) if phrase else 'relative'!r}")
    starts, result.calendar_cancelled = calendar_dates(view.calendars, tz)
    for start in starts:
        day = start.astimezone(tz).date() if isinstance(start, datetime) else start
        offered[day] = start if isinstance(start, datetime) else offered.get(day)
    if starts:
        result.evidence.append(f"calendar: {len(starts)} event(s)")
    result.interview_dates = sorted(d.isoformat() for d in offered)
    timed = [at for at in offered.values() if at is not None]
    if len(offered) == 1 and timed or len(timed) == 1 and starts:
        result.interview_at = timed[0].astimezone(UTC)
    future = [d for d in deadlines if d >= sent - timedelta(days=1)] or deadlines
    if future:
        result.respond_by = min(future).astimezone(UTC)
    return result
