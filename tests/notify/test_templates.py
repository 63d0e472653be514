"""Every notification renders as text and HTML from the `tracker.templates` package: email-safe HTML
(tables, inline CSS, no scripts, no remote images, dark-mode aware) with everything from mail escaped."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from tracker.notify.alerts import summary_payload, unreadable_payload
from tracker.notify.reminders import ReminderSettings, due_reminders
from tracker.notify.rendering import TEMPLATES, Renderer, progress_bar
from tracker.store.views import MessageView, RecordView

NY = ZoneInfo("America/New_York")
EVIL = "<script>alert('x')</script>"
NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


def evil_record(status: str, **fields: Any) -> RecordView:
    return RecordView(
        id=1,
        program=f"Evil {EVIL} Program",
        specialty="Surgery",
        track="preliminary",
        status=status,
        schedule_url="https://example.org/s?a=1&b=<2>",
        **fields,
    )


class TagBalance(HTMLParser):
    """Every element closed, in order: mail clients forgive less than browsers."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.errors.append(f"</{tag}> at {self.getpos()} closes {self.open[-1:]}")


def payloads() -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {
        "alert": {
            "template": "alert",
            "kind": "invitation",
            "program": f"Evil {EVIL}",
            "subject": EVIL,
            "from_name": EVIL,
            "from_addr": "x@example.org",
            "arrived_at": NOW.isoformat(),
            "offered_dates": ["2026-12-03"],
            "respond_by": (NOW + timedelta(days=2)).isoformat(),
            "schedule_url": "https://example.org/s",
            "needs_review": True,
        },
        "unreadable": unreadable_payload(7, {"from": EVIL, "subject": EVIL, "date": ""}, EVIL, NOW),
        "summary": summary_payload(
            [MessageView(1, "invitation", EVIL, None, None, EVIL, EVIL, "a@b.example", NOW, NOW, 1)],
            [evil_record("invited", respond_by=NOW), evil_record("waitlisted")],
        ),
        "watchdog_down": {"since": NOW.isoformat(), "outage_minutes": 20, "after_minutes": 15,
                          "last_error": EVIL},
        "watchdog_up": {"since": NOW.isoformat(), "outage_minutes": 40},
        "test": {"now": NOW.isoformat()},
        "digest": {
            "now": NOW.isoformat(),
            "quiet": False,
            "new_total": 1,
            "new_by_kind": [{"kind": "invitation", "count": 1, "label": "invitation"}],
            "new_messages": [{"id": 1, "kind": "invitation", "program": EVIL, "subject": EVIL,
                              "from_addr": EVIL}],
            "specialties": [
                {"specialty": "Surgery", "goal": 12, "invitations": 3, "percent": 25, "pace_per_week": 0.4,
                 "projected": 7, "behind": True}
            ],
            "behind": True,
            "advice": ["Be patient."],
            "needs_response": [{"program": EVIL, "respond_by": NOW.isoformat(),
                                "schedule_url": "javascript:x()"}],
            "upcoming": [{"program": EVIL, "interview_start": NOW.isoformat(), "time_known": True}],
            "waitlists": [{"program": EVIL}],
            "rejections": [{"program": EVIL}],
            "needs_review": [{"id": 2, "kind": "info", "subject": EVIL, "from_addr": EVIL}],
            "health": {"last_success": NOW.isoformat(), "errors": 1, "latest_errors": [EVIL],
                       "failed_messages": 1, "outage_since": NOW.isoformat(), "pending_deliveries": 1},
        },
    }  # fmt: skip
    settings = ReminderSettings(tz=NY, international_graduate=True)
    records = [
        evil_record("invited", invited_at=NOW - timedelta(hours=3)),
        evil_record("invited", respond_by=NOW + timedelta(hours=5)),
        evil_record("scheduled", interview_date=(NOW + timedelta(hours=10)).isoformat()),
        evil_record("completed", interview_date=(NOW - timedelta(hours=1)).isoformat()),
    ]
    for moment in (NOW, NOW + timedelta(hours=5), NOW + timedelta(hours=10)):
        for reminder in due_reminders(records, moment, settings):
            found.setdefault(reminder.template, reminder.payload)
    return found


def test_every_template_has_text_and_html_in_the_package() -> None:
    package = files("tracker.templates")
    for name in TEMPLATES:
        assert package.joinpath(f"{name}.txt").is_file(), name
        assert package.joinpath(f"{name}.html").is_file(), name
    assert set(payloads()) == set(TEMPLATES)


@pytest.mark.parametrize("name", TEMPLATES)
def test_html_is_email_safe_and_escapes_what_came_from_mail(name: str) -> None:
    rendered = Renderer(NY).render(name, payloads()[name])
    html = rendered.html
    assert rendered.subject and "\n" not in rendered.subject
    assert rendered.text.strip()
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert "javascript:" not in html
    assert not re.search(r"""(?:src|href)=["']?http[^"']*\.(?:png|gif|jpe?g|css)""", html)
    assert '<meta name="color-scheme" content="light dark">' in html
    assert "<table" in html and 'style="' in html
    balance = TagBalance()
    balance.feed(html)
    assert balance.errors == [] and balance.open == []
    if EVIL in str(payloads()[name]):
        assert "&lt;script&gt;" in html


def test_progress_bar_fills_with_the_count() -> None:
    assert progress_bar(6, 12) == "[######------]"
    assert progress_bar(20, 12) == "[############]"
    assert progress_bar(0, 0) == "[############]"


def test_times_render_in_the_applicants_time_zone() -> None:
    renderer = Renderer(NY)
    assert renderer.local("2026-11-27T15:00:00+00:00") == "Fri Nov 27, 10:00 AM EST"
    assert renderer.local("2026-12-03") == "Thu Dec 3, 2026"
    assert (
        Renderer(ZoneInfo("America/Los_Angeles")).local("2026-11-27T15:00:00+00:00")
        == "Fri Nov 27, 7:00 AM PST"
    )


def test_platform_and_format_read_as_people_write_them() -> None:
    rendered = Renderer(NY).render(
        "alert",
        {
            "kind": "invitation",
            "program": "Northgate",
            "specialty": "Internal Medicine",
            "track": "preliminary",
            "platform": "interview_broker",
            "format": "in_person",
            "arrived_at": NOW.isoformat(),
        },
    )
    assert rendered.subject == "Interview invitation: Northgate (Internal Medicine, preliminary)"
    assert "Platform:   Interview Broker\n" in rendered.text and "Format:     in person\n" in rendered.text
    unknown = Renderer(NY).render("alert", {"kind": "invitation", "program": "X", "platform": "other"})
    assert "Platform" not in unknown.text
