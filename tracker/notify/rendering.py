"""Rendering apart from transport: Jinja2 templates turn a notification's payload into a subject,
a plain-text body and an HTML body. Templates ship as the `tracker.templates` package.

Each notification type has `<template>.txt` and `<template>.html`. The `.txt` template sets the
subject with `{% set subject = ... %}`. HTML is autoescaped: everything that came from an email is
escaped there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from importlib.resources import files
from typing import Any

from jinja2 import Environment, FunctionLoader, select_autoescape

from tracker.ids import message_ref, record_ref
from tracker.vocabulary import Format, Platform, Track

TEMPLATES = (
    "alert",
    "unreadable",
    "summary",
    "reminder_unscheduled",
    "reminder_deadline",
    "reminder_interview",
    "reminder_impressions",
    "digest",
    "watchdog_down",
    "watchdog_up",
    "test",
)


@dataclass(frozen=True)
class Rendered:
    """A message ready for any channel."""

    subject: str
    text: str
    html: str


def _load_template(name: str) -> str | None:
    resource = files("tracker.templates").joinpath(name)
    if not resource.is_file():
        return None
    return resource.read_text(encoding="utf-8")


def _moment(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


class Renderer:
    """Renders payloads in the applicant's time zone."""

    def __init__(self, tz: tzinfo) -> None:
        self.tz = tz
        self.env = Environment(
            loader=FunctionLoader(_load_template),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False),
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters["local"] = self.local
        self.env.filters["localdate"] = self.local_date
        self.env.filters["bar"] = progress_bar
        self.env.filters["weblink"] = web_link
        self.env.filters["label"] = label
        self.env.filters["plural"] = plural
        self.env.filters["minutes"] = minutes
        self.env.filters["track"] = track_note
        # R12 for a record, M12 for a message: what `tracker record` and `tracker set` take.
        self.env.filters["rid"] = record_ref
        self.env.filters["mid"] = message_ref

    def local(self, value: Any, fmt: str = "%a %b %-d, %-I:%M %p %Z") -> str:
        """An ISO time (or a plain date) in the applicant's time zone; '' for nothing."""
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return self.local_date(value)
        moment = _moment(value)
        if moment is None:
            return str(value or "")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.tz)
        return moment.astimezone(self.tz).strftime(fmt)

    def local_date(self, value: Any) -> str:
        """A date (or the local date of an ISO time) as 'Thu Dec 3'."""
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value).strftime("%a %b %-d, %Y")
        moment = _moment(value)
        if moment is None:
            return str(value or "")
        if moment.tzinfo is not None:
            moment = moment.astimezone(self.tz)
        return moment.strftime("%a %b %-d, %Y")

    def render(self, template: str, payload: dict[str, Any]) -> Rendered:
        """Render `template` (.txt and .html) from `payload`."""
        context = {"p": payload, "tz_name": getattr(self.tz, "key", str(self.tz))}
        text_module = self.env.get_template(f"{template}.txt").make_module(context)
        subject = " ".join(str(getattr(text_module, "subject", "Invite Tracker")).split())
        html = self.env.get_template(f"{template}.html").render(context, subject=subject)
        return Rendered(subject=subject, text=str(text_module).strip() + "\n", html=html)


LABELS: dict[str, str] = {
    Platform.THALAMUS: "Thalamus",
    Platform.ERAS: "ERAS",
    Platform.INTERVIEW_BROKER: "Interview Broker",
    Platform.RESIDENCYCAS: "ResidencyCAS",
    Platform.EMAIL: "email from the program",
    Format.IN_PERSON: "in person",
    Format.VIRTUAL: "virtual",
    Format.HYBRID: "hybrid",
}


def label(value: Any) -> str:
    """A stored code (platform, format) as people write it; '' for nothing or "other"."""
    text = str(value or "")
    if text in {"", Platform.OTHER, Format.UNKNOWN, "None"}:
        return ""
    return LABELS.get(text, text.replace("_", " "))


def plural(count: Any, word: str, words: str | None = None) -> str:
    """'1 hour', '11 hours' (`words` for an irregular plural)."""
    n = float(count or 0)
    return f"{n:g} {word if n == 1 else (words or word + 's')}"


def minutes(value: Any) -> str:
    """A duration in minutes as people say it: '17 minutes', '1 hour 35 minutes', '2 days 3 hours'."""
    total = max(int(value or 0), 0)
    if total < 60:
        return plural(total, "minute")
    hours, mins = divmod(total, 60)
    if hours < 24:
        return plural(hours, "hour") + (f" {plural(mins, 'minute')}" if mins else "")
    days, hours = divmod(hours, 24)
    return plural(days, "day") + (f" {plural(hours, 'hour')}" if hours else "")


def track_note(track: Any, specialty: Any = None) -> str:
    """The track worth showing beside a specialty: '' when unknown or when it repeats the specialty."""
    text = str(track or "")
    if text in {"", "None"} or (text == Track.TRANSITIONAL and specialty == "Transitional Year"):
        return ""
    return text


def web_link(url: Any) -> str:
    """`url` when it is an http(s) link, else '': a link from an email never becomes javascript:."""
    text = str(url or "").strip()
    return text if re.match(r"(?i)https?://", text) else ""


def progress_bar(done: int, goal: int, width: int = 12) -> str:
    """A text progress bar such as `[#######-----]`."""
    if goal <= 0:
        return "[" + "#" * width + "]"
    filled = min(width, round(width * done / goal))
    return "[" + "#" * filled + "-" * (width - filled) + "]"
