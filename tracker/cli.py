"""The command line: the composition root. It loads the config, builds the store, the mailbox
source and the notifier, and hands them to the library; the library never imports this module."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from tracker import __version__
from tracker.config import Config, config_path, load_config
from tracker.errors import TrackerError
from tracker.notifications import Notifications
from tracker.notifier import DeliveryResult
from tracker.store import Store

log = logging.getLogger("tracker")


@dataclass
class App:
    """What every command gets: the config path, and the config and store loaded on first use."""

    config_option: str | None
    _config: Config | None = None
    _store: Store | None = None
    cleanups: list[Callable[[], None]] = field(default_factory=list)

    @property
    def config_file(self) -> Path:
        return config_path(self.config_option)

    @property
    def config(self) -> Config:
        if self._config is None:
            self._config = load_config(self.config_file)
        return self._config

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.config.store_path)
            self.cleanups.append(self._store.close)
        return self._store

    def close(self) -> None:
        for cleanup in reversed(self.cleanups):
            cleanup()
        self.cleanups.clear()


pass_app = click.make_pass_decorator(App)


def setup_logging(level: str) -> None:
    """Journal-friendly logs on stderr: no timestamps under systemd (the journal adds them)."""
    import os

    if os.environ.get("JOURNAL_STREAM"):
        fmt = "%(levelname)s %(name)s: %(message)s"
    else:
        fmt = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    logging.basicConfig(level=level.upper(), format=fmt, stream=sys.stderr)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--config",
    "config_option",
    metavar="PATH",
    help="The config file (default: $TRACKER_CONFIG, else the user config dir).",
)
@click.option(
    "--log-level",
    default="warning",
    show_default=True,
    type=click.Choice(["debug", "info", "warning", "error"], case_sensitive=False),
    help="How much to log on stderr.",
)
@click.version_option(__version__, "--version", prog_name="tracker")
@click.pass_context
def cli(ctx: click.Context, config_option: str | None, log_level: str) -> None:
    """Invite Tracker: never miss a residency interview invitation."""
    setup_logging(log_level)
    app = App(config_option)
    ctx.obj = app
    ctx.call_on_close(app.close)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI and turn every TrackerError into one line on stderr."""
    try:
        result = cli.main(args=argv, prog_name="tracker", standalone_mode=False)
    except TrackerError as e:
        click.echo(f"tracker: error: {e}", err=True)
        return 1
    except click.exceptions.Abort:
        click.echo("tracker: aborted", err=True)
        return 130
    except click.UsageError as e:
        # One line, like every other error, with where to read more.
        where = e.ctx.command_path if e.ctx else "tracker"
        click.echo(f"tracker: error: {e.format_message().rstrip('.')} (see `{where} --help`)", err=True)
        return e.exit_code
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    # With standalone_mode=False click returns a command's ctx.exit(code) as the result.
    return result if isinstance(result, int) else 0


# === mailbox commands (issue 2): poll, run, messages, doctor ===================================


from tracker.mailbox import open_source  # noqa: E402 - kept in this section
from tracker.service import Tracker  # noqa: E402


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


@cli.command()
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


@cli.command()
@pass_app
def run(app: App) -> None:
    """Run the service: IMAP IDLE push, the sweep, reminders and the digest, until stopped."""
    import signal
    import threading

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


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="A JSON array, one object per stored message.")
@pass_app
def messages(app: App, as_json: bool) -> None:
    """List the stored messages: id, date, kind, program or sender, subject (the ids `tracker set` takes)."""
    import json

    from tracker import tables

    items = tables.message_items(app.store)
    if as_json:
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    for line in tables.messages_table(items, app.config.applicant.tz):
        click.echo(line)


@cli.command()
@pass_app
def doctor(app: App) -> None:
    """Check the config, connect, log in, list folders and capabilities: one line per finding."""
    config = app.config
    click.echo(f"ok: config {app.config_file}")
    click.echo(f"ok: store {config.store_path} (schema {app.store.schema_version()})")
    problems = 0
    for check in open_source(config).diagnose():
        if check.ok:
            click.echo(f"ok: {check.message}")
        else:
            problems += 1
            click.echo(f"problem: {check.message}" + (f" ({check.hint})" if check.hint else ""))
    if problems:
        click.get_current_context().exit(1)


# === classification commands (issue 3): classify, eval, set, record, reprocess =================

from tracker.classification import KINDS as _KINDS  # noqa: E402
from tracker.config import Applicant, Rule  # noqa: E402
from tracker.records import STATUSES as _STATUSES  # noqa: E402

_TRACKS = ("categorical", "preliminary", "advanced", "transitional")


def _classification_settings(app: App) -> tuple[Applicant, list[Rule]]:
    """[applicant] and [[rules]] from the config when there is one, else the defaults."""
    import os

    if app.config_option or os.environ.get("TRACKER_CONFIG") or app.config_file.exists():
        return app.config.applicant, list(app.config.rules)
    return Applicant(), []


@cli.command("classify")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one object per file.")
@pass_app
def classify_command(app: App, files: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files: kind, program, specialty, track, dates, deadline, platform, evidence."""
    import json

    from tracker import tables

    applicant, rules = _classification_settings(app)
    problems = 0
    for path in files:
        item, problem = tables.classify_file(path, applicant, rules)
        if problem:
            problems += 1
            click.echo(f"tracker: error: {path}: {problem}", err=True)
        click.echo(json.dumps(item, ensure_ascii=False) if as_json else tables.classify_line(path, item))
    if problems:
        click.get_current_context().exit(1)


@cli.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--show/--no-show", default=True, show_default=True, help="List every mismatch.")
@pass_app
def eval_command(app: App, directory: Path, show: bool) -> None:
    """Per-field accuracy of the classification against DIR/labels.toml."""
    from tracker.evaluation import evaluate

    report = evaluate(directory)
    for line in report.lines():
        click.echo(line)
    if show:
        for miss in report.mismatches:
            click.echo(f"  {miss.file}: {miss.field}: expected {miss.expected!r}, got {miss.got!r}")


def _body_of(app: App) -> Callable[[int], str]:
    from tracker.corrections import stored_body

    return stored_body(app.store)


@cli.command("set")
@click.argument("message")
@click.option("--kind", type=click.Choice(list(_KINDS)), help="The message's kind.")
@click.option("--program", help="The institution, as you write it.")
@click.option("--specialty", help="The ERAS specialty (aliases such as OB/GYN or Gen Surg work).")
@click.option("--track", type=click.Choice(list(_TRACKS)), help="The track.")
@pass_app
def set_command(
    app: App, message: str, kind: str | None, program: str | None, specialty: str | None, track: str | None
) -> None:
    """Correct a message's classification (MESSAGE: id or Message-ID); kept across reprocessing."""
    from tracker import tables
    from tracker.corrections import find_message, set_correction
    from tracker.records import rebuild
    from tracker.specialties import specialty_of

    if not any((kind, program, specialty, track)):
        raise click.UsageError("give at least one of --kind, --program, --specialty, --track")
    canonical = specialty_of(specialty) if specialty else None
    if specialty and canonical is None:
        raise TrackerError(f"unknown specialty {specialty!r}", "use the ERAS name, e.g. Internal Medicine")
    message_pk = find_message(app.store, message)
    fields = {
        "kind": kind,
        "program": program.strip() if program else None,
        "specialty": canonical,
        "track": track,
    }
    set_correction(app.store, message_pk, fields)
    rebuild(app.store, _body_of(app))
    row = app.store.query_one(
        "SELECT id, kind, program, specialty, track, record_id FROM messages WHERE id = ?", (message_pk,)
    )
    assert row is not None  # find_message found it
    click.echo(tables.message_line(row))


@cli.command("record")
@click.argument("record_id", type=int)
@click.option("--status", type=click.Choice(list(_STATUSES)), help="What happened, in your words.")
@click.option("--date", "when", metavar="YYYY-MM-DD[THH:MM]", help="The booked interview date (and time).")
@click.option("--signal", type=click.Choice(["gold", "silver", "none"]), help="The signal you sent it.")
@click.option("--note", help="A note (impressions, thank-you sent); appended with today's date.")
@pass_app
def record_command(
    app: App, record_id: int, status: str | None, when: str | None, signal: str | None, note: str | None
) -> None:
    """Tell a record what the mail did not: status, interview date, signal, notes."""
    from tracker import tables
    from tracker.corrections import set_record

    if not any((status, when, signal, note)):
        raise click.UsageError("give at least one of --status, --date, --signal, --note")
    try:
        interview_date = tables.interview_date(when, app.config.applicant.tz) if when else None
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--date") from e
    row = set_record(
        app.store, record_id, status=status, interview_date=interview_date, signal=signal, note=note
    )
    click.echo(tables.record_line(row, app.config.applicant.tz, {"signal": signal, "note": note}))


@cli.command("records")
@click.option("--json", "as_json", is_flag=True, help="A JSON array, one object per record.")
@pass_app
def records_command(app: App, as_json: bool) -> None:
    """List the programs: id, program, specialty, track, status, deadline, interview date."""
    import json

    from tracker import tables
    from tracker.records import list_records

    items = list_records(app.store)
    if as_json:
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    for line in tables.records_table(items, app.config.applicant.tz):
        click.echo(line)


@cli.command("reprocess")
@pass_app
def reprocess_command(app: App) -> None:
    """Re-classify every stored message from its raw bytes, keeping your corrections."""
    from tracker.corrections import reprocess

    classified, failed = reprocess(app.store, applicant=app.config.applicant, rules=app.config.rules)
    click.echo(f"{classified} message(s) re-classified, {failed} failed to parse")


# === notification commands (issue 4): status, digest, records, send-test =======================


NO_CHANNEL = "no notification channel configured"


def _notifications(app: App) -> Notifications:
    return Notifications(app.config, app.store)


def _report_deliveries(results: list[DeliveryResult]) -> int:
    for result in results:
        outcome = "sent" if result.ok else f"FAILED: {result.error}"
        click.echo(f"{result.channel}: {outcome}")
    return 0 if results and all(r.ok for r in results) else 1


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_app
def status(app: App, as_json: bool) -> None:
    """Invitations per specialty against goals: invited, scheduled, completed, waitlisted, rejected, pace."""
    import json

    from tracker import goals
    from tracker.store import utcnow
    from tracker.views import load_records

    lines = goals.specialty_progress(
        load_records(app.store, app.config.applicant.tz), goals.settings_from_config(app.config), utcnow()
    )
    if as_json:
        click.echo(json.dumps(goals.status_json(lines), indent=2))
    else:
        click.echo(goals.status_table(lines))


@cli.command()
@click.option(
    "--preview",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    metavar="FILE.html",
    help="Write the digest that would go out now to FILE.html.",
)
@click.option("--send", is_flag=True, help="Send the digest now on every channel.")
@pass_app
def digest(app: App, preview: Path | None, send: bool) -> None:
    """Preview the daily digest as HTML, or send it now."""
    if not preview and not send:
        raise click.UsageError("give --preview FILE.html or --send")
    notifications = _notifications(app)
    if preview:
        html = notifications.digest_html()
        try:
            preview.write_text(html, encoding="utf-8")
        except OSError as e:
            raise TrackerError(f"cannot write {preview}: {e.strerror}") from e
        click.echo(str(preview.resolve()))
    if send:
        if not notifications.outbox.channels:
            raise TrackerError(NO_CHANNEL, "add [smtp] or [notify] urls to the config")
        code = _report_deliveries(notifications.send_digest_now())
        if code:
            click.get_current_context().exit(code)


@cli.command("send-test")
@pass_app
def send_test(app: App) -> None:
    """Send a test alert on every channel and say which worked."""
    from tracker.notifier import build_channels, send_direct
    from tracker.rendering import Renderer
    from tracker.store import iso, utcnow

    channels = build_channels(app.config)
    if not channels:
        raise TrackerError(NO_CHANNEL, "add [smtp] or [notify] urls to the config")
    now = utcnow()
    message = Renderer(app.config.applicant.tz).render("test", {"template": "test", "now": iso(now)})
    code = _report_deliveries(send_direct(channels, message, f"test:{now.isoformat()}"))
    if code:
        click.get_current_context().exit(code)


# === newcomer commands (issue 5): demo, init, service, backup, export ==========================


import typing  # noqa: E402 - kept in this section


@cli.command()
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default="tracker-demo",
    show_default=True,
    help="The folder for the demo's database, config and digest preview.",
)
def demo(directory: Path) -> None:
    """Try it on the bundled sample mailbox: no account, no network needed."""
    from tracker.demo import demo_report, run_demo

    # The demo has no channel on purpose: do not warn that alerts are recorded but not sent.
    logging.getLogger("tracker.notifier").setLevel(logging.ERROR)
    for line in demo_report(run_demo(directory), program=_program_name()):
        click.echo(line)


def _program_name() -> str:
    """How the user ran us, for commands to copy: `.venv/bin/tracker` unless `tracker` is on PATH."""
    import shutil

    invoked = sys.argv[0] if sys.argv and sys.argv[0].endswith("tracker") else "tracker"
    on_path = shutil.which("tracker")
    if "/" not in invoked or (on_path and Path(on_path).resolve() == Path(invoked).resolve()):
        return "tracker"
    return invoked


@cli.command()
@click.option("--email", help="The invitation mailbox's address (also your own address).")
@click.option("--name", help="Your name, as programs write it.")
@click.option("--timezone", help="Your IANA time zone, e.g. America/Chicago.")
@click.option(
    "--provider",
    type=click.Choice(["gmail", "icloud", "fastmail", "outlook"]),
    help="The mail provider (gmail for Google Workspace too); guessed from --email when possible.",
)
@click.option("--imap-host", help="Another IMAP server (instead of --provider).")
@click.option("--imap-port", type=click.IntRange(1, 65535), help="Its port (default 993).")
@click.option(
    "--imap-security",
    type=click.Choice(["ssl", "starttls"]),
    default="ssl",
    show_default=True,
    help="How to connect to --imap-host.",
)
@click.option("--username", help="The IMAP login, when it is not the address.")
@click.option("--alert-to", help="Where email alerts go (default: the same address).")
@click.option("--no-email-alerts", is_flag=True, help="Do not write an [smtp] section.")
@click.option("--notify-url", multiple=True, help="An Apprise URL for push alerts (repeatable).")
@click.option("--goal", multiple=True, metavar="SPECIALTY=N", help='A goal, e.g. "Internal Medicine=15".')
@click.option("--store", "store_path", type=click.Path(dir_okay=False, path_type=Path), help="The database.")
@click.option("--password-stdin", is_flag=True, help="Read the app password from stdin (first line).")
@click.option("--yes", "-y", "assume_yes", is_flag=True, help="Ask nothing: use the flags and defaults.")
@click.option("--force", is_flag=True, help="Overwrite an existing config file.")
@pass_app
def init(app: App, **options: typing.Any) -> None:
    """Write a commented config from questions or flags; keep the password in the system keyring."""
    from tracker import setup

    interactive = not options["assume_yes"] and sys.stdin.isatty()
    try:
        answers = setup.collect_answers(options, _ask if interactive else None)
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    target = app.config_file
    setup.write_private(target, setup.render_config(answers), force=options["force"])
    config = load_config(target)
    click.echo(f"Wrote {target}")
    password = None
    if options["password_stdin"]:
        password = sys.stdin.readline().rstrip("\r\n")
    elif interactive:
        password = click.prompt(
            "App password (Enter to skip)", default="", hide_input=True, show_default=False
        )
    for line in setup.save_password(config, password):
        click.echo(line)
    config_flag = f" --config {target}" if app.config_option else ""
    click.echo(f"Next: `tracker{config_flag} doctor` checks the mailbox and the password;")
    click.echo(f"then `tracker{config_flag} service install` keeps it running.")


def _ask(question: str, default: str | None = None, choices: list[str] | None = None) -> typing.Any:
    return click.prompt(question, default=default, type=click.Choice(choices) if choices else None)


@cli.group()
def service() -> None:
    """Run Invite Tracker as a background service (a systemd user unit)."""


@service.command("install")
@click.option(
    "--path",
    "unit_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the unit here (default: ~/.config/systemd/user/invite-tracker.service).",
)
@click.option("--dry-run", is_flag=True, help="Print the unit and write nothing.")
@click.option("--force", is_flag=True, help="Overwrite an existing unit file.")
@pass_app
def service_install(app: App, unit_path: Path | None, dry_run: bool, force: bool) -> None:
    """Write a systemd user unit that runs `tracker run`, and say how to enable it."""
    from tracker import setup

    app.config  # noqa: B018 - a service must not crash-loop on a config that does not load
    config_file = app.config_file.expanduser().resolve()
    unit = setup.render_unit(config_file)
    target = (unit_path or setup.default_unit_path()).expanduser()
    if dry_run:
        click.echo(unit, nl=False)
        click.echo(f"(dry run: {target} not written)", err=True)
        return
    if target.exists() and not force:
        raise TrackerError(f"{target} already exists", "pass --force to rewrite it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(unit, encoding="utf-8")
    except OSError as e:
        raise TrackerError(f"cannot write {target}: {e.strerror or e}") from e
    click.echo(f"Wrote {target}: it runs `tracker run` with {config_file}, restarting it if it fails.")
    for line in setup.enable_instructions(target):
        click.echo(line)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@pass_app
def backup(app: App, file: Path, force: bool) -> None:
    """Copy the database to FILE, consistently, even while the service runs."""
    from tracker.exports import backup_database
    from tracker.rendering import plural

    target = file.expanduser().resolve()
    messages, records = backup_database(lambda: app.store, app.config.store_path, target, force=force)
    click.echo(f"Backed up {plural(messages, 'message')} and {plural(records, 'record')} to {target}")


@cli.command()
@click.option(
    "--csv",
    "csv_file",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="One row per program: status, dates, platform, signal, notes.",
)
@click.option(
    "--ics",
    "ics_file",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FILE",
    help="Interview days as calendar events; importing again updates them.",
)
@pass_app
def export(app: App, csv_file: Path | None, ics_file: Path | None) -> None:
    """Export the records to a spreadsheet (CSV) or a calendar (ICS)."""
    from tracker import exports
    from tracker.rendering import plural
    from tracker.store import utcnow

    if not csv_file and not ics_file:
        raise click.UsageError("give --csv FILE, --ics FILE, or both")
    tz = app.config.applicant.tz
    if csv_file:
        rows = exports.export_csv(app.store, csv_file, tz)
        click.echo(f"Wrote {plural(rows, 'record')} to {csv_file}")
    if ics_file:
        events = exports.export_ics(app.store, ics_file, tz, utcnow())
        click.echo(f"Wrote {plural(events, 'interview event')} to {ics_file}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
