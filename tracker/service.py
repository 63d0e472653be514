"""The service: one pipeline (sync → process → notify) run once by `poll --once`, or kept running
by `tracker run` with IMAP IDLE, a sweep, reminders and the digest under APScheduler.

Every stage is isolated: one bad message never stops a poll, one failing channel never stops the
others. Pipeline runs are serialised by one lock, so scheduled jobs never overlap.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from tracker.config import Config
from tracker.errors import ParseError
from tracker.notifications import Notifications
from tracker.parsing import ParsedMessage, parse_message
from tracker.store import Store, iso, utcnow

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]


@dataclass
class PollReport:
    """What one pass of the pipeline did."""

    new_messages: int = 0
    initial: bool = False  # the first sync of this mailbox: its mail was already there
    processed: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class Tracker:
    """The pipeline over one config, one store and one mailbox source."""

    def __init__(self, config: Config, store: Store, *, clock: Clock = utcnow) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.lock = threading.RLock()

    # -- one pass -------------------------------------------------------------------------------

    def poll_once(self) -> PollReport:
        """Sync every folder, process what is new, send what is due."""
        with self.lock:
            report = self.sync()
            processed, failed = self.process()
            report.processed, report.failed = processed, failed
            self.notify(report)
            return report

    def sync(self) -> PollReport:
        """Fetch new mail from every folder into the store (issue 2: mailbox engineer)."""
        # === mailbox engineer: sync via tracker.mailbox, record a sync_run ===
        return PollReport()

    def process(self, max_attempts: int = 3) -> tuple[list[int], list[int]]:
        """Parse and classify every message still `new`; returns (processed, failed) ids.

        A message that fails is marked `failed` with its error after `max_attempts` tries, so a
        poison message is neither lost nor retried forever.
        """
        processed: list[int] = []
        failed: list[int] = []
        for message_pk in self.store.messages_with_status("new", max_attempts):
            try:
                parsed = parse_message(self.store.raw_message(message_pk))
                self._store_parsed(message_pk, parsed)
                self.classify(message_pk, parsed)
            except ParseError as e:
                self._mark_failed(message_pk, str(e), final=True)
                failed.append(message_pk)
            except Exception as e:
                log.exception("process: message %d failed", message_pk)
                self._mark_failed(message_pk, f"{type(e).__name__}: {e}", final=False, limit=max_attempts)
                failed.append(message_pk)
            else:
                processed.append(message_pk)
        return processed, failed

    def classify(self, message_pk: int, parsed: ParsedMessage) -> None:
        """Classify one parsed message and link it to its record (issue 3)."""
        # === classification engineer: classify, store the result, link the record ===

    def notify(self, report: PollReport) -> None:
        """Queue alerts for what this pass found and send everything due (issue 4)."""
        # === notification engineer: enqueue alerts (a summary when report.initial), dispatch ===
        try:
            self.notifications.after_poll(report.processed, report.initial)
        except Exception as e:  # never lose the poll over a notification problem
            log.exception("notify: queueing alerts failed")
            report.errors.append(f"notify: {type(e).__name__}: {e}")
        self.notifications.outbox.dispatch()

    @property
    def notifications(self) -> Notifications:
        """Alerts, reminders, digest and watchdog over this store (built on first use)."""
        if getattr(self, "_notifications", None) is None:
            self._notifications = Notifications(self.config, self.store, clock=self.clock)
        return self._notifications

    def notification_jobs(self) -> list[tuple[str, Callable[[], object], float]]:
        """(name, function, interval in seconds) for `run()`: reminders, digest, watchdog, outbox retry."""
        every = self.config.service.reminder_interval.total_seconds()
        return [("notifications", self.notifications.tick, every)]

    # -- helpers --------------------------------------------------------------------------------

    def _store_parsed(self, message_pk: int, parsed: ParsedMessage) -> None:
        with self.store.transaction() as db:
            db.execute(
                "UPDATE messages SET status = 'parsed', error = NULL, date = ?, from_addr = ?, "
                "from_name = ?, subject = ?, message_id = coalesce(nullif(message_id, ''), ?) "
                "WHERE id = ?",
                (
                    iso(parsed.date),
                    parsed.from_addr,
                    parsed.from_name,
                    parsed.subject,
                    parsed.message_id,
                    message_pk,
                ),
            )

    def _mark_failed(self, message_pk: int, error: str, *, final: bool, limit: int = 1) -> None:
        with self.store.transaction() as db:
            db.execute(
                "UPDATE messages SET attempts = attempts + 1, error = ?, "
                "status = CASE WHEN ? OR attempts + 1 >= ? THEN 'failed' ELSE status END "
                "WHERE id = ?",
                (error, int(final), limit, message_pk),
            )

    # -- the long-running service ---------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Run until `stop` is set: IDLE + sweep (issue 2), reminders, digest, watchdog (issue 4)."""
        # === mailbox engineer: scheduler, IDLE loop, backoff; notification engineer adds jobs ===
        stop.wait()
