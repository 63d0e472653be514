"""The command line, the composition root: loads the config, builds the store, source and channels,
and hands them to the library. May import every package; nothing imports it.

The `tracker` group and its entry point live here; the commands live in one module per area
(`mail`, `review`, `notify`, `setup`) and get the config and the store from `App` (`app`)."""

from __future__ import annotations

import logging
import os
import sys

import click

from tracker import __version__
from tracker.cli import identity as cli_identity
from tracker.cli import mail as cli_mail
from tracker.cli import notify as cli_notify
from tracker.cli import review as cli_review
from tracker.cli import setup as cli_setup
from tracker.cli import web as cli_web
from tracker.cli.app import App
from tracker.errors import TrackerError


def setup_logging(level: str) -> None:
    """Journal-friendly logs on stderr: no timestamps under systemd (the journal adds them)."""
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


def _register() -> None:
    commands = [
        cli_mail.poll,
        cli_mail.run,
        cli_mail.messages,
        cli_mail.doctor,
        cli_review.classify_command,
        cli_review.eval_command,
        cli_review.set_command,
        cli_review.record_command,
        cli_review.records_command,
        cli_review.reprocess_command,
        cli_identity.merge_command,
        cli_identity.keep_apart_command,
        cli_identity.split_command,
        cli_notify.status,
        cli_notify.digest,
        cli_notify.send_test,
        cli_setup.demo,
        cli_setup.init,
        cli_setup.service,
        cli_setup.backup,
        cli_setup.restore,
        cli_setup.export,
        cli_web.web,
        cli_web.rank_list,
    ]
    for command in commands:
        cli.add_command(command)


_register()

