"""A process killed while it sends an alert: the next one sends it at once, with the same Message-ID
(email) or the same reference at the end of its text (push, through Apprise).

The server took the alert, but the process died before the outbox recorded it; a restart must not
wait for a lease to run out (the applicant would wait two minutes), and the copy it sends again must
be recognisable as a copy.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import mail
import pytest
from conftest import MailAccount
from fault_servers import JsonSink, SlowSMTPServer
from notify_helpers import Clock, make_config
from smtp_server import SMTPServer

from tracker.cli import main
from tracker.notify.outbox import build_outbox, notification_ref
from tracker.store.database import Store
from tracker.store.instance import is_running, process_token

ROOT = Path(__file__).resolve().parents[2]
TRACKER = [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main())"]
INVITATION = mail.load("service/mercy-invitation.eml")
PAYLOAD = {"template": "test", "now": "2026-11-27T14:00:00+00:00"}


@pytest.fixture
def slow_smtp() -> SlowSMTPServer:
    server = SlowSMTPServer(delay=2.0).start()
    yield server  # type: ignore[misc]
    server.close()


def config_with_smtp(account: MailAccount, tmp_path: Path, port: int) -> Path:
    path = account.write_config(tmp_path)
    path.write_text(
        path.read_text()
        + f'\n[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
        + 'from = "Invite Tracker <tracker@example.org>"\nto = "jordan@example.org"\ntimeout = "20s"\n'
        + '\n[notify]\nurls_env = "TRACKER_TEST_NO_URLS"\n'
    )
    return path


def kill_9_mid_send(config: Path, account: MailAccount, received: Callable[..., Any], where: str) -> None:
    """After a first sync of the empty mailbox, an invitation arrives and `poll --once` is killed
    (kill -9) once `where` has the alert and has not answered yet: the outbox never knew."""
    assert main(["--config", str(config), "poll", "--once"]) == 0
    account.append([INVITATION])
    process = subprocess.Popen(
        [*TRACKER, "--config", str(config), "poll", "--once"],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert received(1, timeout=30), f"the alert never reached {where}"
    finally:
        process.kill()
        process.wait()


def test_an_alert_cut_short_by_kill_9_is_sent_again_at_once_with_the_same_message_id(
    mail_account: MailAccount, slow_smtp: SlowSMTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_with_smtp(mail_account, tmp_path, slow_smtp.port)
    kill_9_mid_send(config, mail_account, slow_smtp.wait_for, "the SMTP server")
    first = slow_smtp.messages[0]

    # The next poll (cron's, or the restarted service's) sends it now, not two minutes later.
    assert main(["--config", str(config), "poll", "--once"]) == 0
    messages = slow_smtp.wait_for(2, timeout=0)
    assert len(messages) == 2
    assert messages[1]["Message-ID"] == first["Message-ID"]  # a mail client shows it once
    assert messages[1]["X-Invite-Tracker-Key"] == first["X-Invite-Tracker-Key"]

    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert len(slow_smtp.messages) == 2  # recorded as sent this time: never a third copy
    capsys.readouterr()


def test_a_delivery_claimed_by_a_process_that_died_is_taken_over_at_once(
    tmp_path: Path, smtp: SMTPServer
) -> None:
    clock = Clock(datetime(2026, 11, 27, 14, 0, tzinfo=UTC))  # frozen: no lease can run out
    config = make_config(tmp_path, smtp_port=smtp.port)
    store = Store(config.store_path)
    outbox = build_outbox(config, store, clock)
    outbox.enqueue("alert:message:1", "alert", PAYLOAD)
    gone = subprocess.Popen(["sleep", "30"])
    holder = process_token(gone.pid)
    gone.kill()
    gone.wait()
    assert not is_running(holder)
    store.query(
        "UPDATE deliveries SET claimed_by = ?, next_attempt_at = '2026-11-27T14:02:00+00:00'", (holder,)
    )
    assert [r.ok for r in outbox.dispatch()] == [True]
    assert smtp.keys() == ["alert:message:1"]


def test_a_delivery_claimed_by_a_process_still_running_is_left_to_it(
    tmp_path: Path, smtp: SMTPServer
) -> None:
    clock = Clock(datetime(2026, 11, 27, 14, 0, tzinfo=UTC))
    config = make_config(tmp_path, smtp_port=smtp.port)
    store = Store(config.store_path)
    outbox = build_outbox(config, store, clock)
    outbox.enqueue("alert:message:1", "alert", PAYLOAD)
    sender = subprocess.Popen(["sleep", "30"])  # another process, sending it right now
    try:
        holder = process_token(sender.pid)
        store.query(
            "UPDATE deliveries SET claimed_by = ?, next_attempt_at = '2026-11-27T14:02:00+00:00'", (holder,)
        )
        assert outbox.dispatch() == []
        assert smtp.wait_for(1, timeout=0.3) == []
        clock.advance(minutes=3)  # alive but stuck past its lease: taken over
        assert [r.ok for r in outbox.dispatch()] == [True]
    finally:
        sender.kill()
        sender.wait()


def test_each_notification_keeps_one_message_id_and_two_never_share_one(
    tmp_path: Path, smtp: SMTPServer
) -> None:
    clock = Clock(datetime(2026, 11, 27, 14, 0, tzinfo=UTC))
    config = make_config(tmp_path, smtp_port=smtp.port)
    store = Store(config.store_path)
    outbox = build_outbox(config, store, clock)
    outbox.enqueue("alert:message:1", "alert", PAYLOAD)
    outbox.enqueue("alert:message:2", "alert", PAYLOAD)
    smtp.stop()
    assert [r.ok for r in outbox.dispatch()] == [False, False]
    idents = {row["key"]: row["ident"] for row in store.query("SELECT key, ident FROM notifications")}
    smtp.start()
    clock.advance(minutes=1)
    assert [r.ok for r in outbox.dispatch()] == [True, True]
    received = {str(m["X-Invite-Tracker-Key"]): str(m["Message-ID"]) for m in smtp.wait_for(2)}
    assert received["alert:message:1"].startswith(f"<{idents['alert:message:1']}@")
    assert received["alert:message:2"].startswith(f"<{idents['alert:message:2']}@")
    assert received["alert:message:1"] != received["alert:message:2"]


@pytest.fixture
def slow_push() -> JsonSink:
    sink = JsonSink(delay=2.0).start()
    yield sink  # type: ignore[misc]
    sink.stop()


def config_with_push(account: MailAccount, tmp_path: Path, url: str) -> Path:
    path = account.write_config(tmp_path)
    path.write_text(path.read_text() + f'\n[notify]\nurls = ["{url}"]\nurls_env = "TRACKER_TEST_NO_URLS"\n')
    return path


def ref_of(post: dict[str, str]) -> str | None:
    """The reference a push notification's text ends with ("ref N12"), or None."""
    found = re.search(r"\bref (N\d+)\s*$", post["message"])
    return found[1] if found else None


def test_a_push_alert_cut_short_by_kill_9_is_sent_again_at_once_with_the_same_ref(
    mail_account: MailAccount, slow_push: JsonSink, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_with_push(mail_account, tmp_path, slow_push.url)
    kill_9_mid_send(config, mail_account, slow_push.wait_for, "the push endpoint")

    assert main(["--config", str(config), "poll", "--once"]) == 0
    first, copy = slow_push.wait_for(2, timeout=0)
    store = Store(tmp_path / "tracker.sqlite3")
    alert = store.query_one("SELECT id FROM notifications WHERE key LIKE 'alert:message:%'")
    assert alert is not None
    # Push has no Message-ID: the copy is told from a new alert by the reference both end with.
    assert ref_of(first) == ref_of(copy) == notification_ref(alert["id"])
    assert first["title"] == copy["title"]

    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert len(slow_push.posts) == 2  # recorded as sent this time: never a third copy
    capsys.readouterr()


def test_two_push_notifications_never_share_a_ref(tmp_path: Path) -> None:
    sink = JsonSink().start()
    try:
        clock = Clock(datetime(2026, 11, 27, 14, 0, tzinfo=UTC))
        config = make_config(tmp_path, urls=[sink.url])
        store = Store(config.store_path)
        outbox = build_outbox(config, store, clock)
        first = outbox.enqueue("alert:message:1", "alert", PAYLOAD)
        second = outbox.enqueue("alert:message:2", "alert", PAYLOAD)
        assert first is not None and second is not None
        assert [r.ok for r in outbox.dispatch()] == [True, True]
        refs = [ref_of(post) for post in sink.wait_for(2)]
    finally:
        sink.stop()
    assert refs == [notification_ref(first), notification_ref(second)]
    assert refs[0] != refs[1]
