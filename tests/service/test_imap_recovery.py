"""After the IMAP server comes back, new mail is read within seconds, against the real private Dovecot.

Dovecot is really stopped and started again here; what is injected is the waiting. The loops under
test are handed a `stop` whose `wait(seconds)` returns at once and records how long it was asked to
wait, so the tests see the reconnect schedule without sleeping through it and assert nothing about
time: only what the loop asked for and what reached the store.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import mail
import pytest
from conftest import MailAccount

from tracker.config import load_config
from tracker.service import Tracker
from tracker.store.database import Store

INVITATION = mail.load("service/mercy-invitation.eml")
# docs/reliability.md: a server that cannot be reached is tried again after 0.5 s, 1 s, then every
# 2 s, so new mail is in the store seconds after it is back (the target: 5 s).
LONGEST_WAIT = 2.0


class Outage:
    """The `stop` a reconnect loop is handed, scripting an outage of the real Dovecot.

    Once the loop is connected and caught up (`ready()`), the next check stops Dovecot (without
    `ready`, Dovecot is already stopped). Each wait the loop then asks for is recorded and returns
    at once; after `down_for` of them Dovecot is started again and an invitation APPENDed. The loop
    is told to stop once the invitation is in the store, or after `give_up` waits if it never gets
    there.
    """

    def __init__(
        self,
        tracker: Tracker,
        account: MailAccount,
        *,
        down_for: int,
        ready: Callable[[], bool] | None = None,
        give_up: int = 40,
    ) -> None:
        self.tracker = tracker
        self.account = account
        self.ready = ready
        self.down_for = down_for
        self.give_up = give_up
        self.phase = "up" if ready is not None else "down"
        self.waits: list[float] = []  # every wait asked for, in order
        self.waits_while_down: list[float] = []

    def is_set(self) -> bool:
        if self.phase == "up" and self.ready is not None and self.ready():
            self.account.server.stop()
            self.phase = "down"
        elif self.phase == "back" and any(kind is not None for kind in stored_kinds(self.tracker)):
            return True
        return len(self.waits) >= self.give_up

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(float(timeout or 0))
        if self.phase == "down":
            self.waits_while_down.append(float(timeout or 0))
            if len(self.waits_while_down) >= self.down_for:
                self.account.server.start()
                self.account.append([INVITATION])
                self.phase = "back"
        return self.is_set()


def make_tracker(account: MailAccount, tmp_path: Path, *, idle: bool = True, sweep: str = "2m") -> Tracker:
    path = account.write_config(tmp_path)
    text = path.read_text().replace('sweep_interval = "2m"', f'sweep_interval = "{sweep}"')
    path.write_text(text if idle else text.replace("[service]\n", "[service]\nidle = false\n"))
    config = load_config(path)
    return Tracker(config, Store(config.store_path))


def stored_kinds(tracker: Tracker) -> list[str]:
    return [row["kind"] for row in tracker.store.query("SELECT kind FROM messages ORDER BY id")]


def sync_runs(tracker: Tracker) -> list[int]:
    """Whether each finished sync went through (1) or failed (0), in order."""
    rows = tracker.store.query("SELECT ok FROM sync_runs WHERE finished_at IS NOT NULL ORDER BY id")
    return [int(row["ok"]) for row in rows]


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    """Wait for what the service's threads do (not for time to pass); give up after `timeout`."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.02)


def test_idle_reconnects_to_a_restarted_dovecot_with_short_waits_and_stores_the_new_mail(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    tracker = make_tracker(mail_account, tmp_path)
    watcher = tracker.source.idle_watchers()[0]  # INBOX
    outage = Outage(tracker, mail_account, ready=tracker.idle_ready.is_set, down_for=6)
    try:
        tracker._idle_loop(outage, watcher)  # type: ignore[arg-type]
    finally:
        if mail_account.server.process is None:
            mail_account.server.start()
        tracker.close()
    assert outage.phase == "back", "Dovecot was never stopped under the IDLE connection"
    # Only the loop's own reconnect could have read it: no sweep runs here.
    assert stored_kinds(tracker) == ["invitation"]
    # The lost IDLE connection and five attempts met the stopped Dovecot; the next found it back.
    assert len(outage.waits_while_down) == 6
    assert max(outage.waits) <= LONGEST_WAIT, outage.waits


def test_without_idle_a_pass_that_could_not_reach_dovecot_is_followed_by_cheap_checks_then_one_pass(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    from tracker.sources.base import MailboxUnreachable

    tracker = make_tracker(mail_account, tmp_path, idle=False)
    tracker.poll_once()  # the first sync: an empty mailbox
    mail_account.server.stop()
    outage = Outage(tracker, mail_account, down_for=5)
    try:
        with pytest.raises(MailboxUnreachable):
            tracker.poll_once()  # a sweep while Dovecot is stopped
        tracker._reconnect_loop(outage)  # type: ignore[arg-type]
    finally:
        if mail_account.server.process is None:
            mail_account.server.start()
        tracker.close()
    assert outage.phase == "back"
    assert stored_kinds(tracker) == ["invitation"]  # read by the loop: no sweep runs here
    assert max(outage.waits) <= LONGEST_WAIT, outage.waits
    # While Dovecot was down the loop only checked that it answers: no login, no failed sync each
    # time. The syncs are the first one, the sweep that failed, and the one pass once it was back.
    assert sync_runs(tracker) == [1, 0, 1]


def test_without_idle_tracker_run_reads_new_mail_once_dovecot_is_back_not_at_the_next_sweep(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    # A sweep a day apart: only the service's own reconnect can read the mail within this test.
    tracker = make_tracker(mail_account, tmp_path, idle=False, sweep="24h")
    server = mail_account.server
    stop = threading.Event()
    service = threading.Thread(target=tracker.run, args=(stop,), daemon=True)
    server.stop()
    try:
        service.start()
        wait_until(lambda: sync_runs(tracker) == [0], "the sweep at start meets the stopped Dovecot")
        server.start()
        mail_account.append([INVITATION])
        # Stored and classified: a stop between the two would leave it `new`, read at the next start.
        wait_until(
            lambda: stored_kinds(tracker) == ["invitation"], "the invitation read after Dovecot is back"
        )
    finally:
        stop.set()
        service.join(timeout=15)
        if server.process is None:
            server.start()
    assert not service.is_alive()
    assert stored_kinds(tracker) == ["invitation"]
    assert sync_runs(tracker) == [0, 1]
