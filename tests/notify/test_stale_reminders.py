"""Reminders that go stale in the outbox: queued while every channel is down, a reminder whose moment
passed or whose record changed is dropped (with its reason, on every channel, for good), while a
reminder that is still right, and every alert however late, is delivered once the channel is back."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from notify_helpers import Clock, JsonEndpoint, add_message, add_record, add_sync_run, make_config
from smtp_server import SMTPServer

from tracker.notify.notifications import Notifications
from tracker.notify.outbox import Outbox, build_outbox
from tracker.store import database as store_module
from tracker.store.corrections import set_record
from tracker.store.database import Store

START = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)  # 10:00 in New York
PAYLOAD = {"template": "test", "now": "2026-11-20T15:00:00+00:00"}


@pytest.fixture
def endpoint() -> Iterator[JsonEndpoint]:
    server = JsonEndpoint()
    yield server
    server.close()


def dropped(store: Store) -> dict[str, str]:
    rows = store.query("SELECT key, dropped_reason FROM notifications WHERE dropped_at IS NOT NULL")
    return {r["key"]: r["dropped_reason"] for r in rows}


def outbox_for(tmp_path: Path, clock: Clock, **config: Any) -> tuple[Outbox, Store]:
    cfg = make_config(tmp_path, **config)
    store = Store(cfg.store_path)
    return build_outbox(cfg, store, clock), store


def test_stale_reminders_queued_during_an_smtp_outage_are_dropped_and_valid_ones_delivered(
    tmp_path: Path, smtp: SMTPServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="tracker.notify.outbox")
    clock = Clock(START)
    config = make_config(tmp_path, smtp_port=smtp.port)
    n = Notifications(config, Store(config.store_path), clock=clock)
    n.after_poll([], initial=True)  # an empty first import: alerts from now on
    mercy = add_record(n.store, "Mercy Hospital", respond_by=START + timedelta(hours=2))
    harbor = add_record(n.store, "Harbor View", respond_by=START + timedelta(hours=11))
    lakeside = add_record(n.store, "Lakeside", invited_at=START - timedelta(hours=2, minutes=1))
    summit = add_record(n.store, "Summit Health")
    invitation = add_message(n.store, kind="invitation", program="Summit Health", record_id=summit)

    smtp.stop()  # the mail server is gone for hours while `tracker run` keeps going
    alert = f"alert:message:{invitation}"
    assert n.after_poll([invitation], initial=False) == [alert]
    add_sync_run(n.store, clock(), ok=True)
    results = n.tick()
    deadline_mercy = f"reminder:deadline:{mercy}:{(START + timedelta(hours=2)).isoformat()}"
    deadline_harbor = f"reminder:deadline:{harbor}:{(START + timedelta(hours=11)).isoformat()}"
    unscheduled = f"reminder:unscheduled:{lakeside}:7200"
    assert sorted(r.key for r in results) == sorted([alert, deadline_mercy, deadline_harbor, unscheduled])
    assert not any(r.ok for r in results)
    for _ in range(6):
        clock.advance(minutes=30)
        add_sync_run(n.store, clock(), ok=True)
        n.tick()
    # Three hours on: Mercy's deadline passed, and the applicant scheduled Lakeside meanwhile.
    set_record(n.store, lakeside, status="scheduled", interview_date="2026-12-03", now=clock())
    assert smtp.keys() == []
    assert list(dropped(n.store)) == [deadline_mercy]  # dropped at its first retry after the deadline
    n.store.close()

    smtp.start()
    clock.advance(minutes=5)
    restarted = Notifications(config, Store(config.store_path), clock=clock)
    add_sync_run(restarted.store, clock(), ok=True)
    restarted.tick()
    messages = {m["X-Invite-Tracker-Key"]: m for m in smtp.wait_for(2)}
    assert sorted(messages) == sorted([alert, deadline_harbor])
    # Queued with 11 hours left, sent 3 hours later: it counts from when it is sent.
    assert messages[deadline_harbor]["Subject"] == "Deadline in 7 hours: Harbor View (Internal Medicine)"
    assert dropped(restarted.store) == {
        deadline_mercy: f"the deadline passed at {(START + timedelta(hours=2)).isoformat()}",
        unscheduled: "the record is scheduled now",
    }
    logged = [r for r in caplog.records if r.levelno == logging.INFO and "not sending" in r.getMessage()]
    assert [any(key in r.getMessage() for r in logged) for key in (deadline_mercy, unscheduled)] == [
        True,
        True,
    ]
    assert len(logged) == 2
    # Dropped is done: nothing is waiting, for the digest as for `tracker status`.
    assert restarted.outbox.pending() == []
    assert restarted.digest_payload()["health"]["pending_deliveries"] == 0

    # Exactly once across restarts: a dropped reminder never goes out later.
    for _ in range(2):
        restarted.store.close()
        clock.advance(hours=1)
        restarted = Notifications(config, Store(config.store_path), clock=clock)
        add_sync_run(restarted.store, clock(), ok=True)
        restarted.tick()
    assert len(smtp.wait_for(3, timeout=0.5)) == 2
    restarted.store.close()


def test_a_dropped_notification_goes_out_on_no_channel_even_one_added_later(
    tmp_path: Path, smtp: SMTPServer, endpoint: JsonEndpoint
) -> None:
    clock = Clock(START)
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port, urls=[endpoint.url])
    outbox.expiry = lambda key, type_, payload, now: "out of date" if key == "reminder:x" else None
    outbox.enqueue("reminder:x", "test", PAYLOAD)
    outbox.enqueue("alert:y", "test", PAYLOAD)
    assert sorted((r.key, r.ok) for r in outbox.dispatch()) == [("alert:y", True), ("alert:y", True)]
    assert smtp.wait_for(1) and smtp.keys() == ["alert:y"] and len(endpoint.posts) == 1
    assert dropped(store) == {"reminder:x": "out of date"}
    assert outbox.pending() == []
    store.close()

    # Restarted with another channel and no check at all: still never sent.
    other = JsonEndpoint()
    try:
        outbox, store = outbox_for(tmp_path, clock, urls=[other.url])
        clock.advance(hours=1)
        assert outbox.dispatch() == [] and other.posts == []
    finally:
        other.close()
        store.close()


def test_a_reminder_dropped_on_one_channel_is_dropped_on_all(
    tmp_path: Path, smtp: SMTPServer, endpoint: JsonEndpoint
) -> None:
    # Email went out; the webhook was down until after the moment passed: it does not get it late.
    clock = Clock(START)
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port, urls=[endpoint.url])
    endpoint.status = 503
    valid_until = START + timedelta(minutes=10)
    outbox.expiry = lambda key, type_, payload, now: "passed" if now >= valid_until else None
    outbox.enqueue("reminder:z", "test", PAYLOAD)
    assert sorted(r.ok for r in outbox.dispatch()) == [False, True]
    endpoint.status = 200
    clock.advance(minutes=15)
    assert outbox.dispatch() == []
    assert len(endpoint.posts) == 1 and dropped(store) == {"reminder:z": "passed"}  # the refused attempt
    row = store.query_one("SELECT count(*) AS n FROM deliveries WHERE sent_at IS NOT NULL")
    assert row is not None and row["n"] == 1
    store.close()


def test_an_expiry_check_that_fails_does_not_lose_the_notification(tmp_path: Path, smtp: SMTPServer) -> None:
    clock = Clock(START)
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port)

    def broken(key: str, type_: str, payload: dict[str, Any], now: datetime) -> str | None:
        raise RuntimeError("bug in the check")

    outbox.expiry = broken
    outbox.enqueue("reminder:w", "test", PAYLOAD)
    assert [r.ok for r in outbox.dispatch()] == [True]
    assert smtp.wait_for(1) and smtp.keys() == ["reminder:w"]
    store.close()


def test_a_refresh_that_fails_sends_the_notification_as_queued(tmp_path: Path, smtp: SMTPServer) -> None:
    clock = Clock(START)
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port)

    def broken(key: str, type_: str, payload: dict[str, Any], now: datetime) -> dict[str, Any]:
        raise RuntimeError("bug in the refresh")

    outbox.refresh = broken
    outbox.enqueue("reminder:v", "test", PAYLOAD)
    assert [r.ok for r in outbox.dispatch()] == [True]
    assert smtp.wait_for(1)[0]["Subject"] == "Invite Tracker test alert"
    store.close()


def test_an_invitation_alert_is_sent_however_late(tmp_path: Path, smtp: SMTPServer) -> None:
    clock = Clock(START)
    config = make_config(tmp_path, smtp_port=smtp.port)
    n = Notifications(config, Store(config.store_path), clock=clock)
    n.after_poll([], initial=True)
    record = add_record(n.store, "Summit Health", respond_by=START + timedelta(hours=1))
    invitation = add_message(n.store, kind="invitation", program="Summit Health", record_id=record)
    smtp.stop()
    n.after_poll([invitation], initial=False)
    n.outbox.dispatch()
    smtp.start()
    clock.advance(days=3)  # long after its deadline, the record since rejected
    set_record(n.store, record, status="rejected", now=clock())
    assert [r.ok for r in n.outbox.dispatch()] == [True]
    assert smtp.wait_for(1) and smtp.keys() == [f"alert:message:{invitation}"]
    assert dropped(n.store) == {}
    n.store.close()


def test_a_reminder_queued_before_the_upgrade_is_still_checked_and_sent(
    tmp_path: Path, smtp: SMTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A database written before migration 3 (no dropped_at), with a deadline reminder waiting in it.
    config = make_config(tmp_path, smtp_port=smtp.port)
    clock = Clock(START)
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:2])
        patch.setattr(store_module, "SCHEMA_VERSION", 2)
        with Store(config.store_path) as old:
            add_record(old, "Harbor View", respond_by=START + timedelta(hours=11))
            assert len(Notifications(config, old, clock=clock).queue_reminders()) == 1
    clock.advance(hours=1)
    store = Store(config.store_path)
    assert store.schema_version() == store_module.SCHEMA_VERSION
    n = Notifications(config, store, clock=clock)
    assert len(n.outbox.pending()) == 1
    assert [r.ok for r in n.outbox.dispatch()] == [True]
    assert smtp.wait_for(1)[0]["Subject"] == "Deadline in 10 hours: Harbor View (Internal Medicine)"
    store.close()
