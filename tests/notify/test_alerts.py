"""Alerts after a poll: one per invitation or waitlist offer, one summary on a first import, never twice."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from notify_helpers import Clock, add_message, add_record, make_config

from tracker.notify.notifications import Notifications
from tracker.store.database import Store

NOW = datetime(2026, 11, 27, 15, 0, tzinfo=UTC)


def notifications(tmp_path: Path, clock: Clock) -> Notifications:
    config = make_config(tmp_path, smtp_port=2525)  # never dispatched here: only what is queued
    return Notifications(config, Store(config.store_path), clock=clock)


def queued(n: Notifications) -> list[tuple[str, str]]:
    return [(r["key"], r["type"]) for r in n.store.query("SELECT key, type FROM notifications ORDER BY id")]


def test_first_import_sends_one_summary_not_an_alert_per_message(tmp_path: Path) -> None:
    n = notifications(tmp_path, Clock(NOW))
    ids = []
    for i in range(5):
        record = add_record(n.store, f"Program {i}", respond_by=NOW + timedelta(days=i + 1))
        ids.append(add_message(n.store, kind="invitation", program=f"Program {i}", record_id=record))
    ids.append(add_message(n.store, kind="rejection", program="Nope"))
    keys = n.after_poll(ids, initial=True)
    assert keys == [f"summary:first-import:{ids[-1]}"]
    payload = json.loads(n.store.query_one("SELECT payload FROM notifications")["payload"])  # type: ignore[index]
    assert payload["kinds"] == {"invitation": 5, "rejection": 1}
    assert [r["program"] for r in payload["open_invitations"]] == [f"Program {i}" for i in range(5)]
    assert n.after_poll(ids, initial=False) == []  # the old mail never alerts later


def test_new_invitation_and_waitlist_offer_alert_once_each(tmp_path: Path) -> None:
    n = notifications(tmp_path, Clock(NOW))
    n.after_poll([], initial=True)
    record = add_record(n.store, "Mercy", respond_by=NOW + timedelta(hours=48))
    invitation = add_message(
        n.store,
        kind="invitation",
        record_id=record,
        classification={
            "kind": "invitation",
            "needs_review": False,
            "interview_dates": ["2026-12-03", "2026-12-10"],
            "schedule_url": "https://thalamusgme.example/s/1",
            "platform": "thalamus",
        },
    )
    waitlist = add_message(n.store, kind="waitlist", program="Hilltop")
    rejection = add_message(n.store, kind="rejection", program="Summit")
    keys = n.after_poll([invitation, waitlist, rejection], initial=False)
    assert keys == [f"alert:message:{invitation}", f"alert:message:{waitlist}"]
    assert n.after_poll([invitation, waitlist, rejection], initial=False) == []  # a re-poll
    alert = json.loads(
        n.store.query_one("SELECT payload FROM notifications WHERE key = ?", (keys[0],))["payload"]
    )  # type: ignore[index]
    assert alert["offered_dates"] == ["2026-12-03", "2026-12-10"]
    assert alert["schedule_url"] == "https://thalamusgme.example/s/1"
    assert alert["respond_by"] == (NOW + timedelta(hours=48)).isoformat()
    assert alert["program"] == "Mercy Hospital" and alert["specialty"] == "Internal Medicine"
    text = n.outbox.renderer.render("alert", alert).text
    assert "Respond by: Sun Nov 29, 10:00 AM EST" in text  # the deadline in the applicant's zone
    assert "Arrived:" in text and "https://thalamusgme.example/s/1" in text


def test_slot_opened_on_a_waitlisted_record_is_alerted_as_urgent(tmp_path: Path) -> None:
    n = notifications(tmp_path, Clock(NOW))
    n.after_poll([], initial=True)
    record = add_record(n.store, "Hilltop", status="invited", history=["waitlisted"])
    message = add_message(
        n.store, kind="invitation", program="Hilltop", record_id=record, subject="A slot opened"
    )
    (key,) = n.after_poll([message], initial=False)
    payload = json.loads(n.store.query_one("SELECT payload FROM notifications")["payload"])  # type: ignore[index]
    assert payload["slot_opened"] is True
    assert n.outbox.renderer.render("alert", payload).subject.startswith("Slot opened: Hilltop")


def test_needs_review_alert_says_so(tmp_path: Path) -> None:
    n = notifications(tmp_path, Clock(NOW))
    n.after_poll([], initial=True)
    message = add_message(
        n.store,
        kind="invitation",
        program=None,
        subject="New message in MyERAS",
        classification={"kind": "invitation", "needs_review": True, "confidence": 0.4},
    )
    n.after_poll([message], initial=False)
    payload = json.loads(n.store.query_one("SELECT payload FROM notifications")["payload"])  # type: ignore[index]
    rendered = n.outbox.renderer.render("alert", payload)
    assert (
        rendered.subject.startswith("Possible interview invitation:")
        and "[check]" in rendered.subject
        and "NEEDS REVIEW" in rendered.text
        and "Needs review" in rendered.html
    )


def test_a_message_classified_before_a_crash_is_still_alerted(tmp_path: Path) -> None:
    n = notifications(tmp_path, Clock(NOW))
    n.after_poll([], initial=True)
    message = add_message(n.store, kind="invitation")  # processed, then the process died before notify
    restarted = Notifications(n.config, Store(n.config.store_path), clock=n.clock)
    assert restarted.after_poll([], initial=False) == [f"alert:message:{message}"]


def test_a_first_import_that_died_before_its_summary_still_gets_one_summary(tmp_path: Path) -> None:
    n = notifications(tmp_path, Clock(NOW))
    # The first poll synced and classified the backlog, then died before notify: the next poll is
    # no longer the first sync, but its backlog must still be summarised, not alerted one by one.
    old = [add_message(n.store, kind="invitation", program=f"Old {i}") for i in range(3)]
    keys = n.after_poll(old, initial=False)
    assert keys == [f"summary:first-import:{old[-1]}"]
    new = add_message(n.store, kind="invitation", program="Fresh")
    assert n.after_poll([new], initial=False) == [f"alert:message:{new}"]


def test_a_message_that_cannot_be_read_is_alerted_once_so_the_applicant_looks_at_it(tmp_path: Path) -> None:
    from tracker.store.database import NewMessage

    n = notifications(tmp_path, Clock(NOW))
    n.after_poll([], initial=True)
    raw = b"From: =?utf-8?q?Mercy_GME?= <gme@mercy.example.org>\r\nSubject: Interview <b>invite</b>\r\n\r\n"
    (message,) = n.store.store_batch("acct", "INBOX", 1, [NewMessage(1, raw)], 1)
    with n.store.transaction() as db:
        db.execute("UPDATE messages SET status = 'failed', error = 'empty message' WHERE id = ?", (message,))
    assert n.after_poll([], initial=False) == [f"alert:unreadable:{message}"]
    assert n.after_poll([], initial=False) == []  # once
    payload = json.loads(n.store.query_one("SELECT payload FROM notifications")["payload"])  # type: ignore[index]
    assert payload["from"] == "Mercy GME <gme@mercy.example.org>"
    rendered = n.outbox.renderer.render("unreadable", payload)
    assert rendered.subject == "Could not read a message: Interview <b>invite</b> [check]"
    assert "Interview &lt;b&gt;invite&lt;/b&gt;" in rendered.html
    assert f"tracker set M{message}" in rendered.text


def test_reminders_are_queued_exactly_once_across_restarts(tmp_path: Path) -> None:
    clock = Clock(NOW)
    n = notifications(tmp_path, clock)
    add_record(n.store, "Mercy", invited_at=NOW)
    assert n.queue_reminders() == []
    clock.advance(hours=2)
    assert len(n.queue_reminders()) == 1
    clock.advance(minutes=1)
    assert n.queue_reminders() == []
    restarted = Notifications(n.config, Store(n.config.store_path), clock=clock)
    assert restarted.queue_reminders() == []
    clock.advance(hours=22)
    assert restarted.queue_reminders() == [f"reminder:unscheduled:1:{24 * 3600}"]
    assert [k for k, _ in queued(restarted)] == [
        "reminder:unscheduled:1:7200",
        "reminder:unscheduled:1:86400",
    ]


def test_an_invitation_classified_late_below_the_watermark_is_still_alerted(tmp_path: Path) -> None:
    n = notifications(tmp_path, Clock(NOW))
    n.after_poll([], initial=True)
    # The invitation failed classification once (a transient error) while a later message went
    # through and was notified; its retry then classified it, and the process died before notify.
    invitation = add_message(n.store, kind="invitation", program="Mercy")
    n.store.query("UPDATE messages SET kind = NULL WHERE id = ?", (invitation,))
    later = add_message(n.store, kind="info", program="Hilltop")
    assert n.after_poll([later], initial=False) == []
    n.store.query("UPDATE messages SET kind = 'invitation' WHERE id = ?", (invitation,))
    restarted = Notifications(n.config, Store(n.config.store_path), clock=n.clock)
    assert restarted.after_poll([], initial=False) == [f"alert:message:{invitation}"]
