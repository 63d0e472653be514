"""After the IMAP server comes back, new mail is read within seconds, against the real private Dovecot.

Dovecot is really stopped and started again here; what is injected is the waiting. The loops under
test are handed a `stop` whose `wait(seconds)` returns at once and records how long it was asked to
wait, so the tests see the reconnect schedule without sleeping through it and assert nothing about
time: only what the loop asked for and what reached the store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import mail
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

    Once the loop is connected and caught up (`ready()`), the next check stops Dovecot. Each wait
    the loop then asks for is recorded and returns at once; after `down_for` of them Dovecot is
    started again and an invitation APPENDed. The loop is told to stop once the invitation is in
    the store, or after `give_up` waits if it never gets there.
    """

    def __init__(
        self,
        tracker: Tracker,
        account: MailAccount,
        *,
        ready: Callable[[], bool],
        down_for: int,
        give_up: int = 40,
    ) -> None:
        self.tracker = tracker
        self.account = account
        self.ready = ready
        self.down_for = down_for
        self.give_up = give_up
        self.phase = "up"
        self.waits: list[float] = []  # every wait asked for, in order
        self.waits_while_down: list[float] = []

    def is_set(self) -> bool:
        if self.phase == "up" and self.ready():
            self.account.server.stop()
            self.phase = "down"
        elif self.phase == "back" and self.tracker.store.message_count() > 0:
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


def make_tracker(account: MailAccount, tmp_path: Path, *, idle: bool = True) -> Tracker:
    path = account.write_config(tmp_path)
    if not idle:
        path.write_text(path.read_text().replace("[service]\n", "[service]\nidle = false\n"))
    config = load_config(path)
    return Tracker(config, Store(config.store_path))


def stored_kinds(tracker: Tracker) -> list[str]:
    return [row["kind"] for row in tracker.store.query("SELECT kind FROM messages ORDER BY id")]


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
