"""Mailbox commands: `poll --once`, `run` (the service), `messages`, `doctor`."""

from __future__ import annotations

import json
import logging
import signal
import sys
import threading

import click

from tracker.cli import tables
from tracker.cli.app import App, pass_app
from tracker.cli.arguments import RECORD, since_option, specialty_option
from tracker.errors import TrackerError
from tracker.service import Tracker
from tracker.sources.registry import open_source
from tracker.store.views import MessageFilter, stored_messages
from tracker.vocabulary import KINDS, MessageStatus

log = logging.getLogger(__name__)


def build_tracker(app: App) -> Tracker:
    """The pipeline over the config's store and mailbox source (disconnected when the CLI exits)."""
    tracker = Tracker(app.config, app.store, source=open_source(app.config))
    app.cleanups.append(tracker.close)
    return tracker


class _ProgressLine:
    """A long first sync shows its progress on a terminal: one line, rewritten per batch."""

    def __init__(self) -> None:
        self.shown = False

    def __call__(self, folder: str, done: int, total: int) -> None:
        of = f"/{total}" if total >= 0 else ""
        click.echo(f"\r{folder}: {done}{of} messages fetched", err=True, nl=False)
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            click.echo("", err=True)


@click.command()
@click.option("--once", is_flag=True, help="Sync every folder once, process and notify, then exit.")
@pass_app
def poll(app: App, once: bool) -> None:
    """Sync the mailbox once: fetch new mail, classify it, send what is due."""
    if not once:
        raise click.UsageError("use `tracker poll --once` for one pass, or `tracker run` for the service")
    tracker = build_tracker(app)
    progress = _ProgressLine()
    if sys.stderr.isatty():
        tracker.progress = progress
    try:
        report = tracker.poll_once()
    finally:
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


@click.command()
@pass_app
def doctor(app: App) -> None:
    """Check the config, connect, log in, list folders and capabilities: one line per finding."""
    config = app.config
    click.echo(f"ok: config {app.config_file}")
    click.echo(app.store_report())
    problems = 0
    for check in open_source(config).diagnose():
        if check.ok:
            click.echo(f"ok: {check.message}")
        else:
            problems += 1
            click.echo(f"problem: {check.message}" + (f" ({check.hint})" if check.hint else ""))
    if problems:
        click.get_current_context().exit(1)
