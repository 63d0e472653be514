"""The outbox: every notification recorded once and sent exactly once on each channel.

`Outbox.enqueue(key, type, payload)` records a notification once, ever (the key is UNIQUE), with one
`deliveries` row per channel. `Outbox.dispatch()` sends what is due: a delivery is claimed by this
process (so two processes never send it at once), marked sent only after its channel succeeded, and
a failure is retried with capped exponential backoff that survives restarts. One failing channel
never stops the others. A notification that no longer makes sense when its turn comes (an `expiry`
check says why: a reminder whose deadline passed while every channel was down) is dropped, with
its reason, on every channel at once, and never sent later.

A claim names its process (`tracker.store.instance`): a delivery claimed by a process that has
died is sent again at once by the next one, not after a timeout. Whether that process's send
reached the server before it died cannot be known, so such a delivery may arrive twice; an email
keeps the notification's one Message-ID (`ident`) on every attempt, and a push notification ends
with the notification's one reference ("ref N12"), so the copy is recognisable.
`retry_if_back()` is the cheap check, repeated every few seconds while deliveries wait on a
channel whose server could not be reached: once it answers, they are sent, whatever their backoff.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

from tracker.clock import from_iso, iso, utcnow
from tracker.config import Config
from tracker.errors import NotifyError
from tracker.notify.channels import Channel, DeliveryResult, TryLater, Unreachable, build_channels
from tracker.notify.rendering import Rendered, Renderer
from tracker.store.database import Store
from tracker.store.instance import is_running, process_token

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
# Why a queued notification should not be sent any more, or None to send it: (key, type, payload, now).
Expiry = Callable[[str, str, dict[str, Any], datetime], str | None]
# The payload as it should read when it is sent at `now` ("deadline in 6 hours", not the 11 of when
# it was queued): (key, type, payload, now) -> payload.
Refresh = Callable[[str, str, dict[str, Any], datetime], dict[str, Any]]

RETRY_BASE = timedelta(seconds=15)
# A server that refused for now (SMTP 4xx) is tried again at least this often.
TRY_LATER_MAX = timedelta(seconds=30)
# A delivery claimed by a process that still runs but has not finished it after this long (it is
# stuck) may be taken over; one whose process has died is taken over at once.
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
        self.process = process_token()  # names this process in the deliveries it claims
        # Channels whose server could not be reached at their last try (probed by retry_if_back),
        # and those whose state this process knows at all: a channel with deliveries waiting from
        # before it started is probed once, so a restart never leaves an alert waiting.
        self.down: set[str] = set()
        self.known: set[str] = set()
        self.aborted = False

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

    def dispatch(
        self, keys: Sequence[str] | None = None, channels: Sequence[str] | None = None
    ) -> list[DeliveryResult]:
        """Send every delivery that is due (or only those of `keys`, or on `channels`); returns
        what was attempted. Threads may dispatch at once: each delivery is claimed by one."""
        if (keys is not None and not keys) or (channels is not None and not channels):
            return []
        now = self.clock()
        with self._lock:
            self._adopt_orphans(now)
            self._take_over_from_the_dead(now)
        sql = (
            "SELECT d.notification, d.channel, d.attempts, n.key, n.type, n.payload "
            "FROM deliveries d JOIN notifications n ON n.id = d.notification "
            "WHERE d.sent_at IS NULL AND n.dropped_at IS NULL "
            "AND (d.next_attempt_at IS NULL OR d.next_attempt_at <= ?) "
        )
        params: list[Any] = [iso(now)]
        for column, values in (("n.key", keys), ("d.channel", channels)):
            if values is not None:
                sql += f"AND {column} IN ({','.join('?' * len(values))}) "
                params.extend(values)
        rows = self.store.query(sql + "ORDER BY n.id, d.channel", params)
        results = []
        rendered: dict[int, Rendered | Exception] = {}
        wanted: dict[int, bool] = {}  # the expiry check, once per notification
        for row in rows:
            channel = self.channels.get(row["channel"])
            if channel is None:
                continue  # a channel no longer configured: its delivery waits for it
            if self.aborted:
                break
            if not self._claim(row["notification"], row["channel"], now):
                continue
            notification = int(row["notification"])
            if notification not in wanted:
                wanted[notification] = self._still_wanted(row, now)
            if wanted[notification]:
                results.append(self._deliver(row, channel, rendered, now))
            else:
                self._release(notification, channel.name, now)
        return results

    def retry_if_back(self, channels: Iterable[str] | None = None) -> list[str]:
        """Check the channels that deliveries wait on after a failure and whose server could not
        be reached (or whose state this process does not know yet): for each one that answers now,
        make its waiting deliveries due at once. Returns the names of those channels."""
        now = self.clock()
        rows = self.store.query(
            "SELECT DISTINCT d.channel FROM deliveries d JOIN notifications n ON n.id = d.notification "
            "WHERE d.sent_at IS NULL AND n.dropped_at IS NULL AND d.attempts > 0 "
            "AND d.claimed_by IS NULL AND d.next_attempt_at > ?",
            (iso(now),),
        )
        waiting = {str(row["channel"]) for row in rows} & set(self.channels)
        if channels is not None:
            waiting &= set(channels)
        back = []
        for name in sorted(waiting):
            if name in self.known and name not in self.down:
                continue  # it answered, then refused the notification: its backoff stands
            reachable = self.channels[name].reachable()
            self.known.add(name)
            if reachable is None:
                continue  # cannot tell without sending: the backoff decides
            if not reachable:
                self.down.add(name)
                continue
            self.down.discard(name)
            if self._due_now(name, now):
                back.append(name)
        return back

    def _due_now(self, channel: str, now: datetime) -> int:
        """Make the deliveries waiting on `channel` after a failure due now (it works again)."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE deliveries SET next_attempt_at = ? WHERE channel = ? AND sent_at IS NULL "
                "AND attempts > 0 AND claimed_by IS NULL AND next_attempt_at > ?",
                (iso(now), channel, iso(now)),
            )
        if cursor.rowcount:
            log.info("notifier: %s works again; sending the %d waiting now", channel, cursor.rowcount)
        return int(cursor.rowcount)

    def waiting_on(self, channel: str) -> datetime | None:
        """When the next delivery on `channel` is due (None when nothing waits on it)."""
        row = self.store.query_one(
            "SELECT min(coalesce(d.next_attempt_at, '')) AS due FROM deliveries d "
            "JOIN notifications n ON n.id = d.notification "
            "WHERE d.channel = ? AND d.sent_at IS NULL AND n.dropped_at IS NULL",
            (channel,),
        )
        if row is None or row["due"] is None:
            return None
        return from_iso(row["due"]) or self.clock()

    def abort(self) -> None:
        """The service is stopping: cut sends in progress and start no new one. A send cut off is
        not counted as a failure; the next start sends it."""
        self.aborted = True
        for channel in self.channels.values():
            channel.abort()

    def _take_over_from_the_dead(self, now: datetime) -> None:
        """Make the deliveries claimed by processes that are gone (killed mid-send) due now."""
        holders = {
            str(row[0])
            for row in self.store.query(
                "SELECT DISTINCT d.claimed_by FROM deliveries d "
                "JOIN notifications n ON n.id = d.notification "
                "WHERE d.sent_at IS NULL AND n.dropped_at IS NULL AND d.claimed_by IS NOT NULL"
            )
        }
        dead = [holder for holder in holders - {self.process} if not is_running(holder)]
        if not dead:
            return
        with self.store.transaction() as db:
            taken = 0
            for holder in dead:
                taken += db.execute(
                    "UPDATE deliveries SET claimed_by = NULL, next_attempt_at = ? "
                    "WHERE claimed_by = ? AND sent_at IS NULL",
                    (iso(now), holder),
                ).rowcount
        log.warning(
            "notifier: %d delivery(ies) were being sent by a process that has ended; sending them "
            "again now (an email keeps its Message-ID, so a copy that did arrive is recognisable)",
            taken,
        )

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
        """Take a delivery in this process's name, so no other sends it at the same time."""
        with self.store.transaction() as db:
            cursor = db.execute(
                "UPDATE deliveries SET next_attempt_at = ?, claimed_by = ? WHERE notification = ? "
                "AND channel = ? AND sent_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= ?)",
                (iso(now + LEASE), self.process, notification, channel, iso(now)),
            )
            return cursor.rowcount == 1

    def _release(self, notification: int, channel: str, now: datetime) -> None:
        """Give a claimed delivery back, due now, without counting an attempt."""
        with self.store.transaction() as db:
            db.execute(
                "UPDATE deliveries SET claimed_by = NULL, next_attempt_at = ? "
                "WHERE notification = ? AND channel = ? AND sent_at IS NULL AND claimed_by = ?",
                (iso(now), notification, channel, self.process),
            )

    def _ident(self, notification: int) -> str:
        """The notification's identity, made once: every attempt's email has the same Message-ID."""
        with self.store.transaction() as db:
            db.execute(
                "UPDATE notifications SET ident = ? WHERE id = ? AND ident IS NULL",
                (f"tracker.{notification}.{secrets.token_hex(10)}", notification),
            )
            row = db.execute("SELECT ident FROM notifications WHERE id = ?", (notification,)).fetchone()
        return str(row[0])

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
            channel.send(message, key, self._ident(notification), notification_ref(notification))
        except Exception as e:
            error = str(e) if isinstance(e, NotifyError) else f"{type(e).__name__}: {e}"
            if self.aborted:
                # Cut off by the stop: not the channel's fault. Whether the server took it is
                # unknown, so the next start sends it again, with the same Message-ID.
                self._release(notification, channel.name, self.clock())
                log.info("notifier: %s via %s cut off by the stop; sent on the next start", key, channel.name)
                return DeliveryResult(key, channel.name, False, "stopped")
            self.known.add(channel.name)
            if isinstance(e, Unreachable):
                self.down.add(channel.name)
            else:
                self.down.discard(channel.name)
            cap = min(TRY_LATER_MAX, self.backoff_max) if isinstance(e, TryLater) else self.backoff_max
            self._failed(notification, channel.name, int(row["attempts"]) + 1, error, cap)
            log.warning(
                "notifier: %s via %s failed (attempt %d): %s", key, channel.name, row["attempts"] + 1, error
            )
            return DeliveryResult(key, channel.name, False, error)
        self.known.add(channel.name)
        self.down.discard(channel.name)
        self._sent(notification, channel.name)
        log.info("notifier: sent %s via %s", key, channel.name)
        # The channel works: what failed on it before goes now, not at the end of its backoff.
        self._due_now(channel.name, self.clock())
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
                "next_attempt_at = NULL, claimed_by = NULL WHERE notification = ? AND channel = ?",
                (now, notification, channel),
            )
            db.execute(
                "UPDATE notifications SET sent_at = ? WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM deliveries WHERE notification = ? AND sent_at IS NULL)",
                (now, notification, notification),
            )

    def _failed(
        self, notification: int, channel: str, attempts: int, error: str, cap: timedelta | None = None
    ) -> None:
        delay = min(RETRY_BASE * 2 ** min(attempts - 1, 20), cap or self.backoff_max)
        with self.store.transaction() as db:
            db.execute(
                "UPDATE deliveries SET attempts = ?, last_error = ?, next_attempt_at = ?, claimed_by = NULL "
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


def notification_ref(notification: int) -> str:
    """A notification's short reference as a push channel shows it: 'N12', the same on every send."""
    return f"N{notification}"


def build_outbox(config: Config, store: Store, clock: Clock = utcnow) -> Outbox:
    """The outbox over every configured channel, rendering in the applicant's time zone."""
    return Outbox(
        store,
        build_channels(config),
        Renderer(config.applicant.tz),
        clock=clock,
        backoff_max=config.service.backoff_max,
    )
