"""Building and judging messages for the classification, extraction and records tests (no tests here)."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from tracker.config import Applicant, Rule
from tracker.understanding.classify import Classification, classify
from tracker.understanding.message import ParsedMessage, parse_message
from tracker.understanding.model import shipped

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
    """Classify a message built from `body` (the name kept from when the rules could be asked alone)."""
    return classify(parsed(body, **kwargs), applicant=APPLICANT)


def decided(result: Classification) -> bool:
    """Whether the model is sure of the kind (whatever else asks a person to look, such as a missing
    program)."""
    model = shipped()
    assert model is not None
    policy = model.meta["policy"]
    return result.confidence >= policy["sure_invitation" if result.kind == "invitation" else "sure"]
