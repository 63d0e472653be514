"""The mailbox: where mail is read from (IMAP or a local Maildir), and the sync that copies it,
incrementally and exactly once, into the store.

A source lists its folders with their UIDVALIDITY and, when it knows it cheaply, the next UID;
`sync_mailbox` compares that with the store's per-folder state and fetches only what is new, in
batches, each batch stored in one transaction with the state advance that describes it.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from tracker.config import Config
from tracker.errors import MailboxError
from tracker.store import FolderState, NewMessage, Store

log = logging.getLogger(__name__)

# (folder, messages done, messages to do) during a long sync; for a progress line on a terminal.
Progress = Callable[[str, int, int], None]


class FolderError(MailboxError):
    """One folder could not be read; the other folders still sync."""


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


@dataclass
class SyncResult:
    """What one sync of every folder found."""

    new_ids: list[int] = field(default_factory=list)
    initial: bool = False  # the account had no folder state at all before this sync
    errors: list[str] = field(default_factory=list)
    folders: int = 0


def sync_mailbox(
    source: Source,
    store: Store,
    batch_size: int,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] = lambda: False,
) -> SyncResult:
    """Fetch every folder's new mail into the store.

    A folder that fails is reported in `errors` and the others go on; losing the connection
    raises `MailboxError` (what was stored up to then stays, and the next sync resumes there).
    """
    result = SyncResult()
    completed_key = _completed_key(source.account)
    result.initial = first_sync_pending(store, source.account)
    source.open()
    for info in source.folders():
        if should_stop():
            return result
        if info.error is not None:
            log.warning("sync: %s %s: %s", source.account, info.name, info.error)
            result.errors.append(f"{info.name}: {info.error}")
            continue
        try:
            _sync_folder(source, store, info, batch_size, progress, should_stop, result.new_ids)
            result.folders += 1
        except FolderError as e:
            log.warning("sync: %s %s: %s", source.account, info.name, e)
            result.errors.append(f"{info.name}: {e}")
    if not should_stop() and result.initial:
        store.set_state(completed_key, True)
    return result


def first_sync_pending(store: Store, account: str) -> bool:
    """Whether no sync of `account` has gone through to the end yet.

    Until one has, the mail found is the mailbox's backlog, even when an earlier first sync was
    interrupted (killed, stopped, the connection lost) half-way.
    """
    return not store.get_state(_completed_key(account))


def _completed_key(account: str) -> str:
    return f"sync-completed:{account}"


def _sync_folder(
    source: Source,
    store: Store,
    info: FolderInfo,
    batch_size: int,
    progress: Progress | None,
    should_stop: Callable[[], bool],
    new_ids: list[int],
) -> None:
    """Fetch one folder's new mail; the ids of the new messages are added to `new_ids` as each
    batch is stored, so a folder failing half-way still counts what it stored."""
    account = source.account
    state = store.folder_state(account, info.name)
    if state is not None and state.uidvalidity != info.uidvalidity:
        log.warning(
            "sync: %s %s: UIDVALIDITY changed from %d to %d; rescanning (known messages match by content)",
            account,
            info.name,
            state.uidvalidity,
            info.uidvalidity,
        )
        store.reset_folder(account, info.name, info.uidvalidity)
        state = store.folder_state(account, info.name)
    if state is None:
        # Record the folder even when empty, so the next sync is not taken for the first one.
        store.store_batch(account, info.name, info.uidvalidity, [], 0)
        state = FolderState(account, info.name, info.uidvalidity, 0)
    elif info.uidnext is not None and info.uidnext <= state.last_uid + 1:
        return
    found = len(new_ids)
    done = 0
    for batch in source.fetch(info, state, batch_size, store):
        new_ids.extend(
            store.store_batch(account, info.name, info.uidvalidity, batch.messages, batch.last_uid)
        )
        done += len(batch.messages)
        log.debug("sync: %s %s: stored a batch of %d up to UID %d", account, info.name, done, batch.last_uid)
        if progress is not None:
            progress(info.name, done, batch.total)
        if should_stop():
            break
    if len(new_ids) > found:
        log.info("sync: %s %s: %d new message(s)", account, info.name, len(new_ids) - found)


def source_types() -> dict[str, type[Source]]:
    """The mailbox sources by name."""
    from tracker.imap import ImapSource
    from tracker.maildir import MaildirSource

    return {"imap": ImapSource, "maildir": MaildirSource}


def open_source(config: Config) -> Source:
    """The source the config's [mailbox] describes (not yet connected)."""
    kind = "maildir" if config.mailbox.maildir is not None else "imap"
    return source_types()[kind].from_config(config)
