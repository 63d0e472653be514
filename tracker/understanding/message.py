"""Raw message bytes to a typed `ParsedMessage`, in one pass of the stdlib parser (`policy.default`).

Everything that is read from the MIME structure is read here, once: the headers, the text and HTML
bodies (the HTML rendered to text by `html_to_text`, the one reader of HTML), the links, and the
calendar (.ics) parts' text.

Bytes without the header fields of an email (random bytes, a file that is no mail) are not a
message: `parse_message` raises `ParseError`, and the applicant is told about it. A big message is
read without its attachments' bytes (`_slimmed`): only their names, types and sizes matter, and
reading a 50 MB PDF would cost several times its size in memory.
"""

from __future__ import annotations

import email
import email.policy
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import Message
from email.parser import BytesHeaderParser
from email.utils import getaddresses, parsedate_to_datetime
from html.parser import HTMLParser

from tracker.errors import ParseError

log = logging.getLogger(__name__)

_URL = re.compile(r"""https?://[^\s<>"'\])]+""", re.IGNORECASE)
# What a link wrapped onto the next line goes on with there: link characters from the line's start.
_URL_PIECE = re.compile(r"""[^\s<>"'\])]+""")
# A link cut after one of these goes on: a link in running text hardly ever ends on them (a "?" or
# a "." at the end of a line ends the sentence).
_CUT_INSIDE = tuple("-_=&%")
# A piece that is surely more of a link (a path, a query), not the next sentence's first word.
_PATH_LIKE = re.compile(r"[^\s]*[/=&?][^\s]*|[\w.~%+-]*[-_.][\w.~%+-]*\w")
# Mail programs wrap text at 72 to 78 characters; a line this long that ends in a link was cut there.
_WRAP_WIDTH = 70
_MSGID = re.compile(r"<[^<>\s]+>")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
# An address header holding one mailbox: "Name <address>".
_ONE_MAILBOX = re.compile(r"\s*(?P<name>[^<>]*?)\s*<(?P<addr>[^<>@\s]+@[^<>\s]+)>\s*")
_BODY_TYPES = ("text/plain", "text/html")
# The header fields an email has: bytes with none of them are not one (NOT_AN_EMAIL).
NOT_AN_EMAIL = "not an email (no From, Subject, Date or Message-ID header)"
MAIL_HEADERS = frozenset(
    {
        "from", "sender", "reply-to", "to", "cc", "bcc", "subject", "date", "message-id",
        "in-reply-to", "references", "received", "return-path", "delivered-to", "mime-version",
        "content-type", "content-transfer-encoding",
    }
)  # fmt: skip
# Messages bigger than this are read without the bytes of their big attachments, and with at most
# TEXT_LIMIT bytes of each text part (a letter says what it says well before that).
SLIM_ABOVE = 1024 * 1024
ATTACHMENT_LIMIT = 64 * 1024
TEXT_LIMIT = 1024 * 1024
# Set on a part whose body was left out: the size of that body in bytes, as sent.
OMITTED = "X-Invite-Tracker-Omitted"
_TEXT_TYPES = (*_BODY_TYPES, "text/calendar")
# Transfer encodings under which a part's payload is its text as written.
_UNENCODED = ("", "7bit", "8bit", "binary")


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
    # The HTML part as text, and the words of each of its links by address ("Choose your interview
    # date"), as `html_to_text` read them; empty for a message built without `parse_message`.
    html_text: str = ""
    anchors: dict[str, str] = field(default_factory=dict)
    # The headers that say who a message is for: a list's, an auto-reply (`AUDIENCE_HEADERS`).
    audience_headers: dict[str, str] = field(default_factory=dict)

    @property
    def calendars(self) -> list[str]:
        """The text of every calendar (.ics) part."""
        return [a.text for a in self.attachments if a.text is not None]


# -- HTML ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HtmlText:
    """What an HTML body says: its readable text, its web links in order, and the words of each link
    by address."""

    text: str = ""
    links: list[str] = field(default_factory=list)
    anchors: dict[str, str] = field(default_factory=dict)


class _TextExtractor(HTMLParser):
    """Readable text, the links and the words of each link of an HTML body; scripts and styles dropped."""

    _BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "hr"}
    _HIDDEN = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.anchors: dict[str, str] = {}
        self._skip = 0
        # The link being read and its words so far; a tag inside it separates words.
        self._href: str | None = None
        self._words: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._href is not None:
            self._words.append(" ")
        if tag in self._HIDDEN:
            self._skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if href.lower().startswith(("http://", "https://")):
                self.links.append(_tidy_link(href.strip()))
            if href.strip() and self._href is None:  # a link inside a link reads as part of the outer one
                self._href, self._words = href.strip(), []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <img/>: no link opens or closes here.
        if self._href is not None:
            self._words.append(" ")
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._href is not None:
            self._words.append(" ")
        if tag in self._HIDDEN and self._skip:
            self._skip -= 1
        elif tag in self._BLOCK or tag == "td":
            self.parts.append("\n" if tag != "td" else " ")
        if tag == "a" and self._href is not None:
            words = " ".join("".join(self._words).split())
            if words and self._href not in self.anchors:
                self.anchors[self._href] = words
            self._href = None

    def handle_comment(self, data: str) -> None:
        if self._href is not None:
            self._words.append(" ")

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._words.append(data)
        if not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts).replace("\xa0", " ")
        lines = [re.sub(r"[ \t]+", " ", line).strip() for line in joined.splitlines()]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(html: str) -> HtmlText:
    """Readable text, the web links and the words of each link, from an HTML body."""
    if not html:
        return HtmlText()
    extractor = _TextExtractor()
    try:
        extractor.feed(html)
        extractor.close()
    except Exception:  # HTMLParser is lenient; this is belt and braces for hostile input
        log.debug("parsing: HTML extraction failed", exc_info=True)
    return HtmlText(extractor.text(), extractor.links, extractor.anchors)


# -- the message --------------------------------------------------------------------------------


class _HeadersParsedOnce(HeaderRegistry):
    """`policy.default`'s headers, each value parsed once per message: the parser asks a part for
    its Content-Type several times, and parsing it anew each time costs most of a message's parse."""

    def __init__(self) -> None:
        super().__init__()
        self._parsed: dict[tuple[str, str], BaseHeader] = {}

    def __call__(self, name: str, value: str) -> BaseHeader:
        key = (name, value)
        if key not in self._parsed:
            self._parsed[key] = super().__call__(name, value)
        return self._parsed[key]


AUDIENCE_HEADERS = (
    "Auto-Submitted",
    "Precedence",
    "List-Unsubscribe",
    "List-Id",
    "List-Post",
    "X-Autoreply",
    "X-Autorespond",
    "X-Auto-Response-Suppress",
)


def _audience_headers(get: Callable[[str], object]) -> dict[str, str]:
    found = {name: get(name) for name in AUDIENCE_HEADERS}
    return {name: str(value) for name, value in found.items() if value}


def parse_message(raw: bytes) -> ParsedMessage:
    """Parse raw RFC 5322 bytes; raises ParseError when nothing usable can be read.

    One pass of the stdlib parser: a malformed header or part costs only itself."""
    if not raw or raw.isspace():  # not raw.strip(), which would copy a big message whole
        raise ParseError("empty message")
    try:
        message = email.message_from_bytes(
            _slimmed(raw), policy=email.policy.default.clone(header_factory=_HeadersParsedOnce())
        )
    except Exception as e:  # RecursionError on absurdly nested parts, and whatever else breaks the parser
        raise ParseError(f"unparseable message: {e}") from e

    headers: dict[str, str] = {}  # the first of each name, as written
    references: list[str] = []
    for name, value in message.raw_items():
        headers.setdefault(name.lower(), value)
        if name.lower() == "references":
            references.extend(_MSGID.findall(value))
    if not MAIL_HEADERS.intersection(headers):
        raise ParseError(NOT_AN_EMAIL)
    from_name, from_addr = next(iter(_addresses(headers.get("from", ""))), ("", ""))
    body = _Body.of(message)
    plain, html = body.text("text/plain"), body.text("text/html")
    rendered = html_to_text(html)
    return ParsedMessage(
        message_id=_header_text(headers.get("message-id", "")),
        from_name=from_name,
        from_addr=from_addr.lower(),
        to=[addr.lower() for _name, addr in _addresses(headers.get("to", ""))],
        subject=_header_text(headers.get("subject", "")),
        date=_date(headers.get("date")),
        in_reply_to=_first_id(_header_text(headers.get("in-reply-to", ""))),
        references=references,
        text=(plain if plain.strip() else rendered.text).strip(),
        html=html,
        links=_unique(rendered.links + _plain_links(plain, rendered.links)),
        attachments=body.attachments,
        defects=sorted(body.defects),
        html_text=rendered.text,
        anchors=rendered.anchors,
        audience_headers=_audience_headers(message.get),
    )


def _header_text(value: str) -> str:
    """A header as text: unfolded, encoded words decoded; 8-bit bytes sent without encoding are
    read as UTF-8 (what every mail program that sends them means)."""
    value = _FOLD.sub("", value)
    if not value.isascii():
        return _nfc(_as_utf8(value)).strip()
    if "=?" not in value:
        return _nfc(value).strip()
    try:
        chunks = decode_header(value)
    except HeaderParseError:
        return value.strip()
    return "".join(_nfc(_decoded(data, charset)) for data, charset in chunks).strip()


def _as_utf8(value: str) -> str:
    """A header value's undeclared 8-bit bytes (kept by the parser as surrogates) read as UTF-8."""
    try:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "ignore")
    except UnicodeError:
        return value


def _decoded(data: bytes | str, charset: str | None) -> str:
    if isinstance(data, str):
        return data
    try:
        return data.decode(charset or "utf-8")
    except (LookupError, UnicodeError):
        return data.decode("utf-8", "ignore")


def _nfc(text: str) -> str:
    # Composed letters ("é" as one character), so that words match however the sender wrote them.
    return unicodedata.normalize("NFC", text)


def _addresses(value: str) -> list[tuple[str, str]]:
    """(name, address) of each mailbox in an address header; a name that only repeats the address
    is no name."""
    if not value:
        return []
    value = _FOLD.sub("", value)
    if not value.isascii():
        value = _as_utf8(value)
    pairs = [(name, addr) for name, addr in getaddresses([value]) if "@" in addr]
    single = _ONE_MAILBOX.fullmatch(value)
    if len(pairs) > 1 and single:
        # "gme@mercy <gme@mercy.example.org>": an "@" in an unquoted name splits it from its mailbox.
        pairs = [(single["name"].strip('"'), single["addr"])]
    found = []
    for name, addr in pairs:
        name = _header_text(name) if "=?" in name else name
        found.append(("" if name == addr else name, addr))
    return found


def _date(value: str | None) -> datetime | None:
    """The Date header as a UTC instant; a date with no zone (-0000) is taken as UTC."""
    if not value:
        return None
    try:
        date = parsedate_to_datetime(_FOLD.sub("", value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if date.tzinfo is None:
        date = date.replace(tzinfo=UTC)
    return date.astimezone(UTC)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _tidy_link(href: str) -> str:
    """A link without the punctuation a mail program's linking took from the text after it:
    "https://example.org/login)" from "(https://example.org/login)", "…/login)," too."""
    while href and (href[-1] in ".,;:!?" or (href[-1] == ")" and href.count(")") > href.count("("))):
        href = href[:-1]
    return href


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _plain_links(text: str, html_links: list[str]) -> list[str]:
    """The plain part's links, less those that are a cut-off start of one of the HTML part's (its
    href is the whole link)."""
    return [
        link
        for link in _links_in(text)
        if not any(len(href) > len(link) and href.startswith(link) for href in html_links)
    ]


def _links_in(text: str) -> list[str]:
    """Every web link in plain text, a link that was wrapped onto the next line(s) joined again.

    Plain-text mail is wrapped at about 72 characters, and a long link is broken there, often
    after a hyphen or a slash: "https://calendly.com/summitridge-" then "im-interviews/2027"."""
    lines = _normalise(text).split("\n")
    links = []
    for index, line in enumerate(lines):
        for match in _URL.finditer(line):
            url = match.group(0)
            if not line[match.end() :].strip():  # the link runs to the end of its line
                bracketed = line[: match.start()].endswith("<")
                url = _join_wrapped(url, lines[index + 1 : index + 4], bracketed, len(line.rstrip()))
            links.append(url.rstrip(".,;:!?"))
    return links


def _join_wrapped(url: str, following: list[str], bracketed: bool, width: int) -> str:
    """`url` with the pieces of the next lines that go on with it (`_links_in`)."""
    for line in following:
        piece = _URL_PIECE.match(line.lstrip() if bracketed else line)
        if piece is None or piece.group(0).lower().startswith(("http://", "https://")):
            break
        text = piece.group(0)
        joins = (
            bracketed  # "<https://...": a link in angle brackets ends at ">" (RFC 3986, appendix C)
            or (url.endswith(_CUT_INSIDE) and re.fullmatch(r"[a-z0-9]+", text) is not None)
            or (url.endswith(_CUT_INSIDE) and _PATH_LIKE.fullmatch(text) is not None)
            or (url.endswith("/") and _PATH_LIKE.fullmatch(text) is not None)
            or (width >= _WRAP_WIDTH and re.search(r"[/=&?]", text) is not None)
        )
        if not joins:
            break
        url += text
        rest = (line.lstrip() if bracketed else line)[piece.end() :]
        if rest.strip():  # the link ends on this line
            break
        width = len(line.rstrip())
    return url


def _first_id(value: str) -> str:
    found = _MSGID.findall(value)
    return found[0] if found else value.strip()


def _filename(part: Message) -> str:
    name = part.get_filename() or ""
    return _header_text(name) if "=?" in name else name


def _body_text(part: Message) -> str:
    """A text part's text: as written when it is plain ASCII, else decoded by `_part_text`."""
    payload = part.get_payload()
    encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
    if isinstance(payload, str) and payload.isascii() and encoding in _UNENCODED:
        return _normalise(payload)
    return _part_text(part)


def _part_text(part: Message) -> str:
    """A part's bytes as text: by its declared charset (UTF-8 when it declares none), else as UTF-8,
    else by its charset with replacement characters (UTF-8's for a charset Python does not know)."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    for encoding in (charset or "utf-8", "utf-8"):
        try:
            return _normalise(_nfc(payload.decode(encoding)))
        except (LookupError, UnicodeError):
            continue
    try:
        return _normalise(payload.decode(charset or "ascii", errors="replace"))
    except (LookupError, UnicodeError):
        return _normalise(payload.decode("utf-8", errors="replace"))


@dataclass
class _Body:
    """The text of a message's body parts, its attachments (calendars with their text), and the
    parser's complaints, from one walk."""

    # (content type, text, named) of each text/plain and text/html part not sent as an attachment.
    texts: list[tuple[str, str, bool]] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    defects: set[str] = field(default_factory=set)

    def text(self, content_type: str) -> str:
        """The parts of one type joined; a part with a file name (and no inline disposition) only
        when no other part has text: then it is the body, sent by a program that names its parts."""
        chosen = [text for kind, text, named in self.texts if kind == content_type and not named]
        if not "".join(chosen).strip():
            chosen = [text for kind, text, _named in self.texts if kind == content_type]
        return "\n".join(text for text in chosen if text)

    @classmethod
    def of(cls, message: Message) -> _Body:
        found = cls()
        unnamed_calendars: list[Attachment] = []
        for part in message.walk():
            found.defects.update(type(defect).__name__ for defect in part.defects)
            if part.is_multipart():
                continue
            try:
                found._read(part, unnamed_calendars)
            except Exception:  # a hostile part must not cost the message
                found.defects.add("UnreadablePart")
                log.debug("parsing: a part could not be read", exc_info=True)
        # A calendar sent both inline and attached (as Google and Outlook do) is listed once, by its
        # attachment's name.
        named = {attachment.filename for attachment in found.attachments}
        found.attachments.extend(a for a in unnamed_calendars if a.filename not in named)
        return found

    def _read(self, part: Message, unnamed_calendars: list[Attachment]) -> None:
        content_type = part.get_content_type()
        disposition = part.get_content_disposition()
        filename = _filename(part)
        if content_type in _BODY_TYPES and disposition != "attachment":
            named = bool(filename) and disposition != "inline"
            self.texts.append((content_type, _body_text(part), named))
            if not named:
                return
        if content_type == "text/calendar" or filename.lower().endswith(".ics"):
            text = _part_text(part)
            calendar = Attachment(filename or "invite.ics", content_type, len(text), text)
            (self.attachments if filename else unnamed_calendars).append(calendar)
        elif (omitted := str(part.get(OMITTED, "")).strip()).isdigit():
            self.attachments.append(Attachment(filename, content_type, int(omitted)))  # never decoded
        else:
            payload = part.get_payload(decode=True)
            size = len(payload) if isinstance(payload, bytes) else 0
            self.attachments.append(Attachment(filename, content_type, size))


# -- big messages -------------------------------------------------------------------------------

_HEADER_END = re.compile(rb"\r?\n\r?\n")


def _slimmed(raw: bytes) -> bytes:
    """`raw` itself, or for a big message a copy without what classification does not read: each
    attachment bigger than ATTACHMENT_LIMIT loses its bytes (an `OMITTED` field says how many
    there were) and each text part keeps its first TEXT_LIMIT bytes. The big bodies are skipped
    over, never copied."""
    if len(raw) <= SLIM_ABOVE:
        return raw
    pieces: list[bytes] = []
    try:
        _slim_entity(raw, 0, len(raw), pieces, 0)
    except RecursionError:
        return raw  # the parser reports what is wrong with it
    return b"".join(pieces)


def _slim_entity(raw: bytes, start: int, end: int, out: list[bytes], depth: int) -> None:
    """Append the slimmed form of the entity (headers, blank line, body) in `raw[start:end]`."""
    found = _HEADER_END.search(raw, start, end)
    if found is None:  # no body: headers only, or no headers at all
        out.append(_head(raw, start, end, TEXT_LIMIT))
        return
    head = raw[start : found.start()]
    body_start = found.end()
    fields = BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\n\n")
    content_type = fields.get_content_type()
    boundary = fields.get_boundary()
    if content_type.startswith("multipart/") and boundary and depth < 20:
        marker = re.escape(boundary.encode("utf-8", "replace"))
        delimiter = re.compile(rb"^--" + marker + rb"(--)?[ \t]*(?=\r?\n|\Z)", re.M)
        lines = list(delimiter.finditer(raw, body_start, end))
        if lines:
            out.append(raw[start : lines[0].start()])  # the headers and the preamble
            for line, following in zip(lines, [*lines[1:], None], strict=True):
                out.append(raw[line.start() : line.end()])
                part_start = line.end() + (2 if raw.startswith(b"\r\n", line.end()) else 1)
                if line.group(1) or following is None:  # the closing delimiter: the epilogue follows
                    out.append(_head(raw, line.end(), end, ATTACHMENT_LIMIT))
                    break
                # The line break before the next delimiter belongs to that delimiter.
                part_end = following.start()
                newline = b"\r\n" if raw[part_end - 2 : part_end] == b"\r\n" else b"\n"
                out.append(b"\r\n" if raw.startswith(b"\r\n", line.end()) else b"\n")
                _slim_entity(raw, part_start, max(part_start, part_end - len(newline)), out, depth + 1)
                out.append(newline)
            return
    if content_type == "message/rfc822" and depth < 20:
        out.append(raw[start:body_start])
        _slim_entity(raw, body_start, end, out, depth + 1)
        return
    filename = (fields.get_filename() or "").lower()
    if end - body_start <= ATTACHMENT_LIMIT:
        out.append(raw[start:end])
    elif content_type in _TEXT_TYPES or filename.endswith(".ics") or content_type.startswith("multipart/"):
        out.append(_head(raw, start, end, body_start - start + TEXT_LIMIT))
    else:
        size = end - body_start
        if str(fields.get("content-transfer-encoding", "")).strip().lower() == "base64":
            size = size * 3 // 4  # about what it decodes to
        newline = b"\r\n" if raw[found.start() : found.start() + 2] == b"\r\n" else b"\n"
        out.append(head + newline + f"{OMITTED}: {size}".encode() + newline + newline)


def _head(raw: bytes, start: int, end: int, limit: int) -> bytes:
    """`raw[start:end]`, cut after at most `limit` bytes at the end of a line."""
    if end - start <= limit:
        return raw[start:end]
    cut = raw.rfind(b"\n", start, start + limit)
    return raw[start : cut + 1 if cut > start else start + limit]


def header_summary(raw: bytes) -> dict[str, str]:
    """From, Subject and Date as written, for a message that could not be parsed; never raises."""
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
