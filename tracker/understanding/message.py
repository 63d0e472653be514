"""Raw message bytes to a typed `ParsedMessage` (mail-parser, with the stdlib as a fallback)."""

from __future__ import annotations

import email
import email.policy
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.message import Message
from email.utils import collapse_rfc2231_value, getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from tracker.errors import ParseError

log = logging.getLogger(__name__)

_URL = re.compile(r"""https?://[^\s<>"'\])]+""", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    # Kept only for calendar parts, which contribute interview dates.
    text: str | None = None


@dataclass(frozen=True)
class ParsedMessage:
    """What Invite Tracker reads from one email."""

    message_id: str
    from_name: str
    from_addr: str
    to: list[str]
    subject: str
    date: datetime | None  # timezone-aware, UTC
    in_reply_to: str
    references: list[str]
    text: str  # the plain part, or readable text from the HTML part
    html: str
    links: list[str]
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    @property
    def calendars(self) -> list[str]:
        """The text of every calendar (.ics) part."""
        return [a.text for a in self.attachments if a.text is not None]


class _TextExtractor(HTMLParser):
    """Readable text and the links of an HTML body; scripts and styles dropped."""

    _BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style", "head", "title"}:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href")
            if href and href.lower().startswith(("http://", "https://")):
                self.links.append(href.strip())

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "head", "title"} and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK or tag == "td":
            self.parts.append("\n" if tag != "td" else " ")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts).replace("\xa0", " ")
        lines = [re.sub(r"[ \t]+", " ", line).strip() for line in joined.splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> tuple[str, list[str]]:
    """Readable text and the links from an HTML body."""
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except Exception:  # HTMLParser is lenient; this is belt and braces for hostile input
        log.debug("parsing: HTML extraction failed", exc_info=True)
    return extractor.text(), extractor.links


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _links_in(text: str) -> list[str]:
    return [url.rstrip(".,;:!?") for url in _URL.findall(text)]


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 5322 bytes; raises ParseError when nothing usable can be read."""
    if not raw or not raw.strip():
        raise ParseError("empty message")
    import mailparser  # here, not at the top: a sync alone does not need it

    try:
        parsed = mailparser.parse_from_bytes(raw)
    except Exception as e:  # mail-parser raises a variety of low-level errors
        log.debug("parsing: mail-parser failed, using the stdlib parser", exc_info=True)
        try:
            return _parse_with_stdlib(raw)
        except Exception as fallback_error:
            raise ParseError(f"unparseable message: {e}") from fallback_error

    from_name, from_addr = parsed.from_[0] if parsed.from_ else ("", "")
    plain = _normalise("\n".join(parsed.text_plain or []))
    html = _normalise("\n".join(parsed.text_html or []))
    # The message mail-parser built is walked again rather than parsed a second time.
    parts = _Parts.of(parsed.message)
    if not plain.strip() and not html.strip() and not parts.plain() and not parts.html():
        # A malformed MIME header (e.g. a boundary run into the next header) can hide every body
        # from mail-parser's compat32 parse; the stdlib's modern header parser may still find them.
        parts = _Parts.of(_modern_message(raw))
    # mail-parser mis-decodes some 8-bit bodies; the stdlib's decoding wins when it differs.
    if "\ufffd" in plain or not plain.strip():
        plain = parts.plain() or plain
    if "\ufffd" in html or not html.strip():
        html = parts.html() or html
    html_text, html_links = html_to_text(html) if html else ("", [])
    text = plain if plain.strip() else html_text
    attachments = [_attachment(a) for a in parsed.attachments or []]
    attachments.extend(parts.calendars({a.filename for a in attachments if a.text}))

    date = parsed.date
    if date is not None and date.tzinfo is None:
        date = date.replace(tzinfo=UTC)
    headers = parsed.headers or {}
    return ParsedMessage(
        message_id=(parsed.message_id or "").strip(),
        from_name=from_name or "",
        from_addr=(from_addr or "").lower(),
        to=[addr.lower() for _name, addr in (parsed.to or []) if addr],
        subject=(parsed.subject or "").strip(),
        date=date.astimezone(UTC) if date else None,
        in_reply_to=_first_id(str(headers.get("In-Reply-To", ""))),
        references=_MSGID.findall(str(headers.get("References", ""))),
        text=text.strip(),
        html=html,
        links=_unique(html_links + _links_in(plain)),
        attachments=attachments,
        defects=sorted(parsed.defects_categories or []),
    )


def _first_id(value: str) -> str:
    found = _MSGID.findall(value)
    return found[0] if found else value.strip()


def _attachment(item: dict[str, object]) -> Attachment:
    filename = str(item.get("filename") or "")
    content_type = str(item.get("mail_content_type") or "application/octet-stream").lower()
    payload = str(item.get("payload") or "")
    text: str | None = None
    if content_type == "text/calendar" or filename.lower().endswith(".ics"):
        text = _decode_payload(payload, bool(item.get("binary")), item.get("charset"))
    return Attachment(filename, content_type, len(payload), text)


def _decode_payload(payload: str, binary: bool, charset: object) -> str:
    if not binary:
        return payload
    import base64

    try:
        data = base64.b64decode(payload)
    except ValueError:
        return payload
    return data.decode(str(charset or "utf-8"), errors="replace")


def _modern_message(raw: bytes) -> Message | None:
    try:
        return email.message_from_bytes(raw, policy=email.policy.default)
    except Exception:
        log.debug("parsing: the stdlib parser failed too", exc_info=True)
        return None


def _part_text(part: Message) -> str:
    """A text part decoded as the stdlib's `get_content()` does: its declared charset, else
    ASCII, and UTF-8 when the declared charset is unknown."""
    try:
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            return ""
        charset = part.get_param("charset", "ascii")
        if isinstance(charset, tuple):
            charset = collapse_rfc2231_value(charset)
        try:
            content = payload.decode(str(charset), errors="replace")
        except (LookupError, ValueError):
            content = payload.decode("utf-8", errors="replace")
    except Exception:  # a hostile part must not cost the message
        log.debug("parsing: a text part could not be decoded", exc_info=True)
        return ""
    return _normalise(content)


def _decoded_filename(part: Message) -> str | None:
    name = part.get_filename()
    if name and "=?" in name:
        try:
            return str(make_header(decode_header(name)))
        except (HeaderParseError, LookupError, UnicodeError):
            return name
    return name


@dataclass
class _Parts:
    """The body and calendar parts of a parsed message, found in one walk, decoded only on demand."""

    plain_parts: list[Message] = field(default_factory=list)
    html_parts: list[Message] = field(default_factory=list)
    calendar_parts: list[Message] = field(default_factory=list)

    @classmethod
    def of(cls, message: Message | None) -> _Parts:
        found = cls()
        if message is None:
            return found
        for part in message.walk():
            if part.is_multipart():
                continue
            content_type = part.get_content_type()
            if content_type == "text/calendar":
                found.calendar_parts.append(part)
            if part.get_content_disposition() == "attachment":
                continue
            if content_type == "text/plain":
                found.plain_parts.append(part)
            elif content_type == "text/html":
                found.html_parts.append(part)
        return found

    def plain(self) -> str:
        return "\n".join(_part_text(part) for part in self.plain_parts)

    def html(self) -> str:
        return "\n".join(_part_text(part) for part in self.html_parts)

    def calendars(self, already: set[str]) -> list[Attachment]:
        """Inline text/calendar parts, which mail-parser does not list as attachments."""
        found: list[Attachment] = []
        for part in self.calendar_parts:
            name = _decoded_filename(part) or "invite.ics"
            if name in already:
                continue
            text = _part_text(part)
            found.append(Attachment(name, "text/calendar", len(text), text))
        return found


def _parse_with_stdlib(raw: bytes) -> ParsedMessage:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    from_name, from_addr = (getaddresses([str(message.get("From", ""))]) or [("", "")])[0]
    try:
        date = parsedate_to_datetime(str(message.get("Date", "")))
        if date.tzinfo is None:
            date = date.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError):
        date = None
    parts = _Parts.of(message)
    plain, html = parts.plain(), parts.html()
    html_text, html_links = html_to_text(html) if html else ("", [])
    text = plain if plain.strip() else html_text
    return ParsedMessage(
        message_id=str(message.get("Message-ID", "")).strip(),
        from_name=from_name,
        from_addr=from_addr.lower(),
        to=[a.lower() for _n, a in getaddresses([str(message.get("To", ""))]) if a],
        subject=str(message.get("Subject", "")).strip(),
        date=date.astimezone(UTC) if date else None,
        in_reply_to=_first_id(str(message.get("In-Reply-To", ""))),
        references=_MSGID.findall(str(message.get("References", ""))),
        text=text.strip(),
        html=html,
        links=_unique(html_links + _links_in(plain)),
        attachments=parts.calendars(set()),
        defects=["StdlibFallback"],
    )


def header_summary(raw: bytes) -> dict[str, str]:
    """From, Subject and Date as written, for a message that could not be parsed; never raises."""
    from email.header import decode_header, make_header
    from email.parser import BytesHeaderParser

    try:
        headers = BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    except Exception:
        return {"from": "", "subject": "", "date": ""}
    summary: dict[str, str] = {}
    for name in ("from", "subject", "date"):
        value = headers.get(name, "")
        try:
            text = str(make_header(decode_header(str(value))))
        except Exception:
            text = str(value)
        summary[name] = " ".join(text.split())[:300]
    return summary
