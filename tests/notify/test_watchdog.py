"""The watchdog: one alert per outage on every channel, one on recovery, and the digest says so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import MailAccount
from notify_helpers import Clock, add_sync_run, make_config
from smtp_server import SMTPServer

from tracker.config import load_config
from tracker.errors import MailboxError
from tracker.notify.notifications import Notifications
from tracker.notify.watchdog import evaluate
from tracker.service import Tracker
from tracker.store.database import Store

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
AFTER = timedelta(minutes=15)


def test_evaluate_reports_down_after_the_threshold_and_up_on_recovery() -> None:
    assert evaluate(T0, T0, T0 + AFTER, AFTER, None) is None
    down = evaluate(T0, T0, T0 + AFTER + timedelta(seconds=1), AFTER, None)
    assert down is not None and down.event == "down" and down.since == T0
    assert evaluate(T0, T0, T0 + timedelta(hours=5), AFTER, T0) is None  # still down: nothing new
    up = evaluate(T0 + timedelta(hours=5), T0, T0 + timedelta(hours=5, minutes=1), AFTER, T0)
    assert up is not None and up.event == "up"


def test_a_night_asleep_is_not_an_outage_before_the_first_sync_had_a_chance() -> None:
    last_success = T0 - timedelta(hours=9)
    assert evaluate(last_success, T0, T0 + timedelta(minutes=1), AFTER, None) is None


def notifications_at(tmp_path: Path, clock: Clock) -> Notifications:
    config = make_config(tmp_path)
    return Notifications(config, Store(config.store_path), clock=clock)


def watchdog_keys(n: Notifications) -> list[str]:
    return [
        r["key"] for r in n.store.query("SELECT key FROM notifications WHERE type = 'watchdog' ORDER BY id")
    ]


def test_failing_login_alerts_once_per_outage_and_again_on_recovery(tmp_path: Path) -> None:
    clock = Clock(T0)
    n = notifications_at(tmp_path, clock)
    add_sync_run(n.store, T0, ok=True)
    for minute in range(1, 40):  # the app password was revoked: every sync fails from now on
        clock.set(T0 + timedelta(minutes=minute))
        add_sync_run(
            n.store, clock(), ok=False, error="LOGIN failed: [AUTHENTICATIONFAILED] Authentication failed."
        )
        n.check_watchdog()
    assert watchdog_keys(n) == [f"watchdog:down:{T0.isoformat()}"]
    payload = n.store.query_one("SELECT payload FROM notifications")
    assert payload is not None and "AUTHENTICATIONFAILED" in payload["payload"]
    assert n.digest_payload()["health"]["outage_since"] == T0.isoformat()

    # A restart during the outage does not alert again.
    again = Notifications(n.config, Store(n.config.store_path), clock=clock)
    clock.advance(minutes=30)
    assert again.check_watchdog() is None

    add_sync_run(again.store, clock(), ok=True)
    assert again.check_watchdog() == "up"
    assert again.check_watchdog() is None
    assert watchdog_keys(again) == [f"watchdog:down:{T0.isoformat()}", f"watchdog:up:{T0.isoformat()}"]
    assert again.digest_payload()["health"]["outage_since"] is None

    # A second outage is a new alert.
    second = clock()
    clock.advance(minutes=16)
    assert again.check_watchdog() == "down"
    assert watchdog_keys(again)[-1] == f"watchdog:down:{second.isoformat()}"


def test_watchdog_notice_renders_on_every_channel(tmp_path: Path) -> None:
    clock = Clock(T0)
    n = notifications_at(tmp_path, clock)
    clock.advance(minutes=20)  # never synced since the service started
    assert n.check_watchdog() == "down"
    row = n.store.query_one("SELECT payload FROM notifications")
    assert row is not None
    import json

    rendered = n.outbox.renderer.render("watchdog_down", json.loads(row["payload"]))
    assert "cannot read your mailbox" in rendered.subject
    assert "tracker doctor" in rendered.text and "tracker doctor" in rendered.html


def test_revoked_password_against_dovecot_alerts_once_then_recovery(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config_path = mail_account.write_config(tmp_path)
    config_path.write_text(
        config_path.read_text()
        + f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
        + 'from = "t@example.org"\nto = "jordan@example.org"\n[notify]\nurls_env = "TRACKER_TEST_NO_URLS"\n'
    )
    config = load_config(config_path)
    clock = Clock(datetime.now(UTC))
    first = Tracker(config, Store(config.store_path), clock=clock)
    first.poll_once()
    first.close()

    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", "revoked")  # the app password was revoked
    tracker = Tracker(config, Store(config.store_path), clock=clock)
    jobs = {job.id: job.func for job in tracker.scheduled_jobs()}
    # One failing login (Dovecot penalises repeated ones by seconds); then no success for 16 minutes.
    clock.advance(minutes=1)
    with pytest.raises(MailboxError, match="login"):
        tracker.poll_once()
    jobs["watchdog"]()
    assert smtp.wait_for(1, timeout=0.2) == []
    clock.advance(minutes=16)
    jobs["watchdog"]()
    clock.advance(minutes=10)
    jobs["watchdog"]()
    (down,) = smtp.wait_for(1)
    assert down["Subject"] == "Invite Tracker cannot read your mailbox"
    assert "tracker doctor" in down.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert len(smtp.wait_for(2, timeout=0.3)) == 1

    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", mail_account.password)
    clock.advance(minutes=1)
    tracker.close()
    tracker = Tracker(config, Store(config.store_path), clock=clock)
    tracker.poll_once()
    jobs = {job.id: job.func for job in tracker.scheduled_jobs()}
    jobs["watchdog"]()
    jobs["watchdog"]()
    messages = smtp.wait_for(3, timeout=0.5)
    assert [m["Subject"] for m in messages] == [
        "Invite Tracker cannot read your mailbox",
        "Invite Tracker is reading your mailbox again",
    ]
    tracker.close()
