"""A stored message as the dashboard shows it: its HTML sanitised with nh3 (no scripts, no event
handlers, no styles, no forms), remote images blocked so that opening it tells no sender it was
read, and links that only go to web or mail addresses.

The page's Content-Security-Policy (`security.CONTENT_SECURITY_POLICY`) is the second wall: even
HTML that slipped through could load nothing from elsewhere.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime

import nh3

from tracker.errors import ParseError, TrackerError
from tracker.store.database import Store
from tracker.understanding.message import header_summary, parse_message

log = logging.getLogger(__name__)

# Tags kept from mail: text structure, tables, links, images (inline data only). Everything else
# loses its tag but keeps its text; these lose their content too.
MAIL_TAGS = frozenset(
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "dd", "del", "div", "dl",
        "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "ol",
        "p", "pre", "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "u", "ul",
    }
)  # fmt: skip
DROPPED_WITH_CONTENT = frozenset({"script", "style", "title", "head", "noscript", "template", "iframe"})
MAIL_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
}
_LINK = re.compile(r"(?i)^(https?:|mailto:)")
_INLINE_IMAGE = re.compile(r"(?i)^data:image/(png|gif|jpe?g|webp);base64,")


@dataclass
class Sanitised:
    """Mail HTML made safe to show, and how many images it asked for and did not get (every image
    but the inline `data:` ones: a remote image would tell the sender the mail was opened)."""

    html: str
    blocked_images: int = 0


def sanitise(html: str) -> Sanitised:
    """Mail HTML with nothing that runs, styles the page, submits, or loads from elsewhere."""
    blocked = 0

    def keep(tag: str, attribute: str, value: str) -> str | None:
        nonlocal blocked
        if tag == "img" and attribute == "src":
            if _INLINE_IMAGE.match(value.strip()):
                return value
            blocked += 1  # remote, relative or an attachment's (cid:): only inline data is shown
            return None
        if attribute == "href":
            return value if _LINK.match(value.strip()) else None
        return value

    cleaned = nh3.clean(
        html,
        tags=set(MAIL_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(names) for tag, names in MAIL_ATTRIBUTES.items()},
        attribute_filter=keep,
        url_schemes={"http", "https", "mailto", "data", "cid"},
        link_rel="noopener noreferrer nofollow",
        set_tag_attribute_values={"a": {"target": "_blank"}},
        strip_comments=True,
    )
    return Sanitised(cleaned, blocked)


@dataclass
class ShownMessage:
    """One stored message, ready for a page: headers, the safe HTML or the text, and any problem."""

    id: int
    subject: str
    from_name: str
    from_addr: str
    to: list[str] = field(default_factory=list)
    date: datetime | None = None
    html: str = ""
    text: str = ""
    blocked_images: int = 0
    attachments: list[str] = field(default_factory=list)
    problem: str = ""


def shown_message(store: Store, message_pk: int) -> ShownMessage:
    """A stored message parsed from its raw bytes and made safe to show."""
    try:
        raw = store.raw_message(message_pk)
    except TrackerError as e:
        return ShownMessage(message_pk, "", "", "", problem=str(e))
    try:
        parsed = parse_message(raw)
    except ParseError as e:
        headers = header_summary(raw)
        return ShownMessage(
            message_pk,
            headers.get("subject", ""),
            "",
            headers.get("from", ""),
            problem=f"This message could not be read: {e}",
        )
    safe = sanitise(parsed.html) if parsed.html.strip() else Sanitised("")
    return ShownMessage(
        id=message_pk,
        subject=parsed.subject,
        from_name=parsed.from_name,
        from_addr=parsed.from_addr,
        to=list(parsed.to),
        date=parsed.date,
        html=safe.html,
        text="" if safe.html else parsed.text,
        blocked_images=safe.blocked_images,
        attachments=[a.filename for a in parsed.attachments if getattr(a, "filename", "")],
    )
