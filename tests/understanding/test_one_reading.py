"""One reading for each job: a message's bytes are parsed once (the stdlib, `policy.default`), its
HTML is rendered to text once, and each calendar part is read once, by icalendar."""

from __future__ import annotations

import email
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from tracker.config import Applicant
from tracker.errors import ParseError
from tracker.understanding import message as parsing
from tracker.understanding.calendars import calendar_request, read_calendar
from tracker.understanding.classify import classify
from tracker.understanding.dates import calendar_dates
from tracker.understanding.message import html_to_text, parse_message

TRACKER = Path(__file__).parents[2] / "tracker"
APPLICANT = Applicant(name="Jordan Lee", email="jordan.lee.match2027@gmail.com", timezone="America/New_York")
ET = ZoneInfo(APPLICANT.timezone)
HEAD = (
    "From: Larchmont Psychiatry <psychres@larchmont.org>\r\nTo: jordan.lee.match2027@gmail.com\r\n"
    "Subject: Interview\r\nMessage-ID: <m@larchmont.org>\r\nDate: Tue, 10 Nov 2026 10:00:00 -0500\r\n"
    "MIME-Version: 1.0\r\n"
)
CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
    "UID:abc-123@larchmont.org\r\nDTSTAMP:20261110T140000Z\r\nDTSTART:20270203T140000Z\r\n"
    "SUMMARY:Psychiatry residency interview - Larchmont\r\n"
    "ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:jordan.lee.match2027@gmail.com\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def multipart(*parts: str, subtype: str = "mixed", head: str = HEAD) -> bytes:
    body = "".join(f"--b\r\n{part}\r\n" for part in parts) + "--b--\r\n"
    return (head + f'Content-Type: multipart/{subtype}; boundary="b"\r\n\r\n' + body).encode("utf-8")


def plain(text: str) -> str:
    return f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}"


# -- one parse ----------------------------------------------------------------------------------


def test_a_message_is_parsed_and_its_html_rendered_once_from_bytes_to_classification(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parses: list[int] = []
    renders: list[int] = []
    real_parse, real_render = email.message_from_bytes, parsing.html_to_text
    monkeypatch.setattr(email, "message_from_bytes", lambda *a, **k: parses.append(1) or real_parse(*a, **k))
    monkeypatch.setattr(parsing, "html_to_text", lambda html: renders.append(1) or real_render(html))
    html = (
        "<p>Dear Jordan,</p><p>Larchmont Hospital Psychiatry Residency has invited you to interview. "
        '<a href="https://t.example.net/c/1">Choose your interview date</a></p>'
    )
    raw = multipart(
        plain("View this message in a browser."),
        f"Content-Type: text/html; charset=utf-8\r\n\r\n{html}",
        subtype="alternative",
    )
    result = classify(parse_message(raw), applicant=APPLICANT)
    assert result.kind == "invitation"  # read from the HTML letter behind the stub plain part
    assert result.schedule_url == "https://t.example.net/c/1"  # by the words of its link
    assert (parses, renders) == ([1], [1])


def test_no_module_but_the_message_reader_parses_mime_or_html() -> None:
    readers = re.compile(r"message_from_bytes|message_from_string|BytesParser|\bmailparser\b|HTMLParser")
    found = {
        str(path.relative_to(TRACKER))
        for path in TRACKER.rglob("*.py")
        if readers.search(path.read_text(encoding="utf-8"))
    }
    assert found == {"understanding/message.py"}


def test_a_folded_subject_reads_as_one_line() -> None:
    raw = HEAD.replace(
        "Subject: Interview", "Subject: Re: Riverside University Medical Center -\r\n Interview"
    )
    parsed = parse_message((raw + "\r\nThanks!\r\n").encode())
    assert parsed.subject == "Re: Riverside University Medical Center - Interview"


def test_a_repeated_header_is_read_as_its_first() -> None:
    raw = HEAD + "Subject: A second subject\r\nMessage-ID: <second@x>\r\n\r\nHello.\r\n"
    parsed = parse_message(raw.encode())
    assert (parsed.subject, parsed.message_id) == ("Interview", "<m@larchmont.org>")


def test_an_at_sign_in_an_unquoted_name_keeps_the_sender_address() -> None:
    raw = HEAD.replace("Larchmont Psychiatry <", "psychres@larchmont <") + "\r\nHello.\r\n"
    assert parse_message(raw.encode()).from_addr == "psychres@larchmont.org"


def test_absurdly_nested_mail_is_unreadable() -> None:
    nesting = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(3000)
    )
    with pytest.raises(ParseError):
        parse_message((HEAD + nesting + "Content-Type: text/plain\r\n\r\nhello\r\n").encode())


def test_a_named_text_part_is_the_body_only_when_nothing_else_is() -> None:
    named = 'Content-Type: text/plain; name="notes.txt"\r\n\r\nNotes from the program.'
    assert parse_message(multipart(plain("Dear Jordan, hello."), named)).text == "Dear Jordan, hello."
    assert parse_message(multipart(named)).text == "Notes from the program."


# -- one HTML reader ----------------------------------------------------------------------------


def test_html_gives_its_text_links_and_the_words_of_each_link_in_one_reading() -> None:
    read = html_to_text(
        "<html><head><title>Hidden</title></head><body><p>We&rsquo;d love to see you.</p>"
        '<p><a href="https://t.example.net/c/1"><b>Pick</b> your<!-- x --> interview&nbsp;day</a> | '
        '<a href="https://ashgrove.org/">Our <a href="https://inner.example/">website</a></a> '
        '<a href="mailto:gme@ashgrove.org">Write to us</a></p></body></html>'
    )
    assert read.text == "We\u2019d love to see you.\n\nPick your interview day | Our website Write to us"
    assert read.links == ["https://t.example.net/c/1", "https://ashgrove.org/", "https://inner.example/"]
    assert read.anchors == {
        "https://t.example.net/c/1": "Pick your interview day",
        "https://ashgrove.org/": "Our website",
        "mailto:gme@ashgrove.org": "Write to us",
    }


# -- one calendar reader ------------------------------------------------------------------------


def test_a_calendar_is_read_once_for_its_dates_and_its_request(monkeypatch: pytest.MonkeyPatch) -> None:
    read_calendar.cache_clear()
    reads: list[int] = []
    real = icalendar.Calendar.from_ical
    monkeypatch.setattr(icalendar.Calendar, "from_ical", lambda text: reads.append(1) or real(text))
    raw = multipart(
        plain("See attached."),
        f"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n{CALENDAR}",
    )
    result = classify(parse_message(raw), applicant=APPLICANT)
    assert result.kind == "invitation"
    assert result.interview_dates == ["2027-02-03"]
    assert reads == [1]


def test_a_calendar_sent_inline_and_attached_counts_once() -> None:
    # Google and Outlook send one invitation as a text/calendar part and again as invite.ics.
    raw = multipart(
        plain("See the invitation."),
        f"Content-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n{CALENDAR}",
        'Content-Type: application/ics; name="invite.ics"\r\n'
        f'Content-Disposition: attachment; filename="invite.ics"\r\n\r\n{CALENDAR}',
    )
    parsed = parse_message(raw)
    assert [a.filename for a in parsed.attachments if a.text] == ["invite.ics"]
    assert "calendar: 1 event(s)" in classify(parsed, applicant=APPLICANT).evidence


def test_a_folded_calendar_summary_is_read_whole() -> None:
    folded = CALENDAR.replace(
        "SUMMARY:Psychiatry residency interview - Larchmont",
        "SUMMARY;LANGUAGE=en-US:Larchmont Psychiatry: a day with our residents and the\r\n  interview",
    )
    assert (
        calendar_request([folded])
        == "SUMMARY:Larchmont Psychiatry: a day with our residents and the interview"
    )


def test_a_broken_calendar_part_contributes_nothing() -> None:
    broken = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:interview\r\nRSVP=TRUE\r\n"
    assert calendar_dates([broken], ET) == ([], False)
    assert calendar_request([broken]) is None
