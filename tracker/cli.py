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
    except click.ClickException as e:
        e.show()
        return e.exit_code
    except KeyboardInterrupt:
        return 130
    # With standalone_mode=False click returns a command's ctx.exit(code) as the result.
    return result if isinstance(result, int) else 0


# === mailbox commands (issue 2): poll, run, messages, doctor ===================================

# === classification commands (issue 3): classify, eval, set, record, reprocess =================

# === notification commands (issue 4): status, digest, records, send-test =======================

# === newcomer commands (issue 5): demo, init, service, backup, export ==========================


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
