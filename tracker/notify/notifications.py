"""What the service tells the applicant, and when: alerts after each poll, reminders, the daily
digest and the watchdog, each queued in the outbox under a key that makes it exactly once, then sent.

This module reads the store and the clock and hands the pure pieces (alerts, reminders, digest,
goals, watchdog) their data; the outbox does the sending.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from tracker.clock import from_iso, iso, utcnow
from tracker.config import Config
from tracker.notify import alerts, digest, goals, reminders
from tracker.notify.channels import DeliveryResult
from tracker.notify.outbox import Outbox, build_outbox
from tracker.notify.watchdog import Watchdog
from tracker.store.database import Store
from tracker.store.views import (
    load_messages,
    load_record,
    load_records,
    messages_needing_review,
    messages_since,
    sync_health,
)
from tracker.understanding.message import header_summary

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

ALERT_WATERMARK = "alerts.watermark"  # the highest message id already considered for alerts
FIRST_IMPORT_UPTO = "alerts.first_import_upto"  # messages up to this id were in the first-import summary
DIGEST_LAST_SLOT = "digest.last_slot"
DIGEST_LAST_SENT = "digest.last_sent"


class Notifications:
    """Alerts, reminders, digest and watchdog over one store and one outbox."""

    def __init__(
        self,
        config: Config,
        store: Store,
        *,
        clock: Clock = utcnow,
        outbox: Outbox | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.tz = config.applicant.tz
        self.outbox = outbox or build_outbox(config, store, clock)
        # Reminders are checked again when their turn to be sent comes: they may have gone stale,
        # and a deadline reminder counts the hours left from then.
        self.outbox.expiry = self.stale_reminder
        self.outbox.refresh = self.reminder_as_of
        self.watchdog = Watchdog(store, config.service.watchdog_after, clock())

    # -- alerts ---------------------------------------------------------------------------------

    def after_poll(self, processed: Sequence[int], initial: bool) -> list[str]:
        """Queue alerts for what a poll found (one summary on a first import); returns the keys."""
        watermark = int(self.store.get_state(ALERT_WATERMARK) or 0)
        row = self.store.query_one("SELECT max(id) AS top FROM messages WHERE kind IS NOT NULL")
        top = int(row["top"] or 0) if row else 0
        keys: list[str] = []
        records = load_records(self.store, self.tz, self.clock())
        # A first import that died before its summary went out is still a first import: the
        # backlog it left must not turn into one alert per old message.
        if initial or self.store.get_state(FIRST_IMPORT_UPTO) is None:
            everything = messages_since(self.store, None)
            if everything:
                key = f"summary:first-import:{top}"
                payload = alerts.summary_payload(everything, records, self.clock())
                if self.outbox.enqueue(key, "summary", payload):
                    keys.append(key)
            self.store.set_state(FIRST_IMPORT_UPTO, top)
        else:
            summarised = int(self.store.get_state(FIRST_IMPORT_UPTO) or 0)
            # Above the watermark, and any invitation or waitlist offer never alerted: a message
            # whose classification was retried can be classified after a higher one was notified.
            candidates = {r["id"] for r in self._ids_above(watermark)} | set(self._unalerted(summarised))
            ids = sorted(i for i in set(processed) | candidates if i > summarised)
            by_id = {r.id: r for r in records}
            for key, payload in alerts.alerts_for(load_messages(self.store, ids), by_id):
                if self.outbox.enqueue(key, "alert", payload):
                    keys.append(key)
            keys.extend(self._queue_unreadable(summarised))
        if top > watermark:
            self.store.set_state(ALERT_WATERMARK, top)
        return keys

    def _ids_above(self, watermark: int) -> list[Any]:
        return self.store.query("SELECT id FROM messages WHERE id > ? AND kind IS NOT NULL", (watermark,))

    def _unalerted(self, summarised: int) -> list[int]:
        """Invitations and waitlist offers above `summarised` with no alert queued (`alerts.alert_key`)."""
        marks = ",".join("?" * len(alerts.ALERT_KINDS))
        rows = self.store.query(
            f"SELECT id FROM messages m WHERE id > ? AND kind IN ({marks}) AND NOT EXISTS "
            "(SELECT 1 FROM notifications n WHERE n.key = 'alert:message:' || m.id)",
            (summarised, *alerts.ALERT_KINDS),
        )
        return [int(r["id"]) for r in rows]

    def _queue_unreadable(self, summarised: int) -> list[str]:
        """One alert per message that failed for good: unread, it could be an invitation."""
        rows = self.store.query(
            "SELECT id, raw, error, fetched_at FROM messages m WHERE status = 'failed' AND id > ? "
            "AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.key = 'alert:unreadable:' || m.id)",
            (summarised,),
        )
        keys = []
        for row in rows:
            key = alerts.unreadable_key(int(row["id"]))
            payload = alerts.unreadable_payload(
                int(row["id"]), header_summary(bytes(row["raw"])), row["error"], from_iso(row["fetched_at"])
            )
            if self.outbox.enqueue(key, "alert", payload):
                keys.append(key)
        return keys

    # -- reminders ------------------------------------------------------------------------------

    def queue_reminders(self) -> list[str]:
        """Queue every reminder due now."""
        settings = reminders.settings_from_config(self.config)
        keys = []
        now = self.clock()
        for reminder in reminders.due_reminders(load_records(self.store, self.tz, now), now, settings):
            payload = {"template": reminder.template, **reminder.payload}
            if self.outbox.enqueue(reminder.key, "reminder", payload):
                keys.append(reminder.key)
        return keys

    def stale_reminder(self, key: str, type_: str, payload: dict[str, Any], now: datetime) -> str | None:
        """Why a queued reminder should no longer be sent (`reminders.stale_reason`); alerts,
        summaries, digests and the watchdog never go stale."""
        if type_ != "reminder":
            return None
        record_id = reminders.record_of(key)
        if record_id is None:
            return None
        record = load_record(self.store, record_id, self.tz)
        return reminders.stale_reason(key, record, now, reminders.settings_from_config(self.config))

    def reminder_as_of(self, key: str, type_: str, payload: dict[str, Any], now: datetime) -> dict[str, Any]:
        """A reminder's payload as it reads when sent at `now` (`reminders.as_of`)."""
        return reminders.as_of(key, payload, now) if type_ == "reminder" else payload

    # -- digest ---------------------------------------------------------------------------------

    def digest_payload(self, now: datetime | None = None) -> dict[str, Any]:
        """The digest that would go out now."""
        # Here: the records module imports the classifier, which a sync alone never loads.
        from tracker.store.records import possible_duplicates

        now = now or self.clock()
        since = from_iso(self.store.get_state(DIGEST_LAST_SENT))
        records = load_records(self.store, self.tz, now)
        by_id = {record.id: record for record in records}
        data = digest.DigestData(
            records=records,
            new_messages=messages_since(self.store, since),
            needs_review=self._needs_review(),
            health=sync_health(self.store, since),
            watchdog=self.watchdog.state(),
            pending_deliveries=len(self.outbox.pending()),
            possible_duplicates=[
                (by_id[first], by_id[second])
                for first, second in possible_duplicates(self.store)
                if first in by_id and second in by_id
            ],
        )
        return digest.digest_contents(data, goals.settings_from_config(self.config), now, since, self.tz)

    def digest_html(self) -> str:
        """The digest that would go out now, as HTML (`tracker digest --preview`, the demo)."""
        return self.outbox.renderer.render("digest", self.digest_payload()).html

    def _needs_review(self) -> list[Any]:
        corrected = {int(r["message"]) for r in self.store.query("SELECT message FROM corrections")}
        return [m for m in messages_needing_review(self.store) if m.id not in corrected]

    def queue_digest(self) -> str | None:
        """Queue the daily digest when its time has come (missed days merge into one)."""
        settings = self.config.digest
        if not settings.enabled:
            return None
        now = self.clock()
        last_slot = from_iso(self.store.get_state(DIGEST_LAST_SLOT))
        if last_slot is None:
            # The first check only arms the schedule: the first digest goes at the next slot.
            self.store.set_state(DIGEST_LAST_SLOT, iso(digest.latest_slot(now, settings.time, self.tz)))
            return None
        slot = digest.digest_due(now, settings.time, self.tz, last_slot)
        if slot is None:
            return None
        payload = self.digest_payload(now)
        key = f"digest:{slot.date().isoformat()}"
        queued = None
        if payload["quiet"] and settings.skip_empty:
            log.info("digest: nothing new, skipped (skip_empty)")
        elif self.outbox.enqueue(key, "digest", payload):
            queued = key
            self.store.set_state(DIGEST_LAST_SENT, iso(now))
        self.store.set_state(DIGEST_LAST_SLOT, iso(slot))
        return queued

    def send_digest_now(self) -> list[DeliveryResult]:
        """`tracker digest --send`: queue the digest for now and send it."""
        now = self.clock()
        key = f"digest:manual:{now.isoformat()}"
        self.outbox.enqueue(key, "digest", self.digest_payload(now))
        self.store.set_state(DIGEST_LAST_SENT, iso(now))
        return self.outbox.dispatch([key])

    # -- watchdog -------------------------------------------------------------------------------

    def check_watchdog(self) -> str | None:
        transition = self.watchdog.check(self.clock(), self.outbox.enqueue)
        return transition.event if transition else None

    # -- the service's jobs ---------------------------------------------------------------------

    def tick(self) -> list[DeliveryResult]:
        """One pass of the minute job: reminders, digest, watchdog, then send what is due."""
        for step in (self.queue_reminders, self.queue_digest, self.check_watchdog):
            try:
                step()
            except Exception:
                log.exception("notifications: %s failed", step.__name__)
        return self.outbox.dispatch()
