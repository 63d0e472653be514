"""Building and judging messages for the classification, extraction and records tests (no tests here)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from tracker.config import Applicant, Rule
from tracker.understanding.classify import Classification, classify
from tracker.understanding.extraction import message_view
from tracker.understanding.message import ParsedMessage, parse_message
from tracker.understanding.signals import find_signals

ET = ZoneInfo("America/New_York")
APPLICANT = Applicant(name="Jordan Lee", email="jordan.lee.match2027@gmail.com", timezone="America/New_York")


def eml(
    body: str,
    *,
    subject: str = "Residency",
    sender: str = "Program Coordinator <coordinator@example-health.org>",
    sent: datetime = datetime(2026, 11, 10, 9, 30, tzinfo=ET),
    html: str | None = None,
    message_id: str | None = None,
    headers: dict[str, str] | None = None,
    calendar: str | None = None,
) -> bytes:
    """A message as raw bytes."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = APPLICANT.email
    message["Subject"] = subject
    message["Date"] = format_datetime(sent)
    if message_id:
        message["Message-ID"] = message_id
    for key, value in (headers or {}).items():
        message[key] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    if calendar is not None:
        message.add_attachment(calendar.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return message.as_bytes()


def parsed(body: str, **kwargs: object) -> ParsedMessage:
    return parse_message(eml(body, **kwargs))  # type: ignore[arg-type]


def judge(body: str, *, rules: list[Rule] | None = None, **kwargs: object) -> Classification:
    """Classify a message built from `body` for the test applicant."""
    return classify(parsed(body, **kwargs), applicant=APPLICANT, rules=rules or [])


def rules(body: str, **kwargs: object) -> Classification:
    """The phrase rules alone (the net switched off) on a message built from `body`."""
    return classify(parsed(body, **kwargs), applicant=APPLICANT, net=False)


def signal_names(body: str, **kwargs: object) -> set[str]:
    """The names of the signals found in a message built from `body`."""
    return {hit.signal.name for hit in find_signals(message_view(parsed(body, **kwargs)))}


def decided(result: Classification) -> bool:
    """Whether the kind rests on more than weak invitation evidence."""
    return not any(e.startswith("weak invitation evidence") for e in result.evidence)
