"""The digest and the first-import summary as the applicant reads them: one set of figures, a
Respond link only where responding still helps, today's interview marked, a doubtful kind marked
wherever a kind is shown, ids that say what they name (R12, M12), a long first import counted rather
than listed, the pairs that may be one program, and the interviews just done."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from notify_helpers import Clock, add_message, add_record, make_config

from tracker.cli.demo import run_demo
from tracker.notify.alerts import summary_payload, unreadable_payload
from tracker.notify.notifications import Notifications
from tracker.notify.rendering import TEMPLATES, Renderer
from tracker.store.database import Store
from tracker.store.views import load_records, messages_since

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # Fri Nov 20, 12:00 in New York
DOUBT = {"kind": "invitation", "confidence": 0.4, "needs_review": True}


def notifications(tmp_path: Path, last_digest: datetime | None = NOW - timedelta(days=1)) -> Notifications:
    n = Notifications(make_config(tmp_path), Store(tmp_path / "tracker.sqlite3"), clock=Clock(NOW))
    if last_digest is not None:
        n.store.set_state("digest.last_sent", last_digest.isoformat())
    return n


def digest(n: Notifications) -> tuple[dict, str, str]:
    payload = n.digest_payload()
    rendered = n.outbox.renderer.render("digest", payload)
    return payload, rendered.text, rendered.html


# -- what needs a response, and when ----------------------------------------------------------------


def test_a_passed_deadline_has_no_respond_link_and_an_open_one_keeps_it(tmp_path: Path) -> None:
    n = notifications(tmp_path)
    add_record(
        n.store, "Open Door", respond_by=NOW + timedelta(hours=25), schedule_url="https://s.example/open"
    )
    add_record(n.store, "Too Late", respond_by=NOW - timedelta(days=3), schedule_url="https://s.example/late")
    _, text, html = digest(n)
    assert "https://s.example/open" in text and 'href="https://s.example/open"' in html
    assert "https://s.example/late" not in text and "https://s.example/late" not in html
    assert "deadline passed" in text and "Deadline passed" in html


def test_an_interview_today_is_marked_today_and_tomorrows_tomorrow(tmp_path: Path) -> None:
    n = notifications(tmp_path)
    add_record(n.store, "Morning", status="scheduled", interview_date="2026-11-20T19:00:00+00:00")
    add_record(n.store, "Next Day", status="scheduled", interview_date="2026-11-21")
    add_record(n.store, "Later", status="scheduled", interview_date="2026-11-27")
    payload, text, html = digest(n)
    assert [(r["program"], r["day"]) for r in payload["upcoming"]] == [
        ("Morning", "today"),
        ("Next Day", "tomorrow"),
        ("Later", ""),
    ]
    assert "  - TODAY, Fri Nov 20, 2:00 PM EST: Morning" in text
    assert "  - TOMORROW, Sat Nov 21, 2026: Next Day" in text
    assert re.search(r">Today</strong>, Fri Nov 20, 2:00 PM EST</td>", html)


def test_the_digest_shows_interviews_just_done_and_counts_them_under_goals(tmp_path: Path) -> None:
    n = notifications(tmp_path)
    # Booked for three days ago and never updated: the season has moved it to completed.
    done = add_record(n.store, "Lakeshore", status="scheduled", interview_date="2026-11-17")
    add_record(n.store, "Long Ago", status="completed", interview_date="2026-10-01")
    payload, text, html = digest(n)
    assert [r["program"] for r in payload["completed"]] == ["Lakeshore"]
    assert "INTERVIEWS DONE IN THE LAST 14 DAYS" in text and f"R{done} Lakeshore" in text
    assert f'tracker record R{done} --impressions "..."' in text
    assert "Interviews done in the last 14 days" in html
    im = next(s for s in payload["specialties"] if s["specialty"] == "Internal Medicine")
    assert im["completed"] == 2
    assert "2 completed" in text and "2 completed" in html


# -- ids and the review mark ------------------------------------------------------------------------


def test_the_digest_names_records_r12_and_messages_m12(tmp_path: Path) -> None:
    n = notifications(tmp_path)
    record = add_record(n.store, "Mercy", respond_by=NOW + timedelta(days=2))
    message = add_message(n.store, kind="invitation", program=None, subject="Hi", classification=DOUBT)
    _, text, html = digest(n)
    for body in (text, html):
        assert f"R{record} " in body and f"tracker record R{record} --status scheduled" in body
        assert f"M{message} [invitation]" in body and f"tracker set M{message} --kind" in body
        assert "tracker record # " not in body and "MESSAGE_ID" not in body


def test_a_doubtful_kind_is_marked_wherever_the_digest_shows_a_kind(tmp_path: Path) -> None:
    n = notifications(tmp_path)
    add_message(n.store, kind="invitation", program=None, subject="The Rounds newsletter",
                classification=DOUBT)  # fmt: skip
    add_message(n.store, kind="invitation", program="Mercy", subject="Interview invitation")
    payload, text, html = digest(n)
    assert [m["needs_review"] for m in payload["new_messages"]] == [True, False]
    assert "  - [invitation] [check] Residency Coordinator: The Rounds newsletter" in text
    assert "  - [invitation] Mercy: Interview invitation" in text
    assert "invitations: 2 (1 to check)" in text
    assert html.count("[check]") == 1 and "2 invitations (1 to check)" in html


def test_reminders_and_the_unreadable_alert_name_ids_as_typed() -> None:
    renderer = Renderer(NY)
    deadline = {"program": "Mercy", "record_id": 7, "respond_by": NOW.isoformat(), "hours_left": 5}
    assert "tracker record R7 --status scheduled" in renderer.render("reminder_deadline", deadline).text
    unreadable = unreadable_payload(42, {"from": "a@b.org", "subject": "Hi"}, "empty message", NOW)
    rendered = renderer.render("unreadable", unreadable)
    assert "tracker set M42 --kind" in rendered.text and "tracker set M42 --kind" in rendered.html


# -- a long first import ------------------------------------------------------------------------------


def test_a_first_digest_counts_the_mailbox_and_lists_only_the_news_that_matters(tmp_path: Path) -> None:
    n = notifications(tmp_path, last_digest=None)
    for day in range(12):
        add_message(n.store, kind="info", program=None, subject=f"Newsletter {day}",
                    date=NOW - timedelta(days=20 - day))  # fmt: skip
    add_message(n.store, kind="invitation", subject="Old invitation", date=NOW - timedelta(days=9))
    add_message(n.store, kind="invitation", subject="Fresh invitation", date=NOW - timedelta(hours=3))
    add_message(n.store, kind="rejection", subject="Fresh rejection", date=NOW - timedelta(hours=2))
    payload, text, html = digest(n)
    assert payload["new_total"] == 15 and payload["new_condensed"]
    assert [m["subject"] for m in payload["new_messages"]] == ["Fresh invitation"]
    assert "information messages: 12" in text and "Newsletter" not in text and "Newsletter" not in html
    assert "Old invitation" not in text and "Fresh rejection" not in text
    assert "of the last day" in text and "`tracker messages` lists every message" in text


def test_a_day_with_more_than_ten_new_messages_lists_only_those_that_matter(tmp_path: Path) -> None:
    n = notifications(tmp_path)
    for hour in range(11):
        add_message(n.store, kind="info", program=None, subject=f"Update {hour}",
                    date=NOW - timedelta(hours=hour + 1))  # fmt: skip
    add_message(n.store, kind="waitlist", subject="Waitlist offer", date=NOW - timedelta(hours=20))
    add_message(n.store, kind="cancellation", subject="Day cancelled", date=NOW - timedelta(hours=21))
    payload, text, _ = digest(n)
    assert [m["subject"] for m in payload["new_messages"]] == ["Waitlist offer", "Day cancelled"]
    assert "`tracker messages --since 2026-11-19` lists every message" in text
    # A quiet day lists everything it has.
    quiet = notifications(tmp_path / "quiet")
    add_message(quiet.store, kind="info", program=None, subject="One update", date=NOW - timedelta(hours=2))
    payload, _, _ = digest(quiet)
    assert not payload["new_condensed"] and [m["subject"] for m in payload["new_messages"]] == ["One update"]


def test_the_demos_first_digest_links_the_urgent_invitation_whole_and_does_not_list_the_mailbox(
    tmp_path: Path,
) -> None:
    html = run_demo(tmp_path).digest_path.read_text()
    assert 'href="https://calendly.com/summitridge-im-interviews/2027"' in html
    new = html[html.index(">New</h2>") : html.index(">Goals</h2>")]
    assert new.count("<tr>") <= 3
    assert "Lakeshore Health" in html  # the interview done this week


# -- possibly the same program -----------------------------------------------------------------------


def test_the_digest_asks_about_records_that_may_be_one_program(tmp_path: Path) -> None:
    n = notifications(tmp_path)
    first = add_record(n.store, "Beaumont", history=[])
    second = add_record(n.store, "Beaumont Dearborn")
    payload, text, html = digest(n)
    assert [(p["first"]["id"], p["second"]["id"]) for p in payload["possibly_same"]] == [(first, second)]
    for body in (text, html):
        assert f"tracker merge R{first} R{second}" in body
        assert f"tracker keep-apart R{first} R{second}" in body


# -- the first-import summary -------------------------------------------------------------------------


def first_import(tmp_path: Path) -> dict:
    n = notifications(tmp_path, last_digest=None)
    soon = add_record(n.store, "Summit Ridge", respond_by=NOW + timedelta(hours=25),
                      schedule_url="https://calendly.example/summit")  # fmt: skip
    late = add_record(n.store, "Cascade", respond_by=NOW - timedelta(days=20),
                      schedule_url="https://calendly.example/cascade")  # fmt: skip
    later = add_record(n.store, "Northgate", respond_by=NOW - timedelta(days=2))
    add_record(n.store, "Lakeshore", status="scheduled", history=["invited"], interview_date="2026-12-03")
    for record, program in ((soon, "Summit Ridge"), (late, "Cascade"), (later, "Northgate")):
        add_message(n.store, kind="invitation", program=program, record_id=record, subject="Invite")
    add_message(n.store, kind="invitation", program="Summit Ridge", record_id=soon, subject="Reminder")
    add_message(n.store, kind="invitation", program=None, subject="Newsletter", classification=DOUBT)
    return summary_payload(messages_since(n.store, None), load_records(n.store, NY, NOW), NOW)


def test_the_first_import_summary_states_each_figure_once_and_the_same_everywhere(tmp_path: Path) -> None:
    payload = first_import(tmp_path)
    assert (payload["invitations"], payload["awaiting"], payload["overdue"]) == (4, 1, 2)
    rendered = Renderer(NY).render("summary", payload)
    assert rendered.subject == "Invite Tracker is watching: 5 messages read, 1 invitation awaiting a response"
    assert "  5 invitations (1 to check)\n" in rendered.text
    assert re.search(r">5</td><td[^>]*>invitations <span[^>]*>\(1 to check\)", rendered.html)
    for body in (rendered.text, rendered.html):
        assert "4 programs invited you so far" in body
        assert "Awaiting your response (1)" in body and "Deadline passed (2)" in body
        assert "https://calendly.example/summit" in body
        assert "https://calendly.example/cascade" not in body  # its deadline passed
        assert "tracker messages --review" in body


def test_no_line_of_a_notifications_text_starts_with_from_which_mail_would_mangle(tmp_path: Path) -> None:
    """A text line starting "From " is sent as ">From " by mail servers that keep mbox files."""
    texts = [Renderer(NY).render("summary", first_import(tmp_path)).text]
    n = notifications(tmp_path / "d")
    add_record(n.store, "Mercy", respond_by=NOW + timedelta(days=1))
    texts.append(digest(n)[1])
    for name in set(TEMPLATES) - {"digest", "summary"}:
        texts.append(Renderer(NY).render(name, {"program": "From Here", "subject": "From us"}).text)
    for text in texts:
        assert not [line for line in text.splitlines() if line.startswith("From ")]


@pytest.mark.parametrize("template", ["summary", "digest"])
def test_old_queued_payloads_without_the_new_figures_still_render(template: str, tmp_path: Path) -> None:
    """Notifications queued before an upgrade are rendered by the new templates."""
    payload = first_import(tmp_path) if template == "summary" else digest(notifications(tmp_path / "d"))[0]
    for key in ("awaiting", "overdue", "possibly_same", "completed", "new_condensed", "new_since_day"):
        payload.pop(key, None)
    assert Renderer(NY).render(template, payload).text.strip()
