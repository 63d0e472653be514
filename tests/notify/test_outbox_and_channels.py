"""The outbox and its channels against a real SMTP server (aiosmtpd) and a real local HTTP endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from notify_helpers import Clock, JsonEndpoint, make_config
from smtp_server import SMTPServer

from tracker.errors import ConfigError, NotifyError
from tracker.notify.channels import EmailChannel, build_channels
from tracker.notify.outbox import Outbox, build_outbox
from tracker.notify.rendering import Renderer
from tracker.store.database import Store

START = datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
PAYLOAD = {"template": "test", "now": "2026-11-27T14:00:00+00:00"}


@pytest.fixture
def endpoint() -> Iterator[JsonEndpoint]:
    server = JsonEndpoint()
    yield server
    server.close()


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


def outbox_for(tmp_path: Path, clock: Clock, **config: Any) -> tuple[Outbox, Store]:
    cfg = make_config(tmp_path, **config)
    store = Store(cfg.store_path)
    return build_outbox(cfg, store, clock), store


def test_email_is_multipart_text_and_html_with_the_key(
    tmp_path: Path, smtp: SMTPServer, clock: Clock
) -> None:
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port)
    outbox.enqueue("test:1", "test", PAYLOAD)
    results = outbox.dispatch()
    assert [r.ok for r in results] == [True]
    (message,) = smtp.wait_for(1)
    assert message["Subject"] == "Invite Tracker test alert"
    assert message["X-Invite-Tracker-Key"] == "test:1"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None and "test alert" in text.get_content()
    assert html is not None and "<html" in html.get_content()
    row = store.query_one("SELECT sent_at FROM notifications WHERE key = 'test:1'")
    assert row is not None and row["sent_at"] is not None


def test_same_key_is_queued_and_sent_once(tmp_path: Path, smtp: SMTPServer, clock: Clock) -> None:
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port)
    assert outbox.enqueue("alert:message:7", "test", PAYLOAD) is not None
    assert outbox.enqueue("alert:message:7", "test", PAYLOAD) is None
    outbox.dispatch()
    outbox.dispatch()
    clock.advance(hours=1)
    outbox.dispatch()
    assert smtp.wait_for(1, timeout=0.5) and smtp.keys() == ["alert:message:7"]
    assert store.query_one("SELECT count(*) AS n FROM notifications")["n"] == 1  # type: ignore[index]


def test_smtp_outage_then_restart_sends_exactly_once(tmp_path: Path, smtp: SMTPServer, clock: Clock) -> None:
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port)
    smtp.stop()  # the server goes away
    outbox.enqueue("alert:message:1", "test", PAYLOAD)
    (result,) = outbox.dispatch()
    assert not result.ok and "cannot reach SMTP server" in (result.error or "")
    row = store.query_one("SELECT attempts, sent_at, last_error FROM deliveries")
    assert row is not None and row["attempts"] == 1 and row["sent_at"] is None
    store.close()

    # The process restarts; the server comes back.
    smtp.start()
    outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port)
    assert outbox.dispatch() == []  # not before its backoff
    clock.advance(seconds=16)
    assert [r.ok for r in outbox.dispatch()] == [True]
    clock.advance(hours=1)
    assert outbox.dispatch() == []
    assert smtp.wait_for(1) and smtp.keys() == ["alert:message:1"]


def test_failed_sends_back_off_exponentially_up_to_the_cap(tmp_path: Path, clock: Clock) -> None:
    outbox, store = outbox_for(tmp_path, clock, smtp_port=1, service={"backoff_max": "2m"})  # nothing listens
    outbox.enqueue("alert:message:1", "test", PAYLOAD)
    waits = []
    for _ in range(5):
        assert len(outbox.dispatch()) == 1
        row = store.query_one("SELECT next_attempt_at FROM deliveries")
        assert row is not None
        due = datetime.fromisoformat(row["next_attempt_at"])
        waits.append((due - clock()).total_seconds())
        assert outbox.dispatch() == []  # not retried before it is due
        clock.set(due)
    assert waits == [15, 30, 60, 120, 120]


def test_starttls_with_auth_verifies_the_certificate(
    tmp_path: Path, clock: Clock, smtp_tls: SMTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_TEST_SMTP_PW", "s3cret")
    smtp = {"security": "starttls", "username": "jordan", "password_env": "TRACKER_TEST_SMTP_PW"}
    unverified = make_config(tmp_path, smtp_port=smtp_tls.port, smtp=smtp)
    (channel,) = build_channels(unverified)
    rendered = Renderer(unverified.applicant.tz).render("test", PAYLOAD)
    with pytest.raises(NotifyError, match="cannot be verified"):
        channel.send(rendered, "k1")

    trusted = make_config(tmp_path, smtp_port=smtp_tls.port, smtp={**smtp, "ca_file": str(smtp_tls.cert)})
    (channel,) = build_channels(trusted)
    channel.send(rendered, "k2")
    assert smtp_tls.wait_for(1)[0]["X-Invite-Tracker-Key"] == "k2"

    monkeypatch.setenv("TRACKER_TEST_SMTP_PW", "wrong")
    with pytest.raises(NotifyError, match="SMTP login to 127.0.0.1:.* failed"):
        channel.send(rendered, "k3")
    monkeypatch.delenv("TRACKER_TEST_SMTP_PW")
    monkeypatch.setattr("tracker.notify.channels.get_secret", lambda env, user: None)
    with pytest.raises(NotifyError, match=r"no SMTP password for jordan \(set \$TRACKER_TEST_SMTP_PW"):
        channel.send(rendered, "k4")


def test_password_never_appears_in_errors_or_logs(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    server = SMTPServer(tls=True, users={"jordan": "right"}).start()
    try:
        monkeypatch.setenv("TRACKER_TEST_SMTP_PW", "hunter2-wrong")
        smtp = {
            "security": "starttls",
            "username": "jordan",
            "password_env": "TRACKER_TEST_SMTP_PW",
            "ca_file": str(server.cert),
        }
        outbox, store = outbox_for(tmp_path, clock, smtp_port=server.port, smtp=smtp)
        outbox.enqueue("alert:1", "test", PAYLOAD)
        with caplog.at_level("DEBUG"):
            (result,) = outbox.dispatch()
        assert not result.ok
        stored = store.query_one("SELECT last_error FROM deliveries")
        assert stored is not None and "hunter2" not in stored["last_error"]
        assert "hunter2" not in caplog.text and "hunter2" not in (result.error or "")
    finally:
        server.close()


def test_apprise_json_endpoint_receives_the_alert(
    tmp_path: Path, endpoint: JsonEndpoint, clock: Clock
) -> None:
    outbox, _ = outbox_for(tmp_path, clock, urls=[endpoint.url])
    outbox.enqueue("test:1", "test", PAYLOAD)
    assert [r.ok for r in outbox.dispatch()] == [True]
    (post,) = endpoint.posts
    assert post["title"] == "Invite Tracker test alert"
    assert "test alert" in post["message"]


def test_one_failing_channel_does_not_stop_the_others(
    tmp_path: Path, smtp: SMTPServer, endpoint: JsonEndpoint, clock: Clock
) -> None:
    broken = JsonEndpoint(status=500)
    try:
        outbox, store = outbox_for(tmp_path, clock, smtp_port=smtp.port, urls=[broken.url, endpoint.url])
        smtp.stop()
        outbox.enqueue("alert:message:3", "test", PAYLOAD)
        results = {r.channel: r.ok for r in outbox.dispatch()}
        assert len(endpoint.posts) == 1 and len(broken.posts) == 1
        assert sorted(results.values()) == [False, False, True] and results["email"] is False
        # The failed ones are retried later; the one that worked is never sent again.
        smtp.start()
        broken.status = 200
        clock.advance(minutes=1)
        assert all(r.ok for r in outbox.dispatch())
        assert len(endpoint.posts) == 1 and len(broken.posts) == 2 and smtp.keys() == ["alert:message:3"]
        row = store.query_one("SELECT sent_at FROM notifications")
        assert row is not None and row["sent_at"] is not None
    finally:
        broken.close()


def test_a_claimed_delivery_is_not_sent_by_a_second_process(
    tmp_path: Path, smtp: SMTPServer, clock: Clock
) -> None:
    first, _ = outbox_for(tmp_path, clock, smtp_port=smtp.port)
    second, _ = outbox_for(tmp_path, clock, smtp_port=smtp.port)
    first.enqueue("alert:message:9", "test", PAYLOAD)
    assert first._claim(1, "email", clock())  # the first process is sending it right now
    assert second.dispatch() == []
    clock.advance(minutes=3)  # the first process died mid-send: the lease runs out
    assert [r.ok for r in second.dispatch()] == [True]


def test_invalid_apprise_url_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"\[notify\] a nosuchscheme:// URL"):
        build_channels(make_config(tmp_path, urls=["nosuchscheme://token@host"]))


def test_urls_from_the_environment_are_channels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACKER_TEST_URLS", "json://127.0.0.1:9/a json://127.0.0.1:9/b")
    config = make_config(tmp_path, notify={"urls_env": "TRACKER_TEST_URLS"})
    names = [c.name for c in build_channels(config)]
    assert len(names) == 2 and all(n.startswith("apprise:json:") for n in names)
    assert not any("127.0.0.1" in n for n in names)  # tokens in URLs never reach the store


def test_with_no_channel_a_notification_is_recorded_not_retried(tmp_path: Path, clock: Clock) -> None:
    outbox, store = outbox_for(tmp_path, clock)
    outbox.enqueue("alert:1", "test", PAYLOAD)
    assert outbox.dispatch() == [] and outbox.pending() == []
    assert store.query_one("SELECT sent_at FROM notifications")["sent_at"]  # type: ignore[index]


def test_script_in_a_subject_comes_out_escaped_in_the_html(
    tmp_path: Path, smtp: SMTPServer, clock: Clock
) -> None:
    outbox, _ = outbox_for(tmp_path, clock, smtp_port=smtp.port)
    payload = {
        "template": "alert",
        "kind": "invitation",
        "program": "<b>Evil</b> Program",
        "subject": "Interview <script>alert('x')</script>",
        "from_name": "<img src=x onerror=alert(1)>",
        "from_addr": "a@b.example",
        "arrived_at": "2026-11-27T14:00:00+00:00",
        "schedule_url": "javascript:alert(1)",
    }
    outbox.enqueue("alert:x", "alert", payload)
    outbox.dispatch()
    (message,) = smtp.wait_for(1)
    html_part = message.get_body(("html",))
    assert html_part is not None
    html = html_part.get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html and "<b>Evil" not in html
    assert "javascript:" not in html
    assert "Interview <script>" in message.get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_email_channel_message_has_one_line_subject() -> None:
    config = make_config(Path("/nonexistent"), smtp_port=25)
    assert config.smtp is not None
    channel = EmailChannel(config.smtp)
    rendered = Renderer(config.applicant.tz).render(
        "alert",
        {"template": "alert", "kind": "invitation", "program": "A\r\nBcc: x@evil.example", "arrived_at": ""},
    )
    message = channel.build(rendered, "k")
    assert "\n" not in str(message["Subject"]) and message["Bcc"] is None


def test_retry_delay_grows_from_clock(tmp_path: Path, clock: Clock) -> None:
    outbox, store = outbox_for(tmp_path, clock, smtp_port=1)
    outbox.enqueue("a", "test", PAYLOAD)
    outbox.dispatch()
    row = store.query_one("SELECT next_attempt_at FROM deliveries")
    assert row is not None and datetime.fromisoformat(row["next_attempt_at"]) == START + timedelta(seconds=15)


def test_an_alert_stuck_on_a_removed_channel_goes_out_on_the_channel_that_replaced_it(
    tmp_path: Path, endpoint: JsonEndpoint, clock: Clock
) -> None:
    # SMTP is broken, so the applicant swaps [smtp] for an ntfy-like URL: the pending invitation
    # alert must reach the new channel, not wait forever for the old one.
    outbox, store = outbox_for(tmp_path, clock, smtp_port=1)  # nothing listens
    outbox.enqueue("alert:message:5", "test", PAYLOAD)
    assert [r.ok for r in outbox.dispatch()] == [False]
    store.close()
    outbox, store = outbox_for(tmp_path, clock, urls=[endpoint.url])
    assert [r.ok for r in outbox.dispatch()] == [True]
    assert len(endpoint.posts) == 1
    clock.advance(hours=1)
    assert outbox.dispatch() == []  # once
    # A notification already delivered on a channel that is gone is not sent again elsewhere.
    outbox.enqueue("alert:message:6", "test", PAYLOAD)
    assert [r.ok for r in outbox.dispatch()] == [True]
    store.close()
    other = JsonEndpoint()
    try:
        outbox, store = outbox_for(tmp_path, clock, urls=[other.url])
        assert outbox.dispatch() == [] and other.posts == []
    finally:
        other.close()
