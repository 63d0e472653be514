"""What every command gets: the config and the store, loaded on first use and closed on exit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import click

from tracker.config import Config, config_path, load_config
from tracker.store.database import Store


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
