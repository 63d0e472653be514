"""Mailbox commands: `poll --once`, `run` (the service), `messages`, `doctor`."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading
from typing import Any

import click

from tracker.cli import tables
from tracker.cli.app import App, pass_app
from tracker.cli.arguments import RECORD, since_option, specialty_option
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.notify.channels import EmailChannel, build_channels
from tracker.notify.rendering import plural
from tracker.service import Tracker
from tracker.sources.base import Check
from tracker.sources.registry import open_source
from tracker.store.instance import InstanceLock
from tracker.store.views import MessageFilter, stored_messages
from tracker.vocabulary import KINDS, MessageStatus

log = logging.getLogger(__name__)

SEND_TEST = "run `tracker send-test` to see a test alert arrive"
ADD_CHANNEL = (
    "add an [smtp] section (email) or [notify] urls (a phone app such as ntfy) to the config, "
    "see docs/configuration.md; then " + SEND_TEST
)


def build_tracker(app: App) -> Tracker:
    """The pipeline over the config's store and mailbox source (disconnected when the CLI exits)."""
    tracker = Tracker(app.config, app.store, source=open_source(app.config))
    app.cleanups.append(tracker.close)
    return tracker


def hold_database(app: App, command: str) -> None:
    """One `tracker run` or `tracker poll --once` at a time per database: a second one is refused,
    naming the process that holds it (the lock is let go when this one ends, however it ends)."""
    lock = InstanceLock(app.store.path)
    lock.acquire(command)
    app.cleanups.append(lock.release)


class SyncProgress:
    """A long sync shows its progress on a terminal: a bar per folder fetched, then one for the mail
    read and classified. Only on a terminal: the service's journal gets none of it."""

    def __init__(self, console: Any = None) -> None:
        from rich.console import Console  # here: only a poll on a terminal draws bars
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bars = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
        )
        self.tasks: dict[str, Any] = {}

    def _update(self, name: str, done: int, total: int | None) -> None:
        if name not in self.tasks:
            if not self.tasks:
                self.bars.start()
            self.tasks[name] = self.bars.add_task(name, total=total)
        self.bars.update(self.tasks[name], completed=done, total=total)

    def fetched(self, folder: str, done: int, total: int) -> None:
        """`Tracker.progress`: a batch of `folder` is stored (`total` is -1 when the server does not say)."""
        self._update(f"Fetching {folder}", done, total if total >= 0 else None)

    def processed(self, done: int, total: int) -> None:
        """`Tracker.process_progress`: a message was read and classified."""
        self._update("Reading and classifying", done, total)

    def finish(self) -> None:
        if self.tasks:
            self.bars.stop()


@click.command()
@click.option("--once", is_flag=True, help="Sync every folder once, process and notify, then exit.")
@pass_app
def poll(app: App, once: bool) -> None:
    """Sync the mailbox once: fetch new mail, classify it, send what is due."""
    if not once:
        raise click.UsageError("use `tracker poll --once` for one pass, or `tracker run` for the service")
    hold_database(app, "tracker poll --once")
    tracker = build_tracker(app)
    progress = SyncProgress() if sys.stderr.isatty() else None
    if progress is not None:
        tracker.progress, tracker.process_progress = progress.fetched, progress.processed
    try:
        report = tracker.poll_once()
    finally:
        if progress is not None:
            progress.finish()
    click.echo(
        f"{report.new_messages} new message(s); {len(report.processed)} processed, "
        f"{len(report.failed)} failed to parse"
    )
    if report.errors:
        # Everything else was done; what failed is retried by the next poll.
        raise TrackerError(f"poll incomplete: {'; '.join(report.errors)}", "run `tracker doctor`")


@click.command()
@pass_app
def run(app: App) -> None:
    """Run the service: IMAP IDLE push, the sweep, reminders and the digest, until stopped."""
    if logging.getLogger().level > logging.DEBUG:
        # APScheduler logs every job run at INFO: only worth seeing when debugging.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    hold_database(app, "tracker run")
    tracker = build_tracker(app)
    stop = threading.Event()

    def request_stop(signum: int, _frame: object) -> None:
        log.info("received %s; stopping", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    tracker.run(stop)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="A JSON array, one object per stored message.")
@click.option("--review", is_flag=True, help="Only the messages that need review (marked [check]).")
@click.option("--kind", type=click.Choice(list(KINDS)), help="Only messages of this kind.")
@click.option(
    "--status",
    type=click.Choice([s.value for s in MessageStatus]),
    help="Only messages read (parsed), not read yet (new) or unreadable (failed).",
)
@click.option("--specialty", help="Only messages about this specialty (aliases such as OB/GYN work).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only messages that arrived on or after this day.")
@click.option("--record", "record_id", type=RECORD, help="Only the messages of this record (R7).")
@pass_app
def messages(
    app: App,
    as_json: bool,
    review: bool,
    kind: str | None,
    status: str | None,
    specialty: str | None,
    since: str | None,
    record_id: int | None,
) -> None:
    """List the stored messages: id (M42, what `tracker set` takes), date, kind ([check]: needs
    review), record, program or sender, subject."""
    tz = app.config.applicant.tz
    which = MessageFilter(
        kind=kind,
        status=status,
        specialty=specialty_option(specialty),
        since=since_option(since, tz),
        review=review,
        record_id=record_id,
    )
    items = tables.message_items(stored_messages(app.store, which))
    if as_json:
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    filtered = which != MessageFilter()
    for line in tables.messages_table(items, tz, filtered=filtered):
        click.echo(line)


def channel_checks(config: Config) -> list[Check]:
    """`tracker doctor` on the alert channels: each one the service would send on, and whether it
    can (a channel needing a password that is not set cannot). No channel at all is a problem: no
    alert would reach you."""
    try:
        channels = build_channels(config)
    except TrackerError as e:
        return [Check(False, f"alerts: {e.message}", e.hint)]
    if not channels:
        return [Check(False, "alerts: no channel configured, so no alert would reach you", ADD_CHANNEL)]
    checks = []
    for channel in channels:
        smtp = channel.smtp if isinstance(channel, EmailChannel) else None
        password = smtp.password() if smtp and smtp.username else ""
        if smtp is not None and password is None:
            checks.append(
                Check(
                    False,
                    f"alerts: {channel.describe()}: no SMTP password for {smtp.username}, so no email alert "
                    "would be sent",
                    f"set ${smtp.password_env} or store it with `tracker init`; then {SEND_TEST}",
                )
            )
        else:
            checks.append(Check(True, f"alerts: {channel.describe()}"))
    return checks


@click.command()
@pass_app
def doctor(app: App) -> None:
    """Check the config, the mailbox (connect, log in, folders, capabilities) and every alert channel:
    one line per finding; exits 1 when anything would stop an invitation reaching you."""
    config = app.config
    click.echo(f"ok: config {app.config_file}")
    click.echo(app.store_report())
    problems = 0
    for check in [*open_source(config).diagnose(), *channel_checks(config)]:
        if check.ok:
            click.echo(f"ok: {check.message}")
        else:
            problems += 1
            click.echo(f"problem: {check.message}" + (f" ({check.hint})" if check.hint else ""))
    if problems:
        click.echo(
            f"{plural(problems, 'problem')}: fix, then run `tracker doctor` again and `tracker send-test`."
        )
        click.get_current_context().exit(1)
    click.echo(f"All checks passed: {SEND_TEST} on every channel.")
