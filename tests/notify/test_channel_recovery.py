"""Alerts that waited on a channel that was down go out as soon as it is back, not at the end of a
backoff: `tracker run` checks the channel every few seconds while they wait, and `poll --once`
checks it before sending.

The clock is frozen in these tests, so no backoff ever runs out: only the channel coming back can
send what waited.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import mail
import pytest
from aiosmtpd.controller import Controller
from conftest import MailAccount
from fault_servers import JsonSink
from notify_helpers import Clock, make_config
from smtp_server import SMTPServer, free_port

from tracker.config import load_config
from tracker.notify.outbox import build_outbox
from tracker.service import Tracker
from tracker.store.database import Store

INVITATION = mail.load("service/mercy-invitation.eml")
START = datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
PAYLOAD = {"template": "test", "now": "2026-11-27T14:00:00+00:00"}


def config_path(account: MailAccount, tmp_path: Path, smtp_port: int | None, urls: list[str]) -> Path:
    path = account.write_config(tmp_path)
    text = path.read_text() + f"\n[notify]\nurls = {urls!r}\nurls_env = 'TRACKER_TEST_NO_URLS'\n".replace(
        "'", '"'
    )
    if smtp_port is not None:
        text += (
            f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
            'from = "Invite Tracker <tracker@example.org>"\nto = "jordan@example.org"\ntimeout = "5s"\n'
        )
    path.write_text(text)
    return path


class Service:
    """`Tracker.run` in a thread with a frozen clock."""

    def __init__(self, path: Path) -> None:
        config = load_config(path)
        self.tracker = Tracker(config, Store(config.store_path), clock=Clock(datetime.now(UTC)))
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.tracker.run, args=(self.stop,), daemon=True)

    def __enter__(self) -> Tracker:
        self.tracker.poll_once()  # the first sync, of an empty mailbox: no summary to send
        self.thread.start()
        return self.tracker

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=15)
        assert not self.thread.is_alive()


def failed_attempts(tracker: Tracker) -> int:
    row = tracker.store.query_one(
        "SELECT coalesce(sum(attempts), 0) AS n FROM deliveries WHERE sent_at IS NULL"
    )
    return int(row["n"]) if row else 0


def wait_for(condition: Any, timeout: float = 15.0) -> bool:
    event = threading.Event()
    deadline = datetime.now(UTC) + timedelta(seconds=timeout)
    while not condition():
        if datetime.now(UTC) > deadline:
            return False
        event.wait(0.02)
    return True


def test_an_alert_waiting_on_a_stopped_smtp_server_goes_out_as_soon_as_it_is_back(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    with Service(config_path(mail_account, tmp_path, smtp.port, [])) as tracker:
        smtp.stop()
        mail_account.append([INVITATION])
        assert wait_for(lambda: failed_attempts(tracker) >= 1), "the alert was never tried"
        smtp.start()
        (alert,) = smtp.wait_for(1, timeout=15)
        assert alert["X-Invite-Tracker-Key"].startswith("alert:message:")
    assert smtp.wait_for(2, timeout=0.3) == [alert]


def test_an_alert_waiting_on_a_push_endpoint_that_was_down_goes_out_as_soon_as_it_is_back(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    sink = JsonSink()  # not started: the endpoint is down
    try:
        with Service(config_path(mail_account, tmp_path, None, [sink.url])) as tracker:
            mail_account.append([INVITATION])
            assert wait_for(lambda: failed_attempts(tracker) >= 1), "the alert was never tried"
            sink.start()
            (post,) = sink.wait_for(1, timeout=15)
            assert "Mercy" in post["title"] + post["message"]
    finally:
        sink.stop()


def test_poll_once_sends_what_waited_on_a_channel_that_is_back_without_waiting_out_the_backoff(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    path = config_path(mail_account, tmp_path, smtp.port, [])
    config = load_config(path)
    clock = Clock(datetime.now(UTC))
    first = Tracker(config, Store(config.store_path), clock=clock)
    first.poll_once()
    smtp.stop()
    mail_account.append([INVITATION])
    first.poll_once()  # the alert fails: retried 15 s later at the earliest, by the backoff
    assert failed_attempts(first) == 1
    first.close()
    first.store.close()
    smtp.start()
    again = Tracker(config, Store(config.store_path), clock=clock)  # cron's next `poll --once`
    again.poll_once()
    assert len(smtp.wait_for(1, timeout=5)) == 1


class _TryLater:
    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: Any) -> str:
        return "451 4.7.1 Greylisted, try again later"


@pytest.fixture
def greylisting() -> Iterator[int]:
    port = free_port()
    controller = Controller(_TryLater(), hostname="127.0.0.1", port=port)
    controller.start()
    yield port
    controller.stop()


def test_a_server_that_says_try_later_is_retried_at_least_every_30_seconds(
    tmp_path: Path, greylisting: int
) -> None:
    clock = Clock(START)
    config = make_config(tmp_path, smtp_port=greylisting, service={"backoff_max": "5m"})
    store = Store(config.store_path)
    outbox = build_outbox(config, store, clock)
    outbox.enqueue("alert:message:1", "alert", PAYLOAD)
    waits = []
    for _ in range(4):
        (result,) = outbox.dispatch()
        assert not result.ok and "451" in (result.error or "")
        row = store.query_one("SELECT next_attempt_at FROM deliveries")
        assert row is not None
        due = datetime.fromisoformat(row["next_attempt_at"])
        waits.append((due - clock()).total_seconds())
        clock.set(due)
    assert waits == [15, 30, 30, 30]
