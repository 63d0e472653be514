"""What every command gets: the config and the store, loaded on first use and closed on exit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from tracker.config import Config, config_path, load_config
from tracker.store.database import Needs, Store

# What each command does with the database. Only the commands that fill it from the mailbox create
# it (`demo` and `init` open theirs themselves), so a mistyped [store] path is reported, not
# silently replaced by an empty database; the commands that only read it work on a read-only one.
# A command missing here must find an existing database it can write.
STORE_NEEDS: dict[str, Needs] = {
    "poll": "create",
    "run": "create",
    "status": "read",
    "records": "read",
    "messages": "read",
    "doctor": "read",
    "digest": "read",  # --send records what it sent: that write is refused on a read-only database
    "export": "read",  # --ics keeps each event's identity: likewise
    "backup": "read",
    "rank-list": "read",
    "web": "read",  # the dashboard shows a read-only database; its changes are refused
    "service": "read",  # `service status` says when the mailbox was last read
}


def running_command() -> str | None:
    """The name of the `tracker` subcommand being run (`service` for `tracker service install`)."""
    ctx = click.get_current_context(silent=True)
    return ctx.find_root().invoked_subcommand if ctx is not None else None


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
            needs = STORE_NEEDS.get(running_command() or "", "write")
            setting = f"[store] path in {self.config_file}"
            self._store = Store(self.config.store_path, needs=needs, setting=setting)
            self.cleanups.append(self._store.close)
        return self._store

    def store_report(self) -> str:
        """`tracker doctor`'s line about the database, without creating it: no database is no
        problem before the first poll, but is said, in case [store] path is mistyped."""
        path = self.config.store_path
        if not path.exists():
            return (
                f"note: no database yet at {path}: `tracker poll --once` creates it "
                f"(if you have one, check [store] path in {self.config_file})"
            )
        read_only = f"; read-only: {self.store.read_only}" if self.store.read_only else ""
        return f"ok: store {path} (schema {self.store.schema_version()}{read_only})"

    def close(self) -> None:
        for cleanup in reversed(self.cleanups):
            cleanup()
        self.cleanups.clear()


pass_app = click.make_pass_decorator(App)
