"""The daily digest: when it is due (restart-safe, missed days merged), what it says, how it renders."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from click.testing import CliRunner
from notify_helpers import Clock, add_message, add_record, add_sync_run, make_config
from smtp_server import SMTPServer

from tracker.cli import cli
from tracker.config import Config
from tracker.notify.digest import digest_due, latest_slot
from tracker.notify.notifications import Notifications
from tracker.store.database import Store

NY = ZoneInfo("America/New_York")
GOLDEN = Path(__file__).parents[1] / "data" / "golden"
# Thursday Nov 26, 2026, 07:00 in New York is 12:00 UTC.
SEVEN_AM = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_latest_slot_is_todays_time_once_it_has_passed() -> None:
    assert latest_slot(SEVEN_AM, time(7, 0), NY) == datetime(2026, 11, 26, 7, 0, tzinfo=NY)
    before = SEVEN_AM - timedelta(minutes=1)
    assert latest_slot(before, time(7, 0), NY) == datetime(2026, 11, 25, 7, 0, tzinfo=NY)


def test_missed_days_merge_into_one_digest() -> None:
    last = datetime(2026, 11, 22, 7, 0, tzinfo=NY)
    wake = SEVEN_AM + timedelta(hours=3)  # asleep four mornings
    slot = digest_due(wake, time(7, 0), NY, last)
    assert slot == datetime(2026, 11, 26, 7, 0, tzinfo=NY)
    assert digest_due(wake + timedelta(hours=1), time(7, 0), NY, slot) is None


def _season(store: Store, now: datetime) -> None:
    """A small season: invitations, one needing a response, interviews soon, a waitlist, a rejection."""
    im = add_record(
        store,
        "Mercy Hospital",
        invited_at=now - timedelta(days=1),
        respond_by=now + timedelta(days=1, hours=5),
        schedule_url="https://thalamusgme.example/invite/abc",
    )
    add_record(
        store,
        "Lakeside <Medical> Center",
        specialty="Surgery",
        track="preliminary",
        status="scheduled",
        history=["invited"],
        interview_date="2026-12-03T14:00:00+00:00",
    )
    add_record(
        store,
        "Riverside",
        specialty="Surgery",
        status="scheduled",
        history=["invited"],
        interview_date="2026-12-01",
    )
    add_record(store, "Hilltop", specialty="Pediatrics", status="waitlisted")
    add_record(store, "Summit", specialty="Pediatrics", status="rejected")
    add_message(store, kind="invitation", record_id=im, date=now - timedelta(hours=20))
    add_message(
        store,
        kind="waitlist",
        program="Hilltop",
        specialty="Pediatrics",
        subject="Waitlist <script>alert(1)</script>",
        date=now - timedelta(hours=10),
    )
    add_message(
        store,
        kind="invitation",
        program=None,
        subject="You have a new message",
        from_addr="noreply@eras.example.org",
        date=now - timedelta(hours=5),
        classification={"kind": "invitation", "confidence": 0.4, "needs_review": True},
    )
    add_sync_run(store, now - timedelta(minutes=3), ok=True)
    add_sync_run(store, now - timedelta(hours=2), ok=False, error="LOGIN failed: [AUTHENTICATIONFAILED]")


def _notifications(
    tmp_path: Path, clock: Clock, smtp_port: int | None = None, **sections: dict
) -> Notifications:
    config: Config = make_config(tmp_path, smtp_port=smtp_port, goals={"Surgery": 4}, **sections)
    return Notifications(config, Store(config.store_path), clock=clock)


def test_digest_contents_cover_every_section(tmp_path: Path) -> None:
    clock = Clock(SEVEN_AM)
    notifications = _notifications(tmp_path, clock)
    _season(notifications.store, SEVEN_AM)
    add_record(notifications.store, "Bygone", respond_by=SEVEN_AM - timedelta(days=2))
    notifications.store.set_state("digest.last_sent", (SEVEN_AM - timedelta(days=1)).isoformat())
    p = notifications.digest_payload()
    assert {k["kind"]: k["count"] for k in p["new_by_kind"]} == {"invitation": 2, "waitlist": 1}
    surgery = next(s for s in p["specialties"] if s["specialty"] == "Surgery")
    assert (surgery["goal"], surgery["invitations"], surgery["percent"]) == (4, 2, 50)
    assert [(r["program"], r["overdue"]) for r in p["needs_response"]] == [
        ("Mercy Hospital", False),
        ("Bygone", True),
    ]
    assert "deadline passed" in notifications.outbox.renderer.render("digest", p).text
    assert [r["program"] for r in p["upcoming"]] == ["Riverside", "Lakeside <Medical> Center"]
    assert [r["program"] for r in p["waitlists"]] == ["Hilltop"]
    assert [r["program"] for r in p["rejections"]] == ["Summit"]
    assert [m["subject"] for m in p["needs_review"]] == ["You have a new message"]
    assert p["health"]["errors"] == 1 and p["health"]["last_success"] is not None
    assert p["behind"] and p["advice"] and not p["quiet"]


def _normalise(raw: bytes) -> str:
    text = raw.decode().replace("\r\n", "\n")
    text = re.sub(r"===============\d+==", "===============BOUNDARY==", text)
    text = re.sub(r"(?m)^Date: .*$", "Date: DATE", text)
    text = re.sub(r"(?m)^Message-ID: .*$", "Message-ID: <ID>", text)
    return text


def test_digest_email_matches_the_golden_file(tmp_path: Path, smtp: SMTPServer) -> None:
    clock = Clock(SEVEN_AM)
    notifications = _notifications(tmp_path, clock, smtp.port)
    _season(notifications.store, SEVEN_AM)
    notifications.store.set_state("digest.last_sent", (SEVEN_AM - timedelta(days=1)).isoformat())
    notifications.store.set_state("digest.last_slot", (SEVEN_AM - timedelta(days=1)).isoformat())
    assert notifications.queue_digest() == "digest:2026-11-26"
    assert [r.ok for r in notifications.outbox.dispatch()] == [True]
    (envelope,) = smtp.envelopes
    actual = _normalise(envelope.original_content)
    golden = GOLDEN / "digest.eml"
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual)
    assert actual == golden.read_text()
    html = smtp.messages[0].get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "Lakeside &lt;Medical&gt; Center" in html


def test_digest_is_sent_once_per_day_and_once_after_sleeping(tmp_path: Path) -> None:
    clock = Clock(SEVEN_AM - timedelta(hours=2))
    notifications = _notifications(tmp_path, clock)
    assert notifications.queue_digest() is None  # the first check arms the schedule
    clock.set(SEVEN_AM - timedelta(minutes=1))
    assert notifications.queue_digest() is None
    clock.set(SEVEN_AM)
    assert notifications.queue_digest() == "digest:2026-11-26"
    clock.advance(minutes=1)
    assert notifications.queue_digest() is None
    # A restart the same day sends nothing more.
    again = Notifications(notifications.config, Store(notifications.config.store_path), clock=clock)
    assert again.queue_digest() is None
    clock.advance(days=4, hours=3)  # the machine slept through three mornings
    assert again.queue_digest() == "digest:2026-11-30"
    assert again.queue_digest() is None
    rows = again.store.query("SELECT key FROM notifications WHERE type = 'digest' ORDER BY id")
    assert [r["key"] for r in rows] == ["digest:2026-11-26", "digest:2026-11-30"]


def test_quiet_day_gets_a_short_digest_unless_skip_empty(tmp_path: Path) -> None:
    clock = Clock(SEVEN_AM - timedelta(days=1))
    quiet = _notifications(tmp_path / "a", clock)
    quiet.queue_digest()
    clock.set(SEVEN_AM)
    assert quiet.queue_digest() == "digest:2026-11-26"
    payload = quiet.digest_payload()
    assert payload["quiet"]
    text = quiet.outbox.renderer.render("digest", payload).text
    assert "Nothing new since the last digest." in text

    clock.set(SEVEN_AM - timedelta(days=1))
    skipping = _notifications(tmp_path / "b", clock, digest={"skip_empty": True})
    skipping.queue_digest()
    clock.set(SEVEN_AM)
    assert skipping.queue_digest() is None
    assert skipping.store.query_one("SELECT count(*) AS n FROM notifications")["n"] == 0  # type: ignore[index]
    clock.advance(minutes=5)
    add_message(skipping.store, kind="rejection", fetched_at=clock())
    assert skipping.queue_digest() is None  # today's slot is done; tomorrow's will carry it


def test_digest_preview_writes_html_and_prints_its_path(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[mailbox]\nmaildir = "{tmp_path / "Maildir"}"\n[store]\npath = "{tmp_path / "t.sqlite3"}"\n'
    )
    with Store(tmp_path / "t.sqlite3") as store:
        add_record(store, "Mercy <Hospital>", status="invited", invited_at=datetime.now(UTC))
    target = tmp_path / "digest.html"
    result = CliRunner().invoke(cli, ["--config", str(config), "digest", "--preview", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(target.resolve())
    html = target.read_text()
    assert "Mercy &lt;Hospital&gt;" in html and "<script" not in html
    nothing = CliRunner().invoke(cli, ["--config", str(config), "digest", "--send"])
    assert nothing.exit_code != 0


def test_digest_send_goes_out_now_on_every_channel(tmp_path: Path, smtp: SMTPServer) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[mailbox]\nmaildir = "{tmp_path / "Maildir"}"\n[store]\npath = "{tmp_path / "t.sqlite3"}"\n'
        f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
        'from = "t@example.org"\nto = "j@example.org"\n'
    )
    Store(tmp_path / "t.sqlite3").close()  # as `tracker poll --once` leaves it: only polling creates it
    result = CliRunner().invoke(cli, ["--config", str(config), "digest", "--send"])
    assert result.exit_code == 0, result.output
    assert "email: sent" in result.output
    (message,) = smtp.wait_for(1)
    assert str(message["Subject"]).startswith("Daily digest")


def test_goal_pace_counts_days_in_the_applicants_zone(tmp_path: Path) -> None:
    # 23:00 on Sep 23 in New York is already Sep 24 in UTC, the season's first day: not yet begun.
    evening_before = datetime(2026, 9, 24, 3, 0, tzinfo=UTC)
    notifications = _notifications(tmp_path, Clock(evening_before))
    add_record(notifications.store, "Early Bird", specialty="Surgery", invited_at=evening_before)
    surgery = next(s for s in notifications.digest_payload()["specialties"] if s["specialty"] == "Surgery")
    assert (surgery["invitations"], surgery["pace_per_week"]) == (1, 0.0)
