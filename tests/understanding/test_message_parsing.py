"""parse_message: mail-parser's result, with the message it built walked again (never parsed twice)
for mis-decoded 8-bit bodies and inline calendar parts."""

from __future__ import annotations

import email
from pathlib import Path

import mail
import pytest

from tracker.errors import ParseError
from tracker.understanding import message as parsing
from tracker.understanding.message import parse_message

CORPUS = Path(__file__).parents[1] / "data" / "corpus"

def test_message_is_parsed_by_the_stdlib_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = email.message_from_bytes

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(email, "message_from_bytes", counting)
    parsed = parse_message((CORPUS / "can-ics-075.eml").read_bytes())
    assert parsed.calendars and parsed.text
    assert len(calls) == 1  # mail-parser's own parse; the calendar comes from walking its message


def test_inline_calendar_part_is_kept_with_its_text() -> None:
    raw = mail.load("understanding/inline-calendar-part.eml")
    parsed = parse_message(raw)
    assert [a.filename for a in parsed.attachments if a.text] == ["invite.ics"]
    assert "DTSTART:20261103T140000Z" in parsed.calendars[0]


def test_calendar_attachment_is_not_listed_twice() -> None:
    parsed = parse_message((CORPUS / "can-ics-075.eml").read_bytes())
    assert [a.filename for a in parsed.attachments if a.text] == ["interview.ics"]


def test_encoded_calendar_filename_is_decoded() -> None:
    raw = mail.load("understanding/encoded-calendar-filename.eml")
    parsed = parse_message(raw)
    assert "entrevista León.ics" in [a.filename for a in parsed.attachments]


def test_latin1_8bit_body_is_decoded_by_its_declared_charset() -> None:
    raw = mail.load("understanding/latin1-8bit-body.eml")
    parsed = parse_message(raw)
    assert "León, señor" in parsed.text and "\ufffd" not in parsed.text


def test_html_only_message_reads_as_text_with_links() -> None:
    parsed = parse_message((CORPUS / "hard-html-only-thalamus-invitation.eml").read_bytes())
    assert parsed.html and parsed.text and "<" not in parsed.text
    assert parsed.links


def test_body_parts_are_decoded_only_when_mail_parser_text_is_unusable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[str] = []
    real = parsing._part_text

    def recording(part: email.message.Message) -> str:
        decoded.append(part.get_content_type())
        return real(part)

    monkeypatch.setattr(parsing, "_part_text", recording)
    parse_message(b"From: a@b.example\r\nSubject: Hi\r\n\r\nPlain ASCII body.\r\n")
    assert decoded == []


def test_body_hidden_by_a_malformed_boundary_header_is_still_read() -> None:
    # The line break after the boundary is lost: mail-parser's compat32 parse sees no parts.
    raw = (CORPUS / "info-thanks-081.eml").read_bytes()
    raw = raw.replace(b'081"\nMIME-Version', b'081"cMIME-Version', 1)
    assert b'081"cMIME-Version' in raw
    parsed = parse_message(raw)
    assert parsed.text.startswith("Dear Jordan,")
    assert "Thank you for interviewing" in parsed.text


def test_part_with_an_unknown_charset_is_read_as_utf8() -> None:
    raw = mail.load("understanding/unknown-charset.eml")
    assert "Interview in München" in parse_message(raw).text


def test_empty_message_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_message(b"  \r\n")
