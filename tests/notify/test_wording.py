"""What the applicant reads in a notification: the most urgent thing first, times in their zone,
words rightly pluralised. Found by using the product as an applicant would."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from notify_helpers import Clock, add_message, add_record, make_config

from tracker.notify.alerts import summary_payload
from tracker.notify.digest import time_left
from tracker.notify.notifications import Notifications
from tracker.notify.rendering import Renderer, label, minutes, plural, track_note
from tracker.store.database import Store
from tracker.store.views import load_records, messages_since

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # Fri Nov 20, 12:00 in New York


def season(tmp_path: Path) -> Notifications:
    """A first import: an invitation due tomorrow, one whose deadline passed, one with none, info mail."""
    n = Notifications(make_config(tmp_path), Store(tmp_path / "tracker.sqlite3"), clock=Clock(NOW))
    soon = add_record(
        n.store,
        "Summit Ridge",
        respond_by=NOW + timedelta(hours=25),
        schedule_url="https://calendly.example/summit",
    )
    passed = add_record(n.store, "Cascade Valley", respond_by=NOW - timedelta(days=20))
    open_ended = add_record(n.store, "Mesa Verde", specialty="Transitional Year", track="transitional")
    add_message(n.store, kind="info", program=None, subject="You have a new message in MyERAS")
    for record, program in ((soon, "Summit Ridge"), (passed, "Cascade Valley"), (open_ended, "Mesa Verde")):
        add_message(
            n.store, kind="invitation", program=program, record_id=record, subject=f"Invite: {program}"
        )
    add_message(n.store, kind="rejection", program="Pinecrest", subject="Application update")
    return n


# -- the digest -----------------------------------------------------------------------------------


def test_digest_opens_with_what_needs_a_response_and_how_long_is_left(tmp_path: Path) -> None:
    n = season(tmp_path)
    rendered = n.outbox.renderer.render("digest", n.digest_payload())
    for body in (rendered.text, rendered.html):
        first = body.index("Summit Ridge")
        assert first < body.lower().index("goals"), "the response deadline comes before the goals"
        assert "in 25 hours" in body
    text = rendered.text
    assert text.index("NEEDS A RESPONSE") < text.index("NEW (")
    # soonest deadline first, then no deadline, then the ones already passed
    order = [text.index(p, text.index("NEEDS A RESPONSE")) for p in ("Summit", "Mesa Verde", "Cascade")]
    assert order == sorted(order)
    assert rendered.subject.startswith(
        "Daily digest: 2 awaiting your response (first by Sat Nov 21, 1:00 PM EST)"
    )


def test_digest_lists_new_invitations_before_other_mail(tmp_path: Path) -> None:
    n = season(tmp_path)
    n.store.set_state("digest.last_sent", (NOW - timedelta(days=2)).isoformat())  # a day's mail, not a first
    payload = n.digest_payload()
    kinds = [m["kind"] for m in payload["new_messages"]]
    assert kinds == ["invitation", "invitation", "invitation", "rejection", "info"]


def test_digest_shows_the_track_only_when_it_adds_something(tmp_path: Path) -> None:
    n = season(tmp_path)
    html = n.outbox.renderer.render("digest", n.digest_payload()).html
    assert "Transitional Year (transitional)" not in html and "Transitional Year" in html


@pytest.mark.parametrize(
    ("left", "said"),
    [
        (timedelta(minutes=20), "in less than an hour"),
        (timedelta(hours=1, minutes=5), "in 1 hour"),
        (timedelta(hours=25), "in 25 hours"),
        (timedelta(days=3, hours=2), "in 3 days"),
        (timedelta(hours=-1), ""),
    ],
)
def test_time_left_is_said_as_a_person_would(left: timedelta, said: str) -> None:
    assert time_left(NOW + left, NOW) == said


# -- the first-import summary and the alert --------------------------------------------------------


def test_summary_puts_passed_deadlines_last_and_names_kinds_in_words(tmp_path: Path) -> None:
    n = season(tmp_path)
    payload = summary_payload(messages_since(n.store, None), load_records(n.store, NY), NOW)
    assert [(r["program"], r["overdue"]) for r in payload["open_invitations"]] == [
        ("Summit Ridge", False),
        ("Mesa Verde", False),
        ("Cascade Valley", True),
    ]
    rendered = Renderer(NY).render("summary", payload)
    assert "3 invitations" in rendered.text and "1 information message\n" in rendered.text
    assert "1 rejection\n" in rendered.text and "info:" not in rendered.text
    assert "Cascade Valley (Internal Medicine, categorical), deadline passed" in rendered.text
    assert "`tracker messages` lists them" in rendered.text or "need review" not in rendered.text
    assert (
        rendered.subject == "Invite Tracker is watching: 5 messages read, 2 invitations awaiting a response"
    )


def test_alert_puts_the_deadline_and_the_link_before_the_details() -> None:
    payload = {
        "template": "alert",
        "kind": "invitation",
        "program": "Summit Ridge",
        "specialty": "Internal Medicine",
        "track": "categorical",
        "platform": "thalamus",
        "format": "unknown",
        "respond_by": (NOW + timedelta(hours=48)).isoformat(),
        "schedule_url": "https://thalamus.example/s/1",
        "arrived_at": NOW.isoformat(),
        "subject": "Interview invitation",
        "from_name": "Thalamus",
        "from_addr": "noreply@thalamusgme.com",
    }
    rendered = Renderer(NY).render("alert", payload)
    for body in (rendered.text, rendered.html):
        assert body.index("Respond by") < body.index("https://thalamus.example/s/1") < body.index("Platform")
    assert "Sun Nov 22, 12:00 PM EST" in rendered.text
    assert "Format" not in rendered.text, "an unknown format is left out, not shown as 'unknown'"


def test_reminder_and_watchdog_wording_is_pluralised() -> None:
    renderer = Renderer(NY)
    deadline = renderer.render(
        "reminder_deadline",
        {"program": "Summit", "record_id": 3, "respond_by": NOW.isoformat(), "hours_left": 1},
    )
    assert deadline.subject == "Deadline in 1 hour: Summit" and "1 hour from now" in deadline.text
    down = renderer.render(
        "watchdog_down", {"since": NOW.isoformat(), "outage_minutes": 95, "after_minutes": 15}
    )
    assert "(1 hour 35 minutes ago; the watchdog waits 15 minutes)" in down.text


def test_small_words_filters() -> None:
    assert (plural(1, "hour"), plural(2, "hour"), plural(1.5, "hour")) == ("1 hour", "2 hours", "1.5 hours")
    assert (minutes(1), minutes(60), minutes(61), minutes(60 * 49)) == (
        "1 minute",
        "1 hour",
        "1 hour 1 minute",
        "2 days 1 hour",
    )
    assert track_note("transitional", "Transitional Year") == "" and track_note(None) == ""
    assert track_note("preliminary", "Surgery") == "preliminary"
    assert label("unknown") == "" and label("in_person") == "in person"
