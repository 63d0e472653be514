"""The mailbox sources by name, and the one the config describes."""

from __future__ import annotations

from tracker.config import Config
from tracker.sources.base import Source
from tracker.sources.imap import ImapSource
from tracker.sources.maildir import MaildirSource

SOURCES: dict[str, type[Source]] = {"imap": ImapSource, "maildir": MaildirSource}


def source_types() -> dict[str, type[Source]]:
    """The mailbox sources by name."""
    return dict(SOURCES)


def open_source(config: Config) -> Source:
    """The source the config's [mailbox] describes (not yet connected)."""
    kind = "maildir" if config.mailbox.maildir is not None else "imap"
    return source_types()[kind].from_config(config)
