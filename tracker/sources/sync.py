"""The sync: copy each folder's new mail from a source into the store, incrementally and exactly once.

`sync_mailbox` compares each folder's UIDVALIDITY and next UID with the store's per-folder state and
fetches only what is new, in batches, each batch stored in one transaction with the state advance
that describes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from tracker.sources.base import FolderError, FolderInfo, Progress, Source
from tracker.store.database import FolderState, Store

log = logging.getLogger(__name__)


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
