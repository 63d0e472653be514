"""What a message says, as data: program, specialty, track, dates, deadline, platform, format, link.

Programs are found by `programs`, dates and deadlines by `dates`; this module reads
the message as a whole (the forwarded original, without quoted replies) and puts the fields together.

Pure functions of a `ParsedMessage`, the applicant's time zone and a reference time (the message's
date, else the clock). A forwarded message is read as its forwarded original (`message_view`, which
gives the `MessageText` every rule reads).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from email.utils import parseaddr, parsedate_to_datetime
from functools import cached_property
from zoneinfo import ZoneInfo

from tracker.lexicon import PLATFORM_ADDRESSES, PLATFORM_DOMAINS, SCHEDULING_SITES
from tracker.specialties import find_specialties, specialty_of_program_number
from tracker.understanding.dates import (
    HELD,
    RELATIVE,
    WINDOW,
    DateMention,
    calendar_dates,
    date_role,
    find_dates,
    named_days,
    relative_deadline,
    weekday_deadline,
    weekly_series,
    with_months_written,
)
from tracker.understanding.evidence import Evidence
from tracker.understanding.identity import program_number, spelled_in_full
from tracker.understanding.message import ParsedMessage
from tracker.understanding.programs import detect_program, named_before_its_specialty, signature_block

log = logging.getLogger(__name__)

Platform = str  # thalamus | eras | interview_broker | residencycas | email | other

PLATFORM_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("thalamus", re.compile(r"\bthalamus\b", re.I)),
    ("interview_broker", re.compile(r"\binterview\s?broker\b", re.I)),
    ("residencycas", re.compile(r"(?i:\bresidency\s?cas\b)|(?<![-\w])Liaison\b")),
    # (not "the ERAS email on file", "your ERAS application": what the applicant gave ERAS)
    ("eras", re.compile(r"\bmyeras\b|\bERAS\b(?! (?:e-?mail|address|application|photo|ID|number|token|profile)\b)")),  # noqa: E501
)

# Lower-case words one of which each of PLATFORM_WORDS needs ("ERAS" is read as written: the test
# on lower-cased text only lets more through).
_PLATFORM_NEEDS = {
    "thalamus": ("thalamus",),
    "interview_broker": ("broker",),
    "residencycas": ("cas", "liaison"),
    "eras": ("eras",),
}


def folded(text: str) -> str | None:
    """`text` lower-cased for cheap word tests, or None when it is not ASCII: IGNORECASE folds some
    other letters to ASCII ones ("ı" matches "i"), so such text is always searched."""
    return text.lower() if text.isascii() else None


def _search(
    pattern: re.Pattern[str], text: str, lowered: str | None, words: tuple[str, ...]
) -> re.Match[str] | None:
    """`pattern.search(text)`, skipped when the (ASCII) text lacks every word the pattern needs."""
    if lowered is not None and not any(word in lowered for word in words):
        return None
    return pattern.search(text)


_FORWARD_MARK = re.compile(
    r"^[ \t>]*(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:)[ \t]*$",
    re.I | re.M,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(?:fwd?|fw)\s*:", re.I)
_OUTLOOK_FORWARD = re.compile(r"^[ \t]*_{10,}[ \t]*\n(?=From: )|^(?=From: .+\n(?:Sent|Date): )", re.M)
_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|fw|aw|tr)\s*:\s*)+", re.I)
_QUOTE_START = re.compile(
    r"^(?:On .{0,200}wrote:\s*$|-{2,}\s*Original Message\s*-{2,}|_{10,}\s*$|From: .+\n(?:Sent|Date): |"
    # "----- Your invitation -----" above a copy of an earlier mail (a confirmation repeating it)
    r"[ \t]*[-=*]{3,}[ \t]*(?i:your|the|original|previous|earlier|our)[ \t]+(?:\w+[ \t]+)?"
    r"(?i:invitation|message|e-?mail|note|letter)[ \t]*[-=*]{3,}[ \t]*$)",
    re.M,
)


# A portal's notice that carries a program's message below a "From: / Sent:" block ("You have
# received a new message in the MyERAS Post Office", "The following message was sent to you through
# the ERAS Post Office", "You have received the following message in your MyERAS Post Office"): the
# block is the message itself, not an earlier mail quoted in a reply.
_CARRIER = re.compile(
    r"\b(?:received|have|is|a) (?:a )?new message\b|"
    r"\bmessages?\b[^.\n]{0,40}? (?:through|in|via|to) "
    r"(?:the |your )?(?:[\w-]+ ){0,2}?(?:post office|portal|message center|inbox)\b",
    re.I,
)
_HEADER_BLOCK = re.compile(r"^From: .+\n(?:Sent|Date): ", re.M)


def _carried(text: str) -> bool:
    """Whether the text is a portal's notice carrying a message under a "From: / Sent:" block."""
    block = _HEADER_BLOCK.search(text)
    if block is None or block.start() > 600:
        return False
    head = text[: block.start()]
    first = _QUOTE_START.search(text)
    return first is not None and first.start() == block.start() and bool(_CARRIER.search(head))


@dataclass(frozen=True)
class MessageText:
    """The text of the message to judge, as the rules read it: the forwarded original when there is
    one, else the message itself, without quoted replies."""

    from_addr: str
    from_name: str
    subject: str
    date: datetime | None
    text: str
    links: list[str]
    calendars: list[str]
    forwarded: bool = False
    forwarded_by: str = ""
    # What each HTML link says ("Choose your interview date"), by its address.
    anchors: dict[str, str] = field(default_factory=dict)
    # The earlier mail a reply quotes: read only for what the new part does not say (the program,
    # the specialty, the format of a one-line "Confirmed for Tue 12/8").
    quoted: str = ""

    @property
    def domain(self) -> str:
        return self.from_addr.rsplit("@", 1)[-1].lower() if "@" in self.from_addr else ""

    @property
    def body(self) -> str:
        """The text that is read (very long mail is read to its first 20,000 characters)."""
        return self.text[:20000]

    @cached_property
    def sentences(self) -> list[str]:
        """The body's sentences, split once for every reader of the message."""
        return sentences(self.body)


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
    # The platform the letter tells her to act through, where it came by email (`platform_to_act_in`).
    act_in: Platform | None = None
    format: str = "unknown"
    schedule_url: str | None = None
    calendar_cancelled: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    # Of `interview_dates`: the days booked ("moved your interview to", "Interview Date:", a calendar
    # event), and the days offered only on a condition ("should a seat open on ...").
    booked_dates: list[str] = field(default_factory=list)
    conditional_dates: list[str] = field(default_factory=list)
    # Days said to be full ("Wednesday, December 2 — Full, waitlist open"): a waitlist's days.
    full_dates: list[str] = field(default_factory=list)
    # Days called off ("we must cancel our interview day on Friday, January 22"): a cancellation's days.
    cancelled_dates: list[str] = field(default_factory=list)
    # Days an interview is moved from ("our December 10 session is moved to December 15").
    earlier_dates: list[str] = field(default_factory=list)
    # The program as the mail first names it, where `program` is a fuller spelling of it from the
    # same mail: records link by it (a fuller name may add a school or a hospital that another
    # message of the program does not give).
    named_as: str | None = None


# -- the view -----------------------------------------------------------------------------------


def strip_quoted(text: str) -> str:
    """The new part of a reply: drop `>` lines and everything after "On … wrote:"."""
    return split_quoted(text)[0]


def split_quoted(text: str) -> tuple[str, str]:
    """A reply's new part and the earlier mail it quotes (its `>` marks taken off)."""
    match = _QUOTE_START.search(text)
    quoted = text[match.start() :] if match else ""
    if match:
        text = text[: match.start()]
    lines = text.splitlines()
    new = "\n".join(line for line in lines if not line.lstrip().startswith(">"))
    quoted = "\n".join([*(line for line in lines if line.lstrip().startswith(">")), quoted])
    return new, re.sub(r"(?m)^[ \t]*(?:>[ \t]?)+", "", quoted).strip()


def message_view(parsed: ParsedMessage, tz: ZoneInfo | None = None) -> MessageText:
    """Judge a forwarded message ("Fwd:") on its forwarded original; strip quoted replies."""
    text = parsed.text or ""
    if parsed.html and len(text) < 400 and len(parsed.html_text) > 2 * len(text.strip()):
        # A stub plain part ("View this message in a browser") beside the real HTML letter.
        text = parsed.html_text
    mark = _FORWARD_MARK.search(text)
    is_forward = bool(_FORWARD_SUBJECT.match(parsed.subject)) or bool(
        mark and "forward" in mark.group(0).lower()
    )
    if is_forward and mark is None:
        # Outlook forwards under a rule of underscores and a "From:"/"Sent:" block, no "Forwarded";
        # a note of a line ("Forwarding to my gmail") above it, not a coordinator's signed letter
        outlook = _OUTLOOK_FORWARD.search(text)
        mark = outlook if outlook and len(text[: outlook.start()].strip()) < 200 else None
    if is_forward and mark:
        original = text[mark.end() :]
        headers, body = _forwarded_headers(original)
        from_name, from_addr = parseaddr(headers.get("from", ""))
        sent = _header_date(headers.get("date") or headers.get("sent") or "", tz or ZoneInfo("UTC"))
        body = "\n".join(line[1:].lstrip(" ") if line.startswith(">") else line for line in body.splitlines())
        return MessageText(
            from_addr=(from_addr or parsed.from_addr).lower(),
            from_name=from_name or ("" if from_addr else parsed.from_name),
            subject=headers.get("subject") or _REPLY_PREFIX.sub("", parsed.subject),
            date=sent or parsed.date,
            text=strip_quoted(body),
            quoted=split_quoted(body)[1],
            links=parsed.links,
            calendars=parsed.calendars,
            forwarded=True,
            forwarded_by=parsed.from_addr,
            anchors=parsed.anchors,
        )
    carried = _carried(text)
    return MessageText(
        from_addr=parsed.from_addr,
        from_name=parsed.from_name,
        subject=parsed.subject,
        date=parsed.date,
        text=text if carried else strip_quoted(text),
        quoted="" if carried else split_quoted(text)[1],
        links=parsed.links,
        calendars=parsed.calendars,
        anchors=parsed.anchors,
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


# The zone abbreviations a US mail client writes after a forwarded date ("4:10 PM CST").
_US_ZONES: dict[str, tzinfo | int] = {
    "EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600, "MST": -7 * 3600,
    "MDT": -6 * 3600, "PST": -8 * 3600, "PDT": -7 * 3600, "AKST": -9 * 3600, "AKDT": -8 * 3600,
    "HST": -10 * 3600, "ET": ZoneInfo("America/New_York"), "CT": ZoneInfo("America/Chicago"),
    "MT": ZoneInfo("America/Denver"), "PT": ZoneInfo("America/Los_Angeles"),
}  # fmt: skip


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
            # Imported here: only a forward's non-RFC date needs dateutil (~20 ms of every start-up).
            from dateutil import parser as dateparser

            moment = dateparser.parse(value, fuzzy=True, tzinfos=_US_ZONES)
        except (ValueError, OverflowError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(UTC)


# -- sentences ----------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    """Sentences of a body: paragraphs joined across wrapped lines, split at . ! ? and blank lines."""
    out: list[str] = []
    for paragraph in re.split(r"\n\s*\n", with_months_written(text)):
        joined = re.sub(r"\s*\n\s*", " ", paragraph).strip()
        # (not after a title: "Kindly reply to Ms. Lindahl")
        split = re.split(r"(?<!\b[MD]r\.)(?<!\bMs\.)(?<!\bMrs\.)(?<=[.!?])\s+(?=[A-Z\"'(])", joined)
        parts = [part.strip() for part in split if part.strip()]
        for part in parts:
            # "at 5:00 p.m. Central" is not two sentences: the zone belongs to the time.
            if out and _CLOCK_END.search(out[-1]) and _ZONE_START.match(part):
                out[-1] += " " + part
            else:
                out.append(part)
    return out


_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.$", re.I)
_ZONE_START = re.compile(
    # (or "(noon)" spelled out beside the clock: "12:00 p.m. (noon) Central Time")
    r"(?:Eastern|Central|Mountain|Pacific|Arizona|[ECMP][SD]?T|HA?ST|AK[SD]T|UTC|GMT)\b|Hawai|\((?:noon|midnight)\)"
)


# -- fields -------------------------------------------------------------------------------------


def detect_platform(view: MessageText) -> Platform:
    """Which system the message came through: the sender, else the link to act on."""
    if view.from_addr.lower() in PLATFORM_ADDRESSES:
        return PLATFORM_ADDRESSES[view.from_addr.lower()]
    for name, domains in PLATFORM_DOMAINS.items():
        if any(view.domain == d or view.domain.endswith("." + d) for d in domains):
            return name
    hosts = [_host(link) for link in view.links]
    for name, domains in PLATFORM_DOMAINS.items():
        if name == "other":
            continue
        if any(host == d or host.endswith("." + d) for host in hosts for d in domains):
            return name
    # (a program's own mail with a Calendly or SignUpGenius link came through no platform: the
    # program wrote itself; the booking site's own notifications are "other" by their sender)
    return "email"


def platform_to_act_in(view: MessageText) -> Platform | None:
    """The platform a program's own letter tells the applicant to act through ("please select an
    interview date through Thalamus"): where an invitation is answered, though the letter came by
    email. None when it names none that way."""
    head = view.text[:4000]
    lowered = folded(head)
    for name, pattern in PLATFORM_WORDS:
        if _search(pattern, head, lowered, _PLATFORM_NEEDS[name]) and any(
            _acts_through(head, found) for found in pattern.finditer(head)
        ):
            return name
    return None


# A platform named in words is the one the mail came through only where the applicant is told to act
# through it ("select a date through Thalamus", "sent via Interview Broker"); not where it is named
# in passing ("there is nothing you need to do in Interview Broker", "although most programs
# schedule through ResidencyCAS, we use email", "not affiliated with ERAS").
_PLATFORM_ACTION = re.compile(
    r"\b(?:select|schedul|book|sign|log|respond|reply|accept|choos|claim|view|check|complet|confirm|"
    r"cancel|declin|open|visit|invit|sent|via|message|notif|status|portal|link)\w*",
    re.I,
)
_PLATFORM_ASIDE = re.compile(
    r"\b(?:not|nothing|no need|never|although|though|unlike|instead of|rather than|other programs|"
    r"most programs|affiliated)\b|n't\b",
    re.I,
)


def _acts_through(text: str, found: re.Match[str]) -> bool:
    start = max(text.rfind(".", 0, found.start()), text.rfind("\n\n", 0, found.start())) + 1
    ends = [i for i in (text.find(".", found.end()), text.find("\n\n", found.end())) if i >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    return bool(_PLATFORM_ACTION.search(sentence)) and not _PLATFORM_ASIDE.search(sentence)


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
# The logistics of a day spent there ("Parking: visitor garage", "Check-in, Hilton Building, 1st
# floor lobby", "your room is reserved at the Kahler"): two of them say in person where no word does.
_ON_THE_DAY_THERE = re.compile(
    r"\b(?:parking|visitor (?:garage|lot|badge|pass)|lobby|business (?:attire|casual)|photo id|"
    r"(?:reserved|booked) (?:a|your) (?:hotel )?room|room (?:is |has been )?(?:reserved|booked)|"
    r"hotel|building|check[- ]in\b[^.\n]{0,40}\b(?:hall|building|lobby|room|floor|center)|"
    r"(?:hospital|campus|lab|skills lab|facility) tour|arrive (?:at|by)|main entrance|security desk)\b",
    re.I,
)


_SEPARATE_EVENT = re.compile(
    r"\b(?:second[- ]look|revisit|visit|social|dinner|happy hour|open house|reception|meet (?:and|&) greet|"
    r"mixer|tour of the city|after (?:the )?match|if you match)\b",
    re.I,
)


def _sentence_around(text: str, found: re.Match[str]) -> str:
    start = max(text.rfind(".", 0, found.start()), text.rfind("\n\n", 0, found.start())) + 1
    ends = [i for i in (text.find(".", found.end()), text.find("\n\n", found.end())) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


def detect_format(text: str) -> str:
    """virtual, in_person, hybrid or unknown, from how the interview is described."""
    lowered = folded(text)
    if _search(_HYBRID, text, lowered, ("hybrid",)):
        return "hybrid"
    virtual = _search(
        _VIRTUAL, text, lowered, ("virtual", "zoom", "webex", "teams", "video", "online", "remote")
    )
    in_person = _search(_IN_PERSON, text, lowered, ("person", "site", "campus", "face"))
    if virtual and in_person:
        # "Interviews are virtual; an optional in-person second look" is virtual: the first wins
        # unless both are offered as interview options.
        both = re.search(
            r"\b(?:virtual|in[- ]person)\b\s*(?:or|and|/)\s*(?:an?\s+)?\b(?:virtual|in[- ]person)\b"
            r"|\b(?:virtual|in[- ]person) (?:option|alternative)s? (?:is |are )?(?:also )?"
            r"(?:available|offered)",
            text,
            re.I,
        )
        first, second = sorted((virtual, in_person), key=lambda m: m.start())
        # "Virtual portion (Zoom) ... optional on-site afternoon": both parts of one interview day
        # are hybrid; the other mode only for a separate event (a second look, a social) is not.
        if both or not _SEPARATE_EVENT.search(_sentence_around(text, second)):
            return "hybrid"
        return "virtual" if first is virtual else "in_person"
    if virtual:
        return "virtual"
    if in_person:
        return "in_person"
    if _WHERE_IT_IS.search(text):
        # (a scheduling page's "Location:" is the street address of the day: in person)
        return "in_person"
    there = {m.group(0).lower().split()[0] for m in _ON_THE_DAY_THERE.finditer(text)}
    if _STREET_ADDRESS.search(text):
        there.add("an address")
    return "in_person" if len(there) >= 2 else "unknown"


# "1051 Riverside Drive", "305 East 161st Street", "3601 W. Thirteen Mile Road": where a day is held
# (or where a program's office signs from: alone, one cue of two)
_STREET_ADDRESS = re.compile(
    r"\b\d{2,5}[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)[ \t]+)?(?:[A-Z0-9][\w.'’-]*[ \t]+){1,4}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Drive|Dr|Boulevard|Blvd|Way|Parkway|Pkwy|Lane|Ln|Place|Pl|Pike|"
    r"Highway|Hwy|Court|Ct)\b\.?"
)
_WHERE_IT_IS = re.compile(
    rf"^[ \t]*(?:Location|Where|Address)[ \t]*:?[ \t]*\n?[ \t]*[^\n]{{0,80}}?{_STREET_ADDRESS.pattern}", re.M
)


_ACTION_WORDS = re.compile(
    r"schedul|sign-?up|signup|invit|respond|response|accept|select|book|calendar|portal|interview|rsvp|claim|waitlist",
    re.I,
)
# The words of a button or link to act on ("Choose your interview date", "Sign up", "Accept").
_ACTION_TEXT = re.compile(
    r"\b(?:schedul\w*|sign ?up|invit\w*|respond|accept|select|book|choose|claim|rsvp|interview|"
    r"pick (?:a|your)|reserve|indicate|(?:your|a) (?:interview )?(?:day|date))\b",
    re.I,
)
_MEETING_HOSTS = ("zoom.us", "teams.microsoft.com", "webex.com", "meet.google.com", "whereby.com")
_NOISE_LINK = re.compile(
    r"unsubscribe|privacy|terms|facebook|twitter|instagram|linkedin|youtube|\.png|\.jpe?g|\.gif|mailto:|"
    r"/logo|tracking|manage-preferences|preferences",
    re.I,
)


def schedule_link(
    links: list[str], kind_hint: str | None = None, anchors: dict[str, str] | None = None
) -> str | None:
    """The link to act on: a scheduling system or a link that says (in its address or its words)
    schedule/accept/respond; for a reminder, the video meeting."""
    candidates = [link for link in links if not _NOISE_LINK.search(link)]
    if not candidates:
        return None
    meetings = [link for link in candidates if any(_host(link).endswith(h) for h in _MEETING_HOSTS)]
    if kind_hint in {"reminder", "scheduled"} and meetings:
        return meetings[0]
    platform_hosts = (
        *(d for name, ds in PLATFORM_DOMAINS.items() for d in ds if name != "other"),
        *SCHEDULING_SITES,
        "doodle.com",
    )
    for link in candidates:
        host = _host(link)
        if any(host == d or host.endswith("." + d) for d in platform_hosts):
            return link
    for link in candidates:
        if _ACTION_WORDS.search(link) or _ACTION_TEXT.search((anchors or {}).get(link, "")):
            return link
    if meetings:
        return meetings[0]
    # An invitation's one link beyond a bare home page is the link to act on.
    deep = [link for link in candidates if re.match(r"https?://[^/]+/[^?#\s]+", link)]
    return deep[0] if kind_hint == "invitation" and len(deep) == 1 == len(candidates) else None


_TRACKS = (
    ("transitional", re.compile(r"(?i:\btransitional(?: year)?\b)|\bTY\b")),
    (
        "preliminary",
        # (not "preliminary interview"; "Track: Preliminary" on a line before "Interview Date:" is one)
        re.compile(
            r"\bprelim(?:inary)?\b(?![ \t]+(?:interview|schedule|itinerary|agenda|list|results?))", re.I
        ),
    ),
    ("categorical", re.compile(r"\bcategorical\b", re.I)),
    (
        "advanced",
        re.compile(
            r"\badvanced(?:\s*\(PGY-?2\))?\s+(?:track|positions?|programs?|residency|pgy-?2)\b|\(advanced\)"
            r"|\bPGY-?2 (?:start|position)"
            # "our advanced (PGY-2) Neurology position"
            r"|\badvanced\s*\(PGY-?2\)\s+(?:[\w/&-]+\s+){1,3}?(?:track|positions?|programs?|residency)\b"
            # "Diagnostic Radiology - Advanced" (a platform's position line)
            r"|(?<=[a-z])[ \t]*[-–—][ \t]*(?-i:Advanced)\b"
            # "(Advanced, PGY-2)", "(PGY-2 Advanced)"
            r"|\(\s*(?:advanced,?\s+PGY-?2|PGY-?2,?\s+advanced)\s*\)"
            # "Declining advanced Neurology interview", "your advanced invitation"
            r"|\badvanced (?:(?-i:[A-Z])[\w/&-]* ){0,3}(?:invitation|interview)\b"
            r"(?![ \t]+(?:skills?|prep\w*|tips|workshops?|coaching|practice))",
            re.I,
        ),
    ),
)  # fmt: skip


# Lower-case words one of which each track pattern needs.
_TRACK_WORDS = {
    "transitional": ("transitional", "ty"),
    "preliminary": ("prelim",),
    "categorical": ("categorical",),
    "advanced": ("advanced", "pgy"),
}


def detect_track(text: str, specialty: str | None) -> str | None:
    """categorical, preliminary, advanced, transitional, or None when the mail does not say."""
    if specialty == "Transitional Year":
        return "transitional"
    lowered = folded(text)
    found = [
        (m.start(), name)
        for name, pattern in _TRACKS
        if (m := _search(pattern, text, lowered, _TRACK_WORDS[name]))
    ]
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
    # The program's own title under the letter ("Psychiatry Residency Program Coordinator") says more
    # than a word in passing ("congratulations on your many pediatrics interviews").
    signed = set(signature_block(text[:6000]))
    for mention in find_specialties(text[:6000]):
        after = text[mention.end : mention.end + 40].lower()
        before = text[max(0, mention.start - 40) : mention.start].lower()
        score = 1.0
        named = re.match(r"\s*(?:residency|program|track|position|department|interview|applicant|-|–)", after)
        # (a platform's program line: "Icahn School of Medicine at Mount Sinai – Internal Medicine,
        # Preliminary")
        tracked = re.match(r"\s*,\s*(?:preliminary|categorical|advanced)\b", after)
        if named or tracked or mention.text.lower().endswith("residency"):  # ("Pediatric Residency")
            score += 2
        # Another program of hers the mail says it leaves alone ("Your Neurology interview, if any, is
        # not affected by this cancellation") is not the one it is about.
        rest = re.split(r"[.!?\n]", text[mention.end : mention.end + 120], maxsplit=1)[0]
        if re.search(r"\b(?:not affected|unaffected|is separate|not change)\b", rest, re.I):
            score -= 2
        if re.search(r"(?:preliminary|categorical|advanced|in|for|to|department of|our)\s*$", before):
            score += 0.5
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        if text[line_start : line_end if line_end >= 0 else None].strip() in signed:
            score += 1
        if mention.specialty == "Surgery" and re.search(
            r"(?:cardiac|pediatric|colorectal|trauma)\s*$", before
        ):
            score -= 1
        scores[mention.specialty] = scores.get(mention.specialty, 0) + score
        first.setdefault(mention.specialty, mention.start)
    if not scores:
        return None
    return max(scores, key=lambda s: (scores[s], -first[s]))


# Roles a list of dates shares with its first ("a social on December 2, December 9 and January 6").
_LISTED_ROLES = frozenset({"social", "lodging", "second look", "start"})
# (a comma or an "and" between them: dates in a row of a table, one after another, are not a list)
_LIST_BETWEEN = re.compile(
    r"\s*(?:[,;]\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)(?:[A-Z][a-z]+day,?\s+)?", re.I
)


# A sentence about the interview day itself, where "tomorrow" or "next Tuesday" names it.
_ABOUT_THE_DAY = re.compile(
    r"\b(?:interview|visit|session|log ?in|arrive|zoom|itinerary|see you|seeing you|meet you|meeting you)\w*",
    re.I,
)
_NO_THANKSGIVING = re.compile(
    r"\b(?:no|not|except|skip\w*|without)\b[^.]{0,40}\bthanksgiving\b", re.I
)


def _interview_days(result: Extraction, dated: list[tuple[str, DateMention]], tz: ZoneInfo) -> None:
    """The interview days among the dates: those offered or booked (and a calendar event's), not a
    deadline, a social, a second look, the start of residency or a day moved from. An evening's date
    is a social's when there are day-time ones. The days booked, and the ones offered only on a
    condition, are kept apart for the kinds that need them (`Classification`)."""
    days = [(role, m) for role, m in dated if role in {"interview", "booked", "calendar", "conditional"}]
    daytime = [(role, m) for role, m in days if m.at is None or m.at.astimezone(tz).hour < 17]
    days = daytime or days
    offered: dict[date, datetime | None] = {}
    for _role, mention in days:
        if offered.get(mention.day) is None:
            offered[mention.day] = mention.at
    result.interview_dates = sorted(d.isoformat() for d in offered)
    result.booked_dates = sorted({m.day.isoformat() for role, m in days if role in {"booked", "calendar"}})
    result.conditional_dates = sorted({m.day.isoformat() for role, m in days if role == "conditional"})
    result.full_dates = sorted({m.day.isoformat() for role, m in dated if role == "full"})
    result.cancelled_dates = sorted({m.day.isoformat() for role, m in dated if role == "cancelled"})
    result.earlier_dates = sorted({m.day.isoformat() for role, m in dated if role == "earlier"})
    booked = {date.fromisoformat(day) for day in result.booked_dates}
    timed = [at for day, at in offered.items() if at is not None and (not booked or day in booked)]
    if len(offered) == 1 and timed or len(timed) == 1 and (booked or len(offered) == 1):
        result.interview_at = timed[0].astimezone(UTC)


def _dated_line(sentence: str, mention: DateMention) -> bool:
    """Whether a sentence says anything beside the date it gives (a letter's date line says none)."""
    return bool(re.search(r"\w", sentence[: mention.start] + sentence[mention.end :]))


def extract(view: MessageText, *, tz: ZoneInfo, now: datetime, applicant_name: str = "") -> Extraction:
    """Every field of `Extraction` from one message view."""
    sent = view.date or now
    reference = sent.astimezone(tz).date()
    body = view.body
    quoted = view.quoted[:6000]
    specialty = (
        detect_specialty(view.subject, body)
        or detect_specialty(view.from_name, "")
        or (detect_specialty("", quoted) if quoted else None)
        # A platform's notice may name the program only by its number ("ACGME Program ID: 44004...").
        or specialty_of_program_number(program_number(view.subject + "\n" + body))
    )
    program = detect_program(
        view.subject, view.text, view.from_name, applicant_name, view.domain, elsewhere=quoted,
        sender=view.from_addr,
    )
    if program is None and quoted:
        program = detect_program("", quoted, "", applicant_name, view.domain)
    if program is None:
        program = named_before_its_specialty(view.subject, view.text, applicant_name)
    named_as = program
    if program is not None:
        program = spelled_in_full(program, view.subject + "\n" + view.text[:5000])
    form = detect_format(view.subject + "\n" + body)
    platform = detect_platform(view)
    result = Extraction(
        program=program,
        specialty=specialty,
        track=detect_track(view.subject + "\n" + body[:6000], specialty)
        or (detect_track(quoted, specialty) if quoted else None),
        platform=platform,
        act_in=platform_to_act_in(view) if platform == "email" else None,
        format=form if form != "unknown" or not quoted else detect_format(quoted),
        named_as=named_as if named_as != program else None,
    )
    dated: list[tuple[str, DateMention]] = []  # (role, mention)
    deadlines: list[datetime] = []
    relative: list[datetime] = []
    thanksgiving_off = _NO_THANKSGIVING.search(body) is not None
    monthless: list[tuple[str, DateMention]] = []  # days named without a month, for mail that dates none
    for sentence in [view.subject, *view.sentences]:
        mentions = find_dates(sentence, reference, tz)
        previous: tuple[str, DateMention] | None = None
        for mention in weekly_series(sentence, mentions, thanksgiving_off=thanksgiving_off):
            role = date_role(sentence, mention)
            if role == "interview" and mention.day == reference and not _dated_line(sentence, mention):
                role = "past"  # "October 19, 2026" on its own line: the letter's date
            if previous and role == "interview" and previous[0] in _LISTED_ROLES and (
                _LIST_BETWEEN.fullmatch(sentence[previous[1].end : mention.start])
            ):
                # "the nights of December 2, December 9 and January 6": a list shares its role
                role = previous[0]
            previous = (role, mention)
            dated.append((role, mention))
            if role == "deadline":
                deadlines.append(mention.at or datetime.combine(mention.day, time(23, 59), tz))
        if not mentions and (named := weekday_deadline(sentence, sent, tz)):
            deadlines.append(named)
        if not mentions and _ABOUT_THE_DAY.search(sentence):
            # "Your interview is tomorrow at 8 AM", "see you next Tuesday", "Tuesday the 12th"
            for mention in named_days(sentence, reference, tz):
                if (role := date_role(sentence, mention)) in {"interview", "booked"}:
                    monthless.append((role, mention))
        if later := relative_deadline(sentence, sent):
            relative.append(later)
            phrase = HELD.search(sentence) or RELATIVE.search(sentence) or WINDOW.search(sentence)
            said = phrase.group(0) if phrase else "relative"
            result.evidence.append(Evidence("deadline", None, "body", said))
    if not any(role in {"interview", "booked"} for role, _mention in dated):
        dated.extend(monthless)
    starts, result.calendar_cancelled = calendar_dates(view.calendars, tz)
    for start in starts:
        day = start.astimezone(tz).date() if isinstance(start, datetime) else start
        at = start if isinstance(start, datetime) else None
        dated.append(("calendar", DateMention(day, at, 0, 0, False)))
    if starts:
        result.evidence.append(Evidence("calendar", None, "fields", f"{len(starts)} event(s)"))
    _interview_days(result, dated, tz)
    if dated:
        roles: dict[str, list[str]] = {}
        for role, mention in dated:
            roles.setdefault(role, [])
            if (written := mention.day.isoformat()) not in roles[role]:
                roles[role].append(written)
        shown = "; ".join(f"{role} {', '.join(days)}" for role, days in roles.items())
        result.evidence.append(Evidence("dates", None, "fields", shown))
    # A date written out beats a window counted from the message ("within 48 hours ... in any case
    # no later than noon on Thursday"); the earliest one still ahead when the mail was sent wins.
    for candidates in (deadlines, relative):
        future = [d for d in candidates if d >= sent - timedelta(days=1)] or candidates
        if future:
            result.respond_by = min(future).astimezone(UTC)
            break
    return result
