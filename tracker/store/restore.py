"""`tracker restore`: put a backup back in place of the database, keeping the current one beside it.

The backup is checked (an Invite Tracker database, not from a newer program) and upgraded on a
private copy, never in place. The database is then replaced through SQLite's backup API while this
process holds it exclusively, so a running service (or any other open connection) is detected and
nothing is replaced under it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from tracker.errors import StoreError, TrackerError
from tracker.store.database import Store


@dataclass(frozen=True)
class Restored:
    """What `restore_database` put in place, and where the database it replaced was kept."""

    messages: int
    records: int
    kept: Path | None  # None when there was no database before


def restore_database(
    source: Path, store_path: Path, now: datetime, *, setting: str = "[store] path"
) -> Restored:
    """Replace the database at `store_path` with the backup `source`; the current one is kept as
    `<name>.before-restore-<time>` beside it. Refused while another process has the database open."""
    source = source.expanduser().resolve()
    store_path = store_path.expanduser().resolve()
    if not source.is_file():
        raise TrackerError(f"no backup at {source}", "give the FILE `tracker backup FILE` wrote")
    if source == store_path:
        raise TrackerError(f"{source} is the database itself", "give a backup FILE")
    existed = store_path.exists()
    # Checks the current database is ours and writable, and creates it when there is none.
    Store(store_path, needs="create" if not existed else "write", setting=setting).close()
    with tempfile.TemporaryDirectory(prefix="tracker-restore-") as scratch:
        copy = Path(scratch) / "backup.sqlite3"
        try:
            shutil.copyfile(source, copy)
        except OSError as e:
            raise TrackerError(f"cannot read {source}: {e.strerror or e}") from e
        try:
            # Checked and upgraded to this program's schema on the copy: the backup stays as it was.
            Store(copy, needs="write").close()
        except StoreError as e:
            raise TrackerError(
                f"cannot restore from {source}: {str(e.message).replace(str(copy), 'it')}",
                "give a file `tracker backup` wrote",
            ) from e
        kept = None
        if existed:
            kept = store_path.with_name(f"{store_path.name}.before-restore-{now:%Y%m%d-%H%M%S}")
        _replace(store_path, copy, kept)
    with sqlite3.connect(f"file:{quote(str(store_path))}?mode=ro", uri=True) as db:
        messages = int(db.execute("SELECT count(*) FROM messages").fetchone()[0])
        records = int(db.execute("SELECT count(*) FROM records").fetchone()[0])
    db.close()
    return Restored(messages, records, kept)


def _replace(store_path: Path, copy: Path, kept: Path | None) -> None:
    """Copy `copy` over the database while holding it exclusively, after saving it to `kept`."""
    live = sqlite3.connect(str(store_path), isolation_level=None, timeout=0)
    try:
        live.execute("PRAGMA locking_mode = EXCLUSIVE")
        try:
            # Held until the connection closes: any other open connection makes this fail, and
            # none can open the database until the restore is done.
            live.execute("BEGIN EXCLUSIVE")
            live.execute("COMMIT")
        except sqlite3.OperationalError as e:
            raise TrackerError(
                f"the database {store_path} is in use by another program (the service?)",
                "stop the service (`tracker service status` says how), then restore again",
            ) from e
        try:
            if kept is not None:
                os.close(os.open(kept, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
                with sqlite3.connect(str(kept)) as keep:
                    live.backup(keep)
                keep.close()
            # The backup API cannot change the page size of a WAL database: leave WAL for the copy.
            live.execute("PRAGMA journal_mode = DELETE")
            with sqlite3.connect(f"file:{quote(str(copy))}?mode=ro", uri=True) as backup:
                backup.backup(live)
            backup.close()
            live.execute("PRAGMA journal_mode = WAL")
        except (OSError, sqlite3.Error) as e:
            raise TrackerError(
                f"cannot restore into {store_path}: {e}", "nothing was replaced; try again"
            ) from e
    finally:
        live.close()
