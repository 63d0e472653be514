"""The source interface: what a mailbox (IMAP or a local Maildir) must do for the sync.

A source lists its folders with their UIDVALIDITY and, when it knows it cheaply, the next UID, and
fetches what is new after a folder's state in batches. It reads raw bytes and knows nothing of
what the mail means.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tracker.config import Config
from tracker.errors import MailboxError
from tracker.store.database import FolderState, NewMessage, Store

log = logging.getLogger(__name__)

# (folder, messages done, messages to do) during a long sync; for a progress line on a terminal.
Progress = Callable[[str, int, int], None]


class FolderError(MailboxError):
    """One folder could not be read; the other folders still sync."""


class MailboxUnreachable(MailboxError):
    """The server could not be reached (refused, timed out, no network) or the connection to it was
    lost: the service checks every few seconds for it to answer again and reads it at once."""


class LoginRefused(MailboxError):
    """The server answered but refused the login: retried slowly, never in a tight loop, so the
    account is not locked for too many failed logins."""


@dataclass(frozen=True)
class FolderInfo:
    """A folder as the source sees it now."""

    name: str
    uidvalidity: int
    uidnext: int | None = None  # None when the source cannot say cheaply: always look inside
    error: str | None = None  # set when the folder cannot be read (e.g. a configured one is missing)


@dataclass(frozen=True)
class Batch:
    """Messages fetched together, and the highest UID they cover."""

    messages: list[NewMessage]
    last_uid: int
    total: int = -1  # messages to fetch in this folder in all, when known


@dataclass(frozen=True)
class Check:
    """One line of `tracker doctor`."""

    ok: bool
    message: str
    hint: str | None = None


class Source(ABC):
    """A mailbox to read from."""

    account: str

    @classmethod
    @abstractmethod
    def from_config(cls, config: Config) -> Source:
        """The source for the config's [mailbox] section (not yet connected)."""

    def open(self) -> None:  # noqa: B027 - optional for sources without a connection
        """Connect (a no-op when already connected or nothing to connect to)."""

    def close(self) -> None:  # noqa: B027
        """Disconnect; safe to call twice."""

    def abort(self) -> None:  # noqa: B027 - optional for sources without a connection
        """Cut every connection now, from any thread (the service is stopping, and a server may
        never answer), and refuse new ones until `resume`."""

    def resume(self) -> None:  # noqa: B027
        """Allow connections again after `abort`."""

    def server_answers(self) -> bool:
        """A cheap check that the mail server accepts a connection now: no login, nothing read.
        True for a source without a server."""
        return True

    @abstractmethod
    def folders(self) -> list[FolderInfo]:
        """The folders to sync (the configured ones and the Junk folder), with their status."""

    @abstractmethod
    def fetch(
        self, folder: FolderInfo, state: FolderState | None, batch_size: int, store: Store
    ) -> Iterator[Batch]:
        """The messages of `folder` not yet in the store, in batches of at most `batch_size`."""

    def supports_idle(self) -> bool:
        """Whether `idle_watchers` can push new mail."""
        return False

    def idle_watchers(self) -> list[IdleWatcher]:
        """One watcher per folder to watch, each on its own connection."""
        raise MailboxError(f"{self.account} cannot push new mail")

    @abstractmethod
    def diagnose(self) -> list[Check]:
        """Connect and look around: one `Check` per thing verified or found wrong."""


class IdleWatcher(ABC):
    """A connection of its own that waits for new mail in one folder (IMAP IDLE)."""

    name: str = "idle"

    @abstractmethod
    def connect(self) -> bool:
        """Connect and select the folder to watch; False when the server cannot IDLE."""

    @abstractmethod
    def wait(self, stop: threading.Event, seconds: float) -> bool:
        """IDLE for up to `seconds` (less if `stop` is set); True when new mail arrived."""

    @abstractmethod
    def close(self) -> None:
        """Drop the connection; safe to call twice."""
