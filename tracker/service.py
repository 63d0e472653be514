"""The service: one pipeline (sync → process → notify) run once by `poll --once`, or kept running
by `tracker run` with IMAP IDLE, a sweep, reminders and the digest under APScheduler, and the sender
delivering the outbox on one thread per channel.

Every stage is isolated: one bad message never stops a poll, one failing channel never stops the
others. Pipeline runs are serialised by one lock, so scheduled jobs never overlap. Told to stop,
`run` is done within `STOP_WITHIN` seconds whatever the servers do: what waits on a server that does
not answer is cut off, and what it was doing is done again by the next start.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from tracker.clock import utcnow
from tracker.config import Config
from tracker.errors import ParseError, TrackerError
from tracker.sources.base import IdleWatcher, LoginRefused, MailboxUnreachable, Progress, Source
from tracker.sources.registry import open_source
from tracker.sources.sync import first_sync_pending, sync_mailbox
from tracker.store.database import Store
from tracker.vocabulary import MessageStatus

# Parsing, classification and notifications are imported where used, not here: `tracker.service`
# alone is what a sync loads (the sync benchmark times it), and classification's pattern tables cost
# ~85 ms to import and notifications bring Jinja2, which a sync needs neither of.
if TYPE_CHECKING:
    from tracker.notify.notifications import Notifications
    from tracker.notify.sender import Sender
    from tracker.understanding.message import ParsedMessage

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

PROCESS_CHUNK = 100  # messages processed per commit

# An IMAP server that cannot be reached is tried again after RECONNECT_FIRST seconds, doubling up to
# RECONNECT_MAX, so new mail reaches the store seconds after the server is back: by the IDLE
# watchers' reconnects and, with IDLE off or unavailable, by a pass as soon as a cheap check finds the
# server answering again, not at the next sweep. A refused login
# backs off from LOGIN_RETRY_FIRST up to [service] backoff_max: retrying a wrong password in a tight
# loop could lock the account.
RECONNECT_FIRST = 0.5
RECONNECT_MAX = 2.0
LOGIN_RETRY_FIRST = 15.0

# `run` stops within STOP_WITHIN seconds of being told. Work in progress may end cleanly during the
# first STOP_GRACE seconds; then connections to servers that have not answered are cut.
STOP_WITHIN = 4.0
STOP_GRACE = 1.5


@dataclass
class PollReport:
    """What one pass of the pipeline did."""

    new_messages: int = 0
    initial: bool = False  # the first sync of this mailbox: its mail was already there
    processed: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class JobSpec:
    """A job `Tracker.run` schedules: APScheduler runs it one instance at a time, missed runs merged."""

    id: str
    func: Callable[[], object]
    trigger: Any  # an APScheduler trigger, e.g. IntervalTrigger(minutes=2) or CronTrigger(...)
    run_at_start: bool = False


class Tracker:
    """The pipeline over one config, one store and one mailbox source."""

    def __init__(
        self, config: Config, store: Store, *, clock: Clock = utcnow, source: Source | None = None
    ) -> None:
        self.config = config
        self.store = store
        self.clock = clock
        self.lock = threading.RLock()
        self._source = source
        self.progress: Progress | None = None  # set by the CLI on a terminal
        # (messages read so far, messages to read) while `process` reads and classifies; likewise.
        self.process_progress: Callable[[int, int], None] | None = None
        self.stopping = threading.Event()  # set by run() on shutdown: a long sync stops between batches
        self.idle_ready = threading.Event()  # set while every IDLE watcher is connected and caught up
        # Set when a pass could not reach the mail server, cleared by one that synced: while it is
        # set, `run` checks every few seconds whether the server answers and runs a pass when it does.
        self.mailbox_unreachable = threading.Event()
        self._idle_up: dict[int, bool] = {}
        self._idle_lock = threading.Lock()
        self._sender: Sender | None = None  # while run() runs: it sends the outbox

    @property
    def source(self) -> Source:
        """The mailbox source (built from the config on first use)."""
        if self._source is None:
            self._source = open_source(self.config)
        return self._source

    def close(self) -> None:
        """Disconnect from the mailbox."""
        if self._source is not None:
            self._source.close()

    # -- one pass -------------------------------------------------------------------------------

    def poll_once(self) -> PollReport:
        """Sync every folder, process what is new, send what is due."""
        with self.lock:
            if self.stopping.is_set():
                return PollReport()  # the service is stopping: this pass waited for the last one
            try:
                report = self.sync()
            except Exception as e:
                # Only a server that cannot be reached is watched for: one that answers and refuses
                # (the login, TLS) is left to the sweep, never retried every few seconds.
                if isinstance(e, MailboxUnreachable):
                    self.mailbox_unreachable.set()
                else:
                    self.mailbox_unreachable.clear()
                # The batches stored before the connection went are processed and alerted now,
                # not when the server is back: an invitation among them must not wait. A first
                # import's backlog gets its one summary when its sync completes.
                if first_sync_pending(self.store, self.source.account):
                    self.process()
                else:
                    self._process_and_notify(PollReport())
                raise
            self.mailbox_unreachable.clear()
            return self._process_and_notify(report)

    def _process_and_notify(self, report: PollReport) -> PollReport:
        report.processed, report.failed = self.process()
        self.notify(report)
        return report

    def sync(self) -> PollReport:
        """Fetch new mail from every folder into the store."""
        run_id = self.store.start_sync_run(self.clock())
        try:
            result = sync_mailbox(
                self.source,
                self.store,
                self.config.mailbox.batch_size,
                progress=self.progress,
                should_stop=self.stopping.is_set,
            )
        except Exception as e:
            self.source.close()  # reconnect next time
            self.store.finish_sync_run(run_id, self.clock(), False, 0, str(e))
            raise
        error = "; ".join(result.errors) or None
        self.store.finish_sync_run(run_id, self.clock(), error is None, len(result.new_ids), error)
        return PollReport(new_messages=len(result.new_ids), initial=result.initial, errors=result.errors)

    def process(self, max_attempts: int = 3) -> tuple[list[int], list[int]]:
        """Parse and classify every message still `new`; returns (processed, failed) ids.

        A message that fails is marked `failed` with its error after `max_attempts` tries, so a
        poison message is neither lost nor retried forever.
        """
        from tracker.understanding.message import parse_message  # here: not on the sync path

        processed: list[int] = []
        failed: list[int] = []
        pending = self.store.messages_with_status(MessageStatus.NEW, max_attempts)
        for start in range(0, len(pending), PROCESS_CHUNK):
            if self.stopping.is_set():
                break  # shutting down: the rest stays `new` and is processed on the next pass
            # One commit per chunk of messages, each message a savepoint inside it: parsed,
            # classified and linked, or none of it. A crash loses only the chunk's work, whose
            # messages are still `new`.
            with self.store.transaction():
                for message_pk in pending[start : start + PROCESS_CHUNK]:
                    if self.stopping.is_set():
                        break
                    if self._process_one(message_pk, parse_message, max_attempts):
                        processed.append(message_pk)
                    else:
                        failed.append(message_pk)
                    if self.process_progress is not None:
                        self.process_progress(len(processed) + len(failed), len(pending))
        return processed, failed

    def _process_one(
        self, message_pk: int, parse: Callable[[bytes], ParsedMessage], max_attempts: int
    ) -> bool:
        """Parse, classify and link one message; False (and the message marked) if that failed."""
        try:
            parsed = parse(self.store.raw_message(message_pk))
            with self.store.transaction():
                self._store_parsed(message_pk, parsed)
                self.classify(message_pk, parsed)
        except ParseError as e:
            # One line per message that cannot be read; the applicant gets an alert for it.
            log.warning("process: message %d cannot be read: %s", message_pk, e)
            self._mark_failed(message_pk, str(e), final=True)
            return False
        except Exception as e:
            log.exception("process: message %d failed", message_pk)
            self._mark_failed(message_pk, f"{type(e).__name__}: {e}", final=False, limit=max_attempts)
            return False
        return True

    def classify(self, message_pk: int, parsed: ParsedMessage) -> None:
        """Classify one parsed message and link it to its record."""
        from tracker.store.corrections import personal_layer
        from tracker.store.records import save_classification  # here: both import the classifier (~85 ms)
        from tracker.understanding.classify import classify

        now = self.clock()
        # What the user's corrections taught, built from the store and handed to the pure classifier.
        personal = personal_layer(self.store, self.config.applicant)
        result = classify(
            parsed, applicant=self.config.applicant, rules=self.config.rules, now=now, personal=personal
        )
        save_classification(
            self.store,
            message_pk,
            result,
            in_reply_to=parsed.in_reply_to,
            references=parsed.references,
            body=parsed.text,
            now=now,
        )

    def notify(self, report: PollReport) -> None:
        """Queue alerts for what this pass found (a summary after a first import) and send everything due."""
        try:
            self.notifications.after_poll(report.processed, report.initial)
        except Exception as e:  # never lose the poll over a notification problem
            log.exception("notify: queueing alerts failed")
            report.errors.append(f"notify: {type(e).__name__}: {e}")
        self.send()

    def send(self) -> None:
        """Send what is due: under `run` the sender's threads do it; otherwise here, after giving
        any channel that failed before and answers again its waiting notifications."""
        if self._sender is not None:
            self._sender.wake()
            return
        outbox = self.notifications.outbox
        try:
            outbox.retry_if_back()
        except Exception:  # a failed check only leaves the backoff to decide
            log.exception("notify: checking the channels failed")
        outbox.dispatch()

    @property
    def notifications(self) -> Notifications:
        """Alerts, reminders, digest and watchdog over this store (built on first use)."""
        if getattr(self, "_notifications", None) is None:
            from tracker.notify.notifications import Notifications  # here: it imports Jinja2

            self._notifications = Notifications(self.config, self.store, clock=self.clock)
        return self._notifications

    # -- helpers --------------------------------------------------------------------------------

    def _store_parsed(self, message_pk: int, parsed: ParsedMessage) -> None:
        self.store.mark_parsed(
            message_pk,
            date=parsed.date,
            from_addr=parsed.from_addr,
            from_name=parsed.from_name,
            subject=parsed.subject,
            message_id=parsed.message_id,
        )

    def _mark_failed(self, message_pk: int, error: str, *, final: bool, limit: int = 1) -> None:
        # Back to `new` (even if parsing already succeeded) so a transient failure is retried,
        # until the attempts run out; a message is never left parsed but unclassified.
        with self.store.transaction() as db:
            db.execute(
                "UPDATE messages SET attempts = attempts + 1, error = ?, "
                "status = CASE WHEN ? OR attempts + 1 >= ? THEN 'failed' ELSE 'new' END "
                "WHERE id = ?",
                (error, int(final), limit, message_pk),
            )

    # -- the long-running service ---------------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Run until `stop` is set: IDLE + sweep, reminders, digest, watchdog, the sender."""
        from apscheduler.schedulers.background import BackgroundScheduler

        from tracker.notify.sender import Sender  # here: notifications bring Jinja2

        self.stopping.clear()
        self.source.resume()
        sender = Sender(self.notifications.outbox)
        self._sender = sender
        scheduler = BackgroundScheduler(timezone="UTC", executors={"default": _daemon_executor()})
        for job in self.scheduled_jobs():
            extra: dict[str, Any] = {"next_run_time": self.clock()} if job.run_at_start else {}
            scheduler.add_job(
                _guarded(job.id, job.func),
                trigger=job.trigger,
                id=job.id,
                name=job.id,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=None,
                **extra,
            )
        scheduler.start()
        sender.start()
        watchers: list[threading.Thread] = []
        if self.config.service.idle and self.source.supports_idle():
            for watcher in self.source.idle_watchers():
                thread = threading.Thread(
                    target=self._idle_loop, args=(stop, watcher), name=watcher.name, daemon=True
                )
                watchers.append(thread)
                thread.start()
        reconnect = threading.Thread(target=self._reconnect_loop, args=(stop,), name="reconnect", daemon=True)
        watchers.append(reconnect)
        reconnect.start()
        stop_dashboard = _start_dashboard(self.config, self.store, self.clock)
        log.info("service: running (sweep every %s)", self.config.service.sweep_interval)
        try:
            # Wake ten times a second: a signal caught by another thread would not end a plain wait,
            # and Python runs the SIGTERM handler only when the main thread runs.
            while not stop.wait(0.1):
                pass
        finally:
            self._shut_down(scheduler, sender, watchers, stop_dashboard)

    def _shut_down(
        self,
        scheduler: Any,
        sender: Sender,
        watchers: list[threading.Thread],
        stop_dashboard: Callable[[], None],
    ) -> None:
        """Stop within STOP_WITHIN seconds, losing nothing: a batch is stored whole or not at all,
        and a notification cut off mid-send is sent again by the next start."""
        deadline = time.monotonic() + STOP_WITHIN
        log.info("service: stopping")
        self.stopping.set()
        sender.request_stop()
        stop_dashboard()
        scheduler.shutdown(wait=False)  # a running pass ends at its next batch (`stopping`)
        grace = time.monotonic() + STOP_GRACE
        _join(watchers, grace)
        idle = self.lock.acquire(timeout=max(0.0, grace - time.monotonic()))
        _join(sender.threads, grace)
        if not idle or _alive(watchers):
            log.info("service: a server is not answering; cutting its connections")
            self.source.abort()
        if _alive(sender.threads):
            sender.abort()
        _join(watchers, deadline)
        idle = idle or self.lock.acquire(timeout=max(0.0, deadline - time.monotonic()))
        _join(sender.threads, deadline)
        self._sender = None
        if idle:
            # Log out, unless the server hangs: a connection kept open between sweeps may be to a
            # server that stopped answering while nothing was running.
            closing = threading.Thread(target=self.close, name="logout", daemon=True)
            closing.start()
            closing.join(max(0.5, deadline - time.monotonic()))
            if closing.is_alive():
                self.source.abort()
                closing.join(0.5)
            self.lock.release()
        else:
            log.warning("service: a pass did not end in time (a server does not answer); stopping without it")
        log.info("service: stopped")

    def scheduled_jobs(self) -> list[JobSpec]:
        """The jobs `run()` schedules: the sweep, reminders, the digest, the watchdog and the outbox."""
        from apscheduler.triggers.interval import IntervalTrigger

        jobs = [
            JobSpec(
                "sweep",
                self.poll_once,
                IntervalTrigger(seconds=self.config.service.sweep_interval.total_seconds()),
                run_at_start=True,
            ),
        ]
        notifications = self.notifications  # built now: the watchdog counts from the service's start
        every = IntervalTrigger(seconds=self.config.service.reminder_interval.total_seconds())
        for job_id, step in (
            ("reminders", notifications.queue_reminders),
            ("digest", notifications.queue_digest),
            ("watchdog", notifications.check_watchdog),
            ("outbox", lambda: None),  # wakes the sender; without one, retries what failed
        ):
            jobs.append(JobSpec(job_id, _then_send(step, self.send), every, run_at_start=True))
        return jobs

    def _reconnect_loop(self, stop: threading.Event) -> None:
        """After a pass that could not reach the mail server: check every RECONNECT_MAX seconds at
        most whether it answers (a connection, no login) and run a pass as soon as it does, so new
        mail is read seconds after the server is back, not at the next sweep. What the IDLE
        watchers' reconnects do for push, this does whether IDLE is on, off or unsupported.

        The check costs no login and records no sync, so an outage of hours is not thousands of
        failed syncs in the store or the log. The loop never dies.
        """
        delay = 0.0
        while not stop.is_set():
            if not self.mailbox_unreachable.is_set():
                delay = 0.0
                stop.wait(RECONNECT_FIRST)  # a cheap look at a flag: nothing is contacted
                continue
            if delay == 0.0:
                log.info("mailbox: checking every %.0fs for the server to answer again", RECONNECT_MAX)
            delay = min(max(delay * 2, RECONNECT_FIRST), RECONNECT_MAX)
            if stop.wait(delay) or not self.mailbox_unreachable.is_set():
                continue  # stopping, or another pass (a sweep, an IDLE catch-up) got through
            try:
                answers = self.source.server_answers()
            except Exception:
                log.exception("mailbox: checking the server failed")
                answers = False
            if answers:
                log.info("mailbox: the server answers again; reading new mail now")
                _guarded("reconnect", self.poll_once)()

    def _idle_loop(self, stop: threading.Event, watcher: IdleWatcher) -> None:
        """Push: IDLE on its own connection; each (re)connect and each new mail runs a pass.

        A server that cannot be reached is tried again every RECONNECT_MAX seconds at most; a
        refused login backs off up to [service] backoff_max. The loop never dies.
        """
        key = id(watcher)
        self._idle_status(key, False)
        try:
            self._watch(stop, watcher, key)
        finally:
            watcher.close()
            self._idle_status(key, None)

    def _idle_status(self, key: int, up: bool | None) -> None:
        """Track each watcher (None: it is gone); `idle_ready` is set while all are up."""
        with self._idle_lock:
            if up is None:
                self._idle_up.pop(key, None)
            else:
                self._idle_up[key] = up
            if self._idle_up and all(self._idle_up.values()):
                self.idle_ready.set()
            else:
                self.idle_ready.clear()

    def _watch(self, stop: threading.Event, watcher: IdleWatcher, key: int) -> None:
        renew = self.config.service.idle_renew.total_seconds()
        backoff_max = max(LOGIN_RETRY_FIRST, self.config.service.backoff_max.total_seconds())
        delay = 0.0
        failures = 0  # in a row: the first is a warning, the retries while it lasts are debug lines
        while not stop.is_set():
            try:
                if not watcher.connect():
                    return  # the server cannot IDLE, or no such folder: the sweep keeps watch
                if failures:
                    log.info("idle: %s connected again after %d attempt(s)", watcher.name, failures)
                _guarded("catch-up", self.poll_once)()
                delay, failures = 0.0, 0
                self._idle_status(key, True)
                while not stop.is_set():
                    if watcher.wait(stop, renew) and not stop.is_set():
                        _guarded("idle", self.poll_once)()
            except Exception as e:
                if stop.is_set():
                    break  # its connection was cut by the stop
                if isinstance(e, LoginRefused):
                    delay = min(max(delay * 2, LOGIN_RETRY_FIRST), backoff_max)
                else:
                    delay = min(max(delay * 2, RECONNECT_FIRST), RECONNECT_MAX)
                level = logging.WARNING if failures == 0 or isinstance(e, LoginRefused) else logging.DEBUG
                if isinstance(e, TrackerError):
                    log.log(level, "idle: %s; trying again in %.1fs", e, delay)
                else:
                    log.log(level, "idle: unexpected error; trying again in %.1fs", delay, exc_info=True)
                failures += 1
            self._idle_status(key, False)
            watcher.close()
            stop.wait(delay)


def poll_once_as_of(config: Config, store: Store, now: datetime, what: str) -> PollReport:
    """One pass of the pipeline as if it were `now` (the demo's day, a season's end), or a
    TrackerError naming `what` when the sync fails."""
    tracker = Tracker(config, store, clock=lambda: now)
    try:
        report = tracker.poll_once()
    finally:
        tracker.close()
    if report.errors:
        raise TrackerError(f"{what}'s sync failed: {'; '.join(report.errors)}")
    return report


def _start_dashboard(config: Config, store: Store, clock: Clock) -> Callable[[], None]:
    """Serve the dashboard beside the service when [web] is enabled; returns what stops it. A port
    already taken is logged, never fatal: the alerts matter more than the dashboard."""
    if not config.web.enabled:
        return lambda: None
    from tracker.web.server import DashboardServer  # here: only a service serving it loads the web stack

    try:
        server = DashboardServer(config, store, clock=clock)
    except TrackerError as e:
        log.error("dashboard: not served: %s", e)
        return lambda: None
    server.start()
    return server.stop


def _guarded(name: str, func: Callable[[], object]) -> Callable[[], None]:
    """`func` with every error logged, never raised: a scheduled job must not die."""

    def run_guarded() -> None:
        try:
            func()
        except TrackerError as e:
            log.error("%s: %s", name, e)
        except Exception:
            log.exception("%s failed", name)

    return run_guarded


def _then_send(step: Callable[[], object], send: Callable[[], None]) -> Callable[[], None]:
    """A notification job: queue what `step` finds due, then send everything due."""

    def job() -> None:
        step()
        send()

    return job


def _join(threads: list[threading.Thread], deadline: float) -> None:
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()))


def _alive(threads: list[threading.Thread]) -> bool:
    return any(thread.is_alive() for thread in threads)


def _daemon_executor() -> Any:
    """APScheduler's executor with each job run in a daemon thread of its own: a pass stuck on a
    server that never answers cannot hold the process up when it stops (a thread pool's threads
    are waited for at exit). Made here: APScheduler loads only with the service."""
    from apscheduler.executors.base import BaseExecutor, run_job

    class DaemonThreads(BaseExecutor):
        def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
            def run() -> None:
                try:
                    events = run_job(job, job._jobstore_alias, run_times, self._logger.name)
                except BaseException as e:
                    self._run_job_error(job.id, e, e.__traceback__)
                else:
                    self._run_job_success(job.id, events)

            threading.Thread(target=run, name=f"job {job.id}", daemon=True).start()

    return DaemonThreads()
