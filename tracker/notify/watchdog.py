"""The watchdog: when no sync has succeeded for `[service] watchdog_after`, say so on every channel,
once per outage, and again when it recovers. A login that starts failing is an outage too: a
failed sync is never a success, whatever the cause.

`evaluate` is pure; `Watchdog.check` reads the store, keeps its state in the `state` table (so a
restart neither repeats nor forgets an outage) and queues the notices.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from tracker.clock import from_iso, iso
from tracker.store.database import Store

log = logging.getLogger(__name__)

STATE_KEY = "watchdog"


@dataclass(frozen=True)
class Transition:
    """What changed: an outage began ("down") or ended ("up")."""

    event: Literal["down", "up"]
    since: datetime  # the last success before the outage (or when watching began)


def evaluate(
    last_success: datetime | None,
    watching_since: datetime,
    now: datetime,
    after: timedelta,
    outage_since: datetime | None,
) -> Transition | None:
    """The transition at `now`, given the last successful sync and the outage in progress, if any.

    `watching_since` is when the service started: a machine that slept all night does not count
    the night as an outage before its first sync had a chance.
    """
    reference = max(last_success, watching_since) if last_success else watching_since
    down = now - reference > after
    if outage_since is None and down:
        return Transition("down", reference)
    if outage_since is not None and last_success is not None and last_success > outage_since and not down:
        return Transition("up", outage_since)
    return None


class Watchdog:
    """Checks sync health each minute and queues a notice on each transition."""

    def __init__(self, store: Store, after: timedelta, started_at: datetime) -> None:
        self.store = store
        self.after = after
        self.started_at = started_at

    def state(self) -> dict[str, Any]:
        value = self.store.get_state(STATE_KEY)
        return value if isinstance(value, dict) else {}

    def check(self, now: datetime, enqueue: Any) -> Transition | None:
        """Queue a watchdog notice through `enqueue(key, type, payload)` when the health changed."""
        state = self.state()
        outage_since = from_iso(state.get("outage_since"))
        last_success = self.store.last_successful_sync()
        transition = evaluate(last_success, self.started_at, now, self.after, outage_since)
        if transition is None:
            return None
        last_error = self.store.query_one(
            "SELECT error, finished_at FROM sync_runs WHERE ok = 0 ORDER BY id DESC LIMIT 1"
        )
        payload = {
            "template": f"watchdog_{transition.event}",
            "since": iso(transition.since),
            "last_success": iso(last_success),
            "now": iso(now),
            "after_minutes": int(self.after.total_seconds() // 60),
            "outage_minutes": int((now - transition.since).total_seconds() // 60),
            "last_error": last_error["error"] if last_error else None,
        }
        enqueue(f"watchdog:{transition.event}:{iso(transition.since)}", "watchdog", payload)
        if transition.event == "down":
            log.warning("watchdog: no successful sync since %s", iso(transition.since))
            self.store.set_state(
                STATE_KEY, {"outage_since": iso(transition.since), "last_error": payload["last_error"]}
            )
        else:
            log.warning("watchdog: syncing again after an outage since %s", iso(transition.since))
            self.store.set_state(STATE_KEY, {"outage_since": None, "recovered_at": iso(now)})
        return transition
