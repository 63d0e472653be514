"""A newcomer's commands: `demo`, `init`, `service install|status|uninstall`, `backup`, `restore`,
`export`."""

from __future__ import annotations

import logging
import shutil
import sys
import tomllib
import typing
from pathlib import Path

import click

from tracker.cli import service_manager
from tracker.cli.app import App, pass_app
from tracker.cli.demo import demo_report, run_demo
from tracker.clock import utcnow
from tracker.config import load_config, parse_config
from tracker.errors import TrackerError
from tracker.notify.rendering import plural
from tracker.store.database import Store


@click.command()
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
    # The demo has no channel on purpose: do not warn that alerts are recorded but not sent.
    logging.getLogger("tracker.notify.outbox").setLevel(logging.ERROR)
    for line in demo_report(run_demo(directory), program=_program_name()):
        click.echo(line)


def _program_name() -> str:
    """How the user ran us, for commands to copy: `.venv/bin/tracker` unless `tracker` is on PATH."""
    invoked = sys.argv[0] if sys.argv and sys.argv[0].endswith("tracker") else "tracker"
    on_path = shutil.which("tracker")
    if "/" not in invoked or (on_path and Path(on_path).resolve() == Path(invoked).resolve()):
        return "tracker"
    return invoked


@click.command()
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
    from tracker.cli import onboarding as setup  # here: it imports platformdirs, unneeded with --config

    interactive = not options["assume_yes"] and sys.stdin.isatty()
    try:
        answers = setup.collect_answers(options, _ask if interactive else None)
    except ValueError as e:
        raise click.UsageError(str(e)) from e
    target = app.config_file
    text = setup.render_config(answers)
    if target.expanduser().exists() and not options["force"]:
        setup.write_private(target, text)  # refuses, saying what to do
    # The database is made (or checked, when it is there already) before the config names it.
    store_path = parse_config(tomllib.loads(text), target.expanduser()).store_path
    Store(store_path, needs="create", setting="--store").close()
    setup.write_private(target, text, force=options["force"])
    config = load_config(target)
    click.echo(f"Wrote {target}")
    click.echo(f"Database: {store_path}")
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


@click.group()
def service() -> None:
    """Run Invite Tracker as a background service (systemd on Linux, launchd on macOS)."""


_PATH_OPTION = click.option(
    "--path",
    "unit_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The service definition's file (default: ~/.config/systemd/user/invite-tracker.service, "
    "or ~/Library/LaunchAgents/local.invite-tracker.plist on macOS).",
)


@service.command("install")
@_PATH_OPTION
@click.option("--dry-run", is_flag=True, help="Print the service definition and write nothing.")
@click.option("--force", is_flag=True, help="Overwrite an existing definition.")
@pass_app
def service_install(app: App, unit_path: Path | None, dry_run: bool, force: bool) -> None:
    """Write the service that runs `tracker run` (a systemd user unit, or a launchd agent on macOS),
    and say how to start it."""
    config = app.config  # a service must not crash-loop on a config that does not load
    manager = service_manager.current_manager()
    config_file = app.config_file.expanduser().resolve()
    definition = manager.render(config_file)
    target = (unit_path or manager.default_path()).expanduser()
    if dry_run:
        click.echo(definition, nl=False)
        click.echo(f"(dry run: {target} not written)", err=True)
        return
    if target.exists() and not force:
        raise TrackerError(f"{target} already exists", "pass --force to rewrite it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(definition, encoding="utf-8")
    except OSError as e:
        raise TrackerError(f"cannot write {target}: {e.strerror or e}") from e
    click.echo(f"Wrote {target}: it runs `tracker run` with {config_file}, restarting it if it fails.")
    program = Path(service_manager.tracker_command()[0])
    cautions = manager.cautions([program, config_file, config.store_path])
    for line in manager.start_instructions(target) + cautions:
        click.echo(line)
    click.echo("`tracker service status` says whether it runs; `tracker service uninstall` removes it.")


@service.command("status")
@_PATH_OPTION
@pass_app
def service_status(app: App, unit_path: Path | None) -> None:
    """Say whether the service is installed and running, with which config, and when it last read
    the mailbox. Exits 0 when it runs, 3 when it does not."""
    manager = service_manager.current_manager()
    target = (unit_path or manager.default_path()).expanduser()
    if not target.is_file():
        click.echo(f"Service: not installed ({target} does not exist; `tracker service install` sets it up)")
        click.get_current_context().exit(3)
    click.echo(f"Service: {target} ({manager.kind})")
    this_config = app.config_file.expanduser().resolve()
    configured = manager.configured(target.read_text(encoding="utf-8", errors="replace"))
    if configured is not None and configured != this_config:
        click.echo(f"Config: {configured} (not {this_config}, which this command reads)")
    else:
        click.echo(f"Config: {configured or this_config}")
    command = manager.status_command()
    code, output = service_manager.run_command(command)
    running = manager.is_running(code, output)
    answer = output.splitlines()[0] if output else f"exit code {code}"
    click.echo(f"Running: {'yes' if running else 'no'} ({' '.join(command)}: {answer})")
    click.echo(f"Last mail check: {_last_sync(app)}")
    click.echo(f"Log: {manager.log_command()}")
    if not running:
        click.echo("Start it with the commands `tracker service install` printed.")
        click.get_current_context().exit(3)


def _last_sync(app: App) -> str:
    """When the service (or `poll --once`) last read the mailbox, in the applicant's time zone."""
    try:
        if not app.config.store_path.exists():
            return f"none yet (no database at {app.config.store_path})"
        when = app.store.last_successful_sync()
        tz = app.config.applicant.tz
    except TrackerError as e:
        return f"unknown ({e})"
    return when.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z") if when else "none yet"


@service.command("uninstall")
@_PATH_OPTION
@click.option("--dry-run", is_flag=True, help="Print what it would do, and do nothing.")
@pass_app
def service_uninstall(app: App, unit_path: Path | None, dry_run: bool) -> None:
    """Stop the service, keep it from starting again, and remove its definition (your config,
    database and passwords stay)."""
    manager = service_manager.current_manager()
    target = (unit_path or manager.default_path()).expanduser()
    if not target.exists():
        click.echo(f"No service installed at {target}; nothing to remove.")
        return
    stopped = all([_run_manager(command, dry_run) for command in manager.stop_commands()])
    if dry_run:
        click.echo(f"Would remove {target}")
    else:
        try:
            target.unlink()
        except OSError as e:
            raise TrackerError(f"cannot remove {target}: {e.strerror or e}") from e
        click.echo(f"Removed {target}")
    for command in manager.after_removal_commands():
        _run_manager(command, dry_run)
    if dry_run:
        return
    if stopped:
        click.echo("The service is stopped and removed; your config, database and passwords are kept.")
    else:
        click.echo("Removed; if it was running, it runs until you log out or restart (your config,")
        click.echo("database and passwords are kept).")


def _run_manager(command: list[str], dry_run: bool) -> bool:
    """Run one service manager command, saying what it ran and how it went; True when it worked.
    Failing is no error: a service that was not running cannot be stopped."""
    shown = " ".join(command)
    if dry_run:
        click.echo(f"Would run: {shown}")
        return True
    code, output = service_manager.run_command(command)
    click.echo(f"Ran: {shown}" + ("" if code == 0 else f" (it said: {output or f'exit code {code}'})"))
    return code == 0


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
@pass_app
def backup(app: App, file: Path, force: bool) -> None:
    """Copy the database to FILE, consistently, even while the service runs."""
    from tracker.store.exports import backup_database  # here: exports import icalendar (~20 ms)

    target = file.expanduser().resolve()
    messages, records = backup_database(lambda: app.store, app.config.store_path, target, force=force)
    click.echo(f"Backed up {plural(messages, 'message')} and {plural(records, 'record')} to {target}")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@pass_app
def restore(app: App, file: Path) -> None:
    """Put the backup FILE back as the database; the current one is kept beside it. Stop the
    service first."""
    from tracker.store.restore import restore_database

    store_path = app.config.store_path
    done = restore_database(file, store_path, utcnow(), setting=f"[store] path in {app.config_file}")
    click.echo(
        f"Restored {plural(done.messages, 'message')} and {plural(done.records, 'record')} "
        f"from {file.expanduser().resolve()} into {store_path}"
    )
    if done.kept is not None:
        click.echo(f"The database it replaced is kept as {done.kept}")
    click.echo("Mail that arrived after the backup is read again at the next poll.")


@click.command()
@click.option(
    "--csv",
    "csv_file",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    metavar="FILE",
    help="One row per program: status, dates, platform, signal, notes (- for standard output).",
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
    from tracker.store import exports  # here: it imports icalendar (~20 ms), which only exports need

    if not csv_file and not ics_file:
        raise click.UsageError("give --csv FILE, --ics FILE, or both")
    tz = app.config.applicant.tz
    to_stdout = str(csv_file) == "-"  # then standard output is the CSV's alone: what was done goes to stderr
    if csv_file and to_stdout:
        text, rows = exports.csv_export(app.store, tz, utcnow())
        click.echo(text, nl=False)
        click.echo(f"Wrote {plural(rows, 'record')} to standard output", err=True)
    elif csv_file:
        rows = exports.export_csv(app.store, csv_file, tz, utcnow())
        click.echo(f"Wrote {plural(rows, 'record')} to {csv_file}")
    if ics_file:
        events = exports.export_ics(app.store, ics_file, tz, utcnow())
        click.echo(f"Wrote {plural(events, 'interview event')} to {ics_file}", err=to_stdout)
