"""The sender: `tracker run` delivers the outbox as it comes due, one thread per channel.

Each channel has its own thread, so a channel whose server hangs holds up no other. A thread sends
what is due on its channel, then sleeps until the next delivery is due or it is woken (something
was queued). While deliveries wait on a channel whose server could not be reached, it checks the
server every `PROBE_EVERY` (a connection, nothing sent) and sends them as soon as it answers: an
alert goes out seconds after its channel is back, not at the end of a backoff.
"""

from __future__ import annotations

import logging
import threading

from tracker.notify.outbox import Outbox

log = logging.getLogger(__name__)

# How often a channel that is down is checked while deliveries wait on it.
PROBE_EVERY = 2.0
# A thread with nothing due looks again after this long anyway (deliveries queued by another
# process, such as `tracker digest --send`, wake nobody here).
IDLE_CHECK = 15.0


class Sender:
    """One thread per channel sending the outbox's deliveries as they come due."""

    def __init__(self, outbox: Outbox, *, probe_every: float = PROBE_EVERY) -> None:
        self.outbox = outbox
        self.probe_every = probe_every
        self._stop = threading.Event()
        self._wakes = {name: threading.Event() for name in outbox.channels}
        self.threads: list[threading.Thread] = []

    def start(self) -> None:
        for name, wake in self._wakes.items():
            thread = threading.Thread(
                target=self._loop, args=(name, wake), name=f"send {name.split(':')[0]}", daemon=True
            )
            self.threads.append(thread)
            thread.start()

    def wake(self) -> None:
        """Something was queued: every channel looks now."""
        for wake in self._wakes.values():
            wake.set()

    def request_stop(self) -> None:
        """Finish: each thread ends after its send in progress (see `abort` for one that hangs)."""
        self._stop.set()
        self.wake()

    def abort(self) -> None:
        """Cut the sends still in progress (their server hangs): each is sent again by the next start."""
        self._stop.set()
        self.outbox.abort()

    def _loop(self, name: str, wake: threading.Event) -> None:
        while not self._stop.is_set():
            wait = IDLE_CHECK
            try:
                self.outbox.dispatch(channels=[name])
                if self._stop.is_set():
                    break
                if self.outbox.retry_if_back([name]):
                    continue  # its server answers again: send what waited, now
                wait = self._wait_for(name)
            except Exception:  # the loop must not die: the next turn tries again
                log.exception("sender: %s failed", name)
                wait = self.probe_every
            wake.wait(wait)
            wake.clear()

    def _wait_for(self, name: str) -> float:
        """How long to sleep: until the next delivery on `name` is due, or the next probe of a
        server that is down."""
        due = self.outbox.waiting_on(name)
        if due is None:
            return IDLE_CHECK
        wait = (due - self.outbox.clock()).total_seconds()
        if name in self.outbox.down or name not in self.outbox.known:
            wait = min(wait, self.probe_every)
        return min(max(wait, 0.05), IDLE_CHECK)
