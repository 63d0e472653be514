"""The outbox: every notification recorded once and sent exactly once on each channel.

`Outbox.enqueue(key, type, payload)` records a notification once, ever (the key is UNIQUE), with one
`deliveries` row per channel. `Outbox.dispatch()` sends what is due: a delivery is claimed with a
lease (so two processes never send it at once), marked sent only after its channel succeeded, and a
failure is retried with capped exponential backoff that survives restarts. One failing channel
never stops the others. A notification that no longer makes sense when its turn comes (an `expiry`
check says why: a reminder whose deadline passed while every channel was down) is dropped, with
its reason, on every channel at once, and never sent later.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from tracker.clock import iso, utcnow
from tracker.config import Config
from tracker.errors import NotifyError
from tracker.notify.channels import Channel, DeliveryResult, build_channels
from tracker.notify.rendering import Rendered, Renderer
from tracker.store.database import Store

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
# Why a queued notification should not be sent any more, or None to send it: (key, type, payload, now).
Expiry = Callable[[str, str, dict[str, Any], datetime], str | None]
# The payload as it should read when it is sent at `now` ("deadline in 6 hours", not the 11 of when
# it was queued): (key, type, payload, now) -> payload.
Refresh = Callable[[str, str, dict[str, Any], datetime], dict[str, Any]]

RETRY_BASE = timedelta(seconds=15)
# A claimed delivery whose sender died is retried after this long.
LEASE = timedelta(minutes=2)


class Outbox:
    """The notifications table: enqueue once, deliver at least once per channel, never twice."""

    def __init__(
        self,
        store: Store,
        channels: Sequence[Channel],
        renderer: Renderer,
        *,
        clock: Clock = utcnow,
        backoff_max: timedelta = timedelta(minutes=5),
        expiry: Expiry | None = None,
        refresh: Refresh | None = None,
    ) -> None:
        self.store = store
        self.channels = {channel.name: channel for channel in channels}
        self.renderer = renderer
        self.clock = clock
        self.backoff_max = backoff_max
        self.expiry = expiry
        self.refresh = refresh
        self._lock = threading.Lock()
        self._warned = False

    def enqueue(self, key: str, type_: str, payload: dict[str, Any]) -> int | None:
        """Record a notification once; returns its id, or None when `key` was already queued."""
        now = iso(self.clock())
        with self.store.transaction() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO notifications (key, type, payload, created_at) VALUES (?, ?, ?, ?)",
                (key, type_, json.dumps(payload, default=str), now),
            )
            if cursor.rowcount == 0:
                return None
            notification = int(cursor.lastrowid or 0)
            for name in self.channels:
                db.execute(
                    "INSERT INTO deliveries (notification, channel, next_attempt_at) VALUES (?, ?, ?)",
                    (notification, name, now),
                )
            if not self.channels:
                log.log(
                    logging.INFO if self._warned else logging.WARNING,
                    "notifier: no channel configured ([smtp] or [notify] urls); %s is recorded, not sent",
                    key,
                )
                self._warned = True
                db.execute("UPDATE notifications SET sent_at = ? WHERE id = ?", (now, notification))
        log.info("notifier: queued %s", key)
        return notification

    def dispatch(self, keys: Sequence[str] | None = None) -> list[DeliveryResult]:
        """Send every delivery that is due (or only those of `keys`); returns what was attempted."""
        if keys is not None and not keys:
            return []
        with self._lock:
            now = self.clock()
            self._adopt_orphans(now)
            sql = (
                "SELECT d.notification, d.channel, d.attempts, n.key, n.type, n.payload "
                "FROM deliveries d JOIN notifications n ON n.id = d.notification "
                "WHERE d.sent_at IS NULL AND n.dropped_at IS NULL "
                "AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?) "
            )
            params: list[Any] = [iso(now)]
            if keys is not None:
                sql += f"AND n.key IN ({','.join('?' * len(keys))}) "
                params.extend(keys)
            rows = self.store.query(sql + "ORDER BY n.id, d.channel", params)
            results = []
            rendered: dict[int, Rendered | Exception] = {}
            wanted: dict[int, bool] = {}  # the expiry check, once per notification
            for row in rows:
                channel = self.channels.get(row["channel"])
                if channel is None:
                    continue  # a channel no longer configured: its delivery waits for it
                if not self._claim(row["notification"], row["channel"], now):
                    continue
                notification = int(row["notification"])
                if notification not in wanted:
                    wanted[notification] = self._still_wanted(row, now)
                if wanted[notification]:
                    results.append(self._deliver(row, channel, rendered, now))
            return results

    def _still_wanted(self, row: Any, now: datetime) -> bool:
        """Whether a notification still makes sense now; if not, drop it for good, with the reason."""
        if self.expiry is None:
            return True
        key = row["key"]
        try:
            reason = self.expiry(key, row["type"], json.loads(row["payload"]), now)
        except Exception:
            # Better a reminder that may be late than one lost to a bug in the check.
            log.exception("notifier: cannot tell whether %s is still current; sending it", key)
            return True
        if reason is None:
            return True
        with self.store.transaction() as db:
            db.execute(
                "UPDATE notifications SET dropped_at = ?, dropped_reason = ? "
                "WHERE id = ? AND sent_at IS NULL AND dropped_at IS NULL",
                (iso(now), reason[:500], int(row["notification"])),
            )
        log.info("notifier: not sending %s, it is out of date: %s", key, reason)
        return False

    def _adopt_orphans(self, now: datetime) -> None:
        """Give the current channels every notification that never reached the applicant and
        waits only on channels no longer configured (say [smtp] was broken and replaced)."""
        if not self.channels:
            return
        names = list(self.channels)
        marks = ",".join("?" * len(names))
        with self.store.transaction() as db:
            orphans = [
                int(row[0])
                for row in db.execute(
                    "SELECT n.id FROM notifications n WHERE n.sent_at IS NULL AND n.dropped_at IS NULL "
                    "AND EXISTS (SELECT 1 FROM deliveries d WHERE d.notification = n.id) "
                    "AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.notification = n.id "
                    f"AND (d.sent_at IS NOT NULL OR d.channel IN ({marks})))",
                    names,
                )
            ]
            for notification in orphans:
                for name in names:
                    db.execute(
                        "INSERT OR IGNORE INTO deliveries (notification, channel, next_attempt_at) "
                        "VALUES (?, ?, ?)",
                        (notification, name, iso(now)),
                    )
        if orphans:
            log.warning(
                "notifier: %d notification(s) waited on channels no longer configured; sending them on %s",
                len(orphans),
                ", ".join(names),
            )

    def _claim(self, notification: int, channel: str, now: datetime) -> bool:
        """Take a delivery for LEASE, so another process does not send it at the same time."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE deliveries SET next_attempt_at = ? WHERE notification = ? AND channel = ? "
                "AND sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
                (iso(now + LEASE), notification, channel, iso(now)),
            )
            return cursor.rowcount == 1

    def _deliver(
        self, row: Any, channel: Channel, cache: dict[int, Rendered | Exception], now: datetime
    ) -> DeliveryResult:
        notification, key = int(row["notification"]), row["key"]
        if notification not in cache:
            try:
                payload = json.loads(row["payload"])
                payload = self._refreshed(key, row["type"], payload, now)
                cache[notification] = self.renderer.render(payload.get("template", row["type"]), payload)
            except Exception as e:
                log.exception("notifier: cannot render %s", key)
                cache[notification] = e
        message = cache[notification]
        try:
            if isinstance(message, Exception):
                raise NotifyError(f"cannot render {key}: {type(message).__name__}: {message}")
            channel.send(message, key)
        except Exception as e:
            error = str(e) if isinstance(e, NotifyError) else f"{type(e).__name__}: {e}"
            self._failed(notification, channel.name, int(row["attempts"]) + 1, error)
            log.warning(
                "notifier: %s via %s failed (attempt %d): %s", key, channel.name, row["attempts"] + 1, error
            )
            return DeliveryResult(key, channel.name, False, error)
        self._sent(notification, channel.name)
        log.info("notifier: sent %s via %s", key, channel.name)
        return DeliveryResult(key, channel.name, True)

    def _refreshed(self, key: str, type_: str, payload: dict[str, Any], now: datetime) -> dict[str, Any]:
        if self.refresh is None:
            return payload
        try:
            return self.refresh(key, type_, payload, now)
        except Exception:  # the payload as queued is still worth sending
            log.exception("notifier: cannot bring %s up to date; sending it as queued", key)
            return payload

    def _sent(self, notification: int, channel: str) -> None:
        now = iso(self.clock())
        with self.store.transaction() as db:
            db.execute(
                "UPDATE deliveries SET sent_at = ?, attempts = attempts + 1, last_error = NULL, "
                "next_attempt_at = NULL WHERE notification = ? AND channel = ?",
                (now, notification, channel),
            )
            db.execute(
                "UPDATE notifications SET sent_at = ? WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM deliveries WHERE notification = ? AND sent_at IS NULL)",
                (now, notification, notification),
            )

    def _failed(self, notification: int, channel: str, attempts: int, error: str) -> None:
        delay = min(RETRY_BASE * 2 ** min(attempts - 1, 20), self.backoff_max)
        with self.store.transaction() as db:
            db.execute(
                "UPDATE deliveries SET attempts = ?, last_error = ?, next_attempt_at = ? "
                "WHERE notification = ? AND channel = ?",
                (attempts, error[:500], iso(self.clock() + delay), notification, channel),
            )

    def pending(self) -> list[dict[str, Any]]:
        """Deliveries not yet sent and still to be sent, for `tracker status` and the digest (a
        dropped notification is done: it will never be sent)."""
        rows = self.store.query(
            "SELECT n.key, d.channel, d.attempts, d.last_error, d.next_attempt_at FROM deliveries d "
            "JOIN notifications n ON n.id = d.notification "
            "WHERE d.sent_at IS NULL AND n.dropped_at IS NULL ORDER BY n.id"
        )
        return [dict(r) for r in rows]


def build_outbox(config: Config, store: Store, clock: Clock = utcnow) -> Outbox:
    """The outbox over every configured channel, rendering in the applicant's time zone."""
    return Outbox(
        store,
        build_channels(config),
        Renderer(config.applicant.tz),
        clock=clock,
        backoff_max=config.service.backoff_max,
    )
