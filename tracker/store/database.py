"""The local SQLite store: messages, where they were seen, records, notifications, sync health.

Schema changes are numbered, transactional migrations recorded in `schema_migrations`; a database
written by a newer program is refused. One connection, guarded by a lock, serves every thread of the
service; WAL mode lets `tracker backup` copy it while the service runs.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from tracker.clock import from_iso, iso, utcnow
from tracker.errors import StoreError
from tracker.store.migrations import MIGRATIONS, SCHEMA_VERSION

log = logging.getLogger(__name__)

PAGE_SIZE = 16_384  # bytes, for new databases: mail stored in ~40% less time and ~30% less disk
WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024
# Written into the file's header (PRAGMA application_id) so a database can be told apart from another
# program's SQLite file before anything is written to it. The bytes spell "InTr".
APPLICATION_ID = 0x496E5472

# What the caller will do with the database: "create" makes the file when it is missing; "write"
# wants an existing database it can write; "read" takes an existing one, read-only if need be.
Needs = Literal["create", "write", "read"]



# messages.raw holds at most a message's first HEAD_BYTES (all its headers, in practice); the rest of
# a bigger one is in message_chunks, CHUNK_BYTES a row. SQLite rewrites and holds a whole row in
# memory to update one of its columns: a 50 MB message in one row cost 100 MB on each update.
HEAD_BYTES = 1024 * 1024
CHUNK_BYTES = 1024 * 1024


def content_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class FolderState:
    account: str
    folder: str
    uidvalidity: int
    last_uid: int


@dataclass(frozen=True)
class NewMessage:
    """A message fetched from a source, before it is stored."""

    uid: int
    raw: bytes
    message_id: str = ""


class Store:
    """The SQLite database. Use as a context manager or call `close()`."""

    def __init__(self, path: Path | str, *, needs: Needs = "create", setting: str = "[store] path") -> None:
        """Open the database at `path` (":memory:" for a private one in memory).

        `needs` is what the caller will do with it (see `Needs`); `setting` is how the user names the
        setting that chose the file, for the hints. A missing file (unless `needs` is "create"),
        another program's file, a database that cannot be written when it must be, and one written by
        a newer program are refused with a StoreError that says what is wrong and what to do.
        """
        self.path = Path(path)
        self._lock = threading.RLock()
        self._depth = 0  # nested transactions (savepoints) open inside the current one
        self.setting = setting
        # Why the database cannot be written (it is then open read-only), or None.
        self.read_only: str | None = None
        memory = str(path) == ":memory:"
        if not memory:
            self.read_only = self._check_file(needs)
        self.db = self._connect(memory)
        self.db.row_factory = sqlite3.Row
        try:
            self._identify(needs)
            self.db.execute("PRAGMA foreign_keys = ON")
            if not memory and not self.read_only:
                # A new database gets pages that hold several messages (a 4 KB page holds one 2 KB
                # message and wastes the rest). Ignored once the file has content, and in WAL mode.
                self.db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                # Checkpoint every 4 MB of WAL, SQLite's default in bytes (its default is in pages):
                # with 16 KB pages the WAL would reach 16 MB and a big sync's last checkpoint,
                # done at close, would wait there instead of overlapping the fetch.
                page_size = int(self.db.execute("PRAGMA page_size").fetchone()[0])
                self.db.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_BYTES // page_size}")
            self.migrate()
        except BaseException:
            self.db.close()
            raise

    def _check_file(self, needs: Needs) -> str | None:
        """Refuse what cannot be opened as `needs` asks; create the file when it may. Returns why
        the database cannot be written when it is to be opened read-only, else None."""
        path = self.path
        if path.is_dir():
            raise StoreError(
                f"{path} is a folder, not a database file",
                f"set {self.setting} to a file, such as {path / 'tracker.sqlite3'}",
            )
        if not path.exists():
            if needs != "create":
                raise StoreError(
                    f"no Invite Tracker database at {path}",
                    f"check {self.setting}; `tracker poll --once` creates the database",
                )
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                # Created readable by its owner only: the mailbox's contents are private.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            except OSError as e:
                raise StoreError(
                    f"cannot create the database {path}: {e.strerror or e}",
                    f"make its folder writable, or set {self.setting} to a file in a writable folder",
                ) from e
            return None
        reason = read_only_reason(path)
        if reason and needs != "read":
            raise StoreError(
                f"cannot write to the database {path}: {reason}",
                f"{writable_hint(reason, path, self.setting)}; commands that only read it, such as "
                "`tracker status`, still work",
            )
        return reason

    def _connect(self, memory: bool) -> sqlite3.Connection:
        """The connection: read-write, or read-only (`mode=ro`) when the file cannot be written."""
        options: dict[str, Any] = {"check_same_thread": False, "isolation_level": None, "timeout": 30}
        try:
            if memory or not self.read_only:
                return sqlite3.connect(str(self.path), **options)
            uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
            db = sqlite3.connect(uri, uri=True, **options)
            try:
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return db
            except sqlite3.OperationalError:
                # A WAL database whose folder cannot be written: SQLite cannot make the shared-memory
                # file a reader needs. Read it as a file nothing changes, which it is for this account.
                db.close()
                return sqlite3.connect(f"{uri}&immutable=1", uri=True, **options)
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot open the database {self.path}: {e}") from e

    def _identify(self, needs: Needs) -> None:
        """Refuse another program's file before writing anything to it, and an empty one unless
        the caller creates the database."""
        try:
            application_id = int(self.db.execute("PRAGMA application_id").fetchone()[0])
            tables = [
                str(row[0])
                for row in self.db.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "ORDER BY name"
                )
            ]
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{self.path} is not an Invite Tracker database: {e}",
                f"set {self.setting} to your Invite Tracker database, or to a new file",
            ) from e
        if application_id == APPLICATION_ID:
            return
        if application_id == 0 and not tables:
            if needs == "create":
                return
            raise StoreError(
                f"no Invite Tracker database at {self.path} (the file is empty)",
                f"check {self.setting}; `tracker poll --once` creates the database",
            )
        # Databases written before the header carried the mark are known by their tables.
        if application_id == 0 and {"schema_migrations", "messages"} <= set(tables):
            return
        shown = ", ".join(tables[:4]) + (", ..." if len(tables) > 4 else "")
        held = f"it holds another program's tables ({shown})" if tables else "it belongs to another program"
        raise StoreError(
            f"{self.path} is not an Invite Tracker database: {held}",
            f"set {self.setting} to your Invite Tracker database, or to a new file; "
            "this one was left as it was",
        )

    # -- plumbing -------------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back whole if anything in it fails.

        Inside another transaction of this thread it is a savepoint of that one: its writes are
        undone if it fails, and committed only with the outer transaction.
        """
        with self._lock:
            if self.db.in_transaction:
                self._depth += 1
                savepoint = f"nested_{self._depth}"
                self.db.execute(f"SAVEPOINT {savepoint}")
                try:
                    yield self.db
                except BaseException:
                    # SQLite may have rolled the whole transaction back already (a full disk).
                    if self.db.in_transaction:
                        self.db.execute(f"ROLLBACK TO {savepoint}")
                        self.db.execute(f"RELEASE {savepoint}")
                    raise
                else:
                    self.db.execute(f"RELEASE {savepoint}")
                finally:
                    self._depth -= 1
                return
            try:
                self.db.execute("BEGIN IMMEDIATE")
                try:
                    yield self.db
                except BaseException:
                    if self.db.in_transaction:
                        self.db.execute("ROLLBACK")
                    raise
                else:
                    self.db.execute("COMMIT")
            except sqlite3.Error as e:
                if self.db.in_transaction:  # a failed COMMIT leaves the transaction open
                    self.db.execute("ROLLBACK")
                raise self._error(e) from e

    def _error(self, error: sqlite3.Error) -> StoreError:
        """A failed read or write as one line, with what to do when that is known."""
        text = str(error)
        hint = None
        if "full" in text:
            hint = "free some disk space; everything stored before stays, and the next run retries"
        elif "readonly" in text or "read-only" in text:
            reason = self.read_only or read_only_reason(self.path) or "it is read-only"
            return StoreError(
                f"cannot write to the database {self.path}: {reason}",
                writable_hint(reason, self.path, self.setting),
            )
        elif "locked" in text or "busy" in text:
            hint = "another process holds the database; try again"
        return StoreError(f"database {self.path}: {text}", hint)

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as e:
            raise self._error(e) from e

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        with self._lock, self._errors():
            return self.db.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        with self._lock, self._errors():
            row: sqlite3.Row | None = self.db.execute(sql, params).fetchone()
            return row

    def schema_version(self) -> int:
        with self._lock:
            exists = self.db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_migrations'"
            ).fetchone()
            if not exists:
                return 0
            row = self.db.execute("SELECT max(version) FROM schema_migrations").fetchone()
            return int(row[0] or 0)

    def migrate(self) -> None:
        """Apply every migration not yet applied; refuse a database newer than this program."""
        with self._lock:
            try:
                if not self.read_only:
                    self.db.execute(
                        "CREATE TABLE IF NOT EXISTS schema_migrations "
                        "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
                    )
                current = self.schema_version()
            except sqlite3.DatabaseError as e:
                raise StoreError(f"{self.path} is not an Invite Tracker database: {e}") from e
            if current > SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path} was written by a newer Invite Tracker (schema {current}, "
                    f"this program knows {SCHEMA_VERSION})",
                    f"upgrade invite-tracker, or set {self.setting} to another file",
                )
            if self.read_only:
                if current < SCHEMA_VERSION:
                    raise StoreError(
                        f"the database {self.path} needs an upgrade for this version of Invite Tracker, "
                        f"but cannot be written: {self.read_only}",
                        writable_hint(self.read_only, self.path, self.setting),
                    )
                return
            for version in range(current + 1, SCHEMA_VERSION + 1):
                log.info("store: applying migration %d to %s", version, self.path)
                try:
                    self.db.execute("BEGIN IMMEDIATE")
                    for statement in _statements(MIGRATIONS[version - 1]):
                        self.db.execute(statement)
                    self.db.execute(
                        "INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)",
                        (version, iso(utcnow())),
                    )
                    self.db.execute("COMMIT")
                except sqlite3.Error as e:
                    self.db.execute("ROLLBACK")
                    raise StoreError(f"migration {version} of {self.path} failed: {e}") from e
            if int(self.db.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
                self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self._fill_canonical_hashes()

    def backup(self, target: Path) -> None:
        """A consistent copy of the database at `target`, safe while the service writes."""
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.exists():
                os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))
            dest = sqlite3.connect(str(target))
            try:
                with self._lock:
                    self.db.backup(dest)
            finally:
                dest.close()
        except (OSError, sqlite3.Error) as e:
            raise StoreError(f"cannot back up to {target}: {e}") from e

    # -- state ----------------------------------------------------------------------------------

    def get_state(self, key: str) -> Any:
        row = self.query_one("SELECT value FROM state WHERE key = ?", (key,))
        return json.loads(row["value"]) if row else None

    def set_state(self, key: str, value: Any) -> None:
        with self._lock, self._errors():
            self.db.execute(
                "INSERT INTO state (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    # -- mailbox sync ---------------------------------------------------------------------------

    def folder_state(self, account: str, folder: str) -> FolderState | None:
        row = self.query_one("SELECT * FROM folders WHERE account = ? AND folder = ?", (account, folder))
        if row is None:
            return None
        return FolderState(account, folder, row["uidvalidity"], row["last_uid"])

    def reset_folder(self, account: str, folder: str, uidvalidity: int) -> None:
        """Start a folder over under a new UIDVALIDITY (its messages stay; they match by content)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid) VALUES (?, ?, ?, 0) "
                "ON CONFLICT(account, folder) DO UPDATE SET uidvalidity = excluded.uidvalidity, "
                "last_uid = 0",
                (account, folder, uidvalidity),
            )

    def store_batch(
        self,
        account: str,
        folder: str,
        uidvalidity: int,
        messages: Sequence[NewMessage],
        last_uid: int,
    ) -> list[int]:
        """Store one fetched batch and advance the folder to `last_uid`, all in one transaction.

        A message already stored (the same bytes, or the same non-empty Message-ID with the same
        body: a copy whose headers a spam filter or the server changed) gains a location and nothing
        else. Returns the ids of the messages that are new to the store.
        """
        now = iso(utcnow())
        hashes = [content_hash(message.raw) for message in messages]
        # A message without a Message-ID is also known by its content without the headers servers
        # add, so a re-import that changed one of them (X-Keywords, Status) is not stored again.
        canonical = ["" if m.message_id else canonical_hash(m.raw) for m in messages]
        new_ids: list[int] = []
        with self.transaction() as db:
            # Three queries for the whole batch find what may be stored already.
            stored: dict[str, int] = {
                row[0]: row[1] for row in _lookup(db, "content_hash, id", "content_hash", hashes)
            }
            message_ids = {m.message_id for m in messages if m.message_id}
            reused = {row[0] for row in _lookup(db, "DISTINCT message_id", "message_id", message_ids)}
            same_content: dict[str, int] = {}
            for row in _lookup(db, "canonical_hash, id", "canonical_hash", filter(None, canonical)):
                same_content[row[0]] = min(row[1], same_content.get(row[0], row[1]))
            locations = []
            for message, digest, canonical_digest in zip(messages, hashes, canonical, strict=True):
                message_pk = stored.get(digest)
                if message_pk is None and message.message_id and message.message_id in reused:
                    message_pk = _same_message(db, message)
                if message_pk is None and canonical_digest:
                    message_pk = same_content.get(canonical_digest)
                if message_pk is None:
                    message_pk = _insert_message(db, message, digest, canonical_digest, now)
                    new_ids.append(message_pk)
                    stored[digest] = message_pk  # the same bytes again later in this batch
                    if message.message_id:
                        reused.add(message.message_id)
                    if canonical_digest:
                        same_content[canonical_digest] = message_pk
                locations.append((account, folder, uidvalidity, message.uid, message_pk, now))
            db.executemany(
                "INSERT OR IGNORE INTO locations "
                "(account, folder, uidvalidity, uid, message, seen_at) VALUES (?, ?, ?, ?, ?, ?)",
                locations,
            )
            db.execute(
                "INSERT INTO folders (account, folder, uidvalidity, last_uid, synced_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(account, folder) DO UPDATE SET "
                "uidvalidity = excluded.uidvalidity, "
                "last_uid = max(last_uid, excluded.last_uid), synced_at = excluded.synced_at",
                (account, folder, uidvalidity, last_uid, now),
            )
        return new_ids

    def mark_parsed(
        self,
        message_pk: int,
        *,
        date: datetime | None,
        from_addr: str,
        from_name: str,
        subject: str,
        message_id: str,
    ) -> None:
        """Record that a message parsed, with the header fields the lists show."""
        with self.transaction() as db:
            db.execute(
                "UPDATE messages SET status = 'parsed', error = NULL, date = ?, from_addr = ?, "
                "from_name = ?, subject = ?, message_id = coalesce(nullif(message_id, ''), ?) "
                "WHERE id = ?",
                (iso(date), from_addr, from_name, subject, message_id, message_pk),
            )

    def mark_folder_synced(self, account: str, folder: str) -> None:
        with self._lock, self._errors():
            self.db.execute(
                "UPDATE folders SET synced_at = ? WHERE account = ? AND folder = ?",
                (iso(utcnow()), account, folder),
            )

    def known_uids(self, account: str, folder: str, uidvalidity: int) -> set[int]:
        rows = self.query(
            "SELECT uid FROM locations WHERE account = ? AND folder = ? AND uidvalidity = ?",
            (account, folder, uidvalidity),
        )
        return {int(r["uid"]) for r in rows}

    def raw_message(self, message_pk: int) -> bytes:
        with self._lock, self._errors():
            return _raw(self.db, message_pk)

    def _fill_canonical_hashes(self) -> None:
        """Give the messages stored before canonical hashes existed theirs, once (migration 6)."""
        columns = {str(row[1]) for row in self.db.execute("PRAGMA table_info(messages)")}
        if "canonical_hash" not in columns:
            return  # a program that knows fewer migrations (tests of upgrades make such databases)
        ids = [int(row[0]) for row in self.db.execute("SELECT id FROM messages WHERE canonical_hash IS NULL")]
        if not ids:
            return
        with self.transaction() as db:
            for message_pk in ids:
                raw = self.raw_message(message_pk)
                digest = "" if message_id_of(raw) else canonical_hash(raw)
                db.execute("UPDATE messages SET canonical_hash = ? WHERE id = ?", (digest, message_pk))

    def messages_with_status(self, status: str, max_attempts: int = 3) -> list[int]:
        rows = self.query(
            "SELECT id FROM messages WHERE status = ? AND attempts < ? ORDER BY id",
            (status, max_attempts),
        )
        return [int(r["id"]) for r in rows]

    def message_count(self) -> int:
        row = self.query_one("SELECT count(*) AS n FROM messages")
        return int(row["n"]) if row else 0

    # -- sync health ----------------------------------------------------------------------------

    def start_sync_run(self, started_at: datetime) -> int:
        with self._lock, self._errors():
            cursor = self.db.execute("INSERT INTO sync_runs (started_at) VALUES (?)", (iso(started_at),))
            return int(cursor.lastrowid or 0)

    def finish_sync_run(
        self, run_id: int, finished_at: datetime, ok: bool, new_messages: int, error: str | None
    ) -> None:
        with self._lock, self._errors():
            self.db.execute(
                "UPDATE sync_runs SET finished_at = ?, ok = ?, new_messages = ?, error = ? WHERE id = ?",
                (iso(finished_at), int(ok), new_messages, error, run_id),
            )

    def last_successful_sync(self) -> datetime | None:
        row = self.query_one("SELECT max(finished_at) AS at FROM sync_runs WHERE ok = 1")
        return from_iso(row["at"]) if row else None


def read_only_reason(path: Path) -> str | None:
    """Why this account cannot write the database at `path`, in the user's words; None when it can."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "it is on a read-only disk"
    except OSError:
        pass
    if not os.access(path, os.W_OK):
        return "your account may not write to it (its permissions)"
    folder = path.parent
    if not os.access(folder, os.W_OK | os.X_OK):
        # SQLite keeps its journal beside the file (-wal, -shm) and must be able to create them.
        journals = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        if not all(journal.exists() and os.access(journal, os.W_OK) for journal in journals):
            return f"your account may not write to its folder {folder}"
    return None


def writable_hint(reason: str, path: Path, setting: str = "[store] path") -> str:
    """What to do about a database that cannot be written for `reason`."""
    if "read-only disk" in reason:
        return f"copy it to a writable folder and set {setting} to the copy"
    return f"make {path} and its folder writable by your account: `ls -l` shows their owner"


_MESSAGE_ID_HEADER = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t]+.*)*)", re.IGNORECASE | re.MULTILINE)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def message_id_of(raw: bytes) -> str:
    """The Message-ID header of raw bytes, cheaply, without a full parse ('' if none)."""
    end = raw.find(b"\r\n\r\n")
    end = len(raw) if end < 0 else end
    bare_end = raw.find(b"\n\n", 0, end)  # a header ended by a bare blank line ends there
    match = _MESSAGE_ID_HEADER.search(raw, 0, end if bare_end < 0 else bare_end)
    if not match:
        return ""
    value = match.group(1).decode("ascii", errors="replace")
    found = _MESSAGE_ID.findall(value)
    return found[0] if found else value.strip()


# Header fields a server or a mail client adds or rewrites when it stores, moves or re-imports a
# message (trace fields, flags kept as headers, every X- field), left out of its canonical hash.
_SERVER_HEADERS = re.compile(
    rb"received|received-spf|return-path|delivered-to|envelope-to|x-[^:]*|status|content-length|lines"
    rb"|authentication-results|arc-[a-z-]+"
)
_HASH_CHUNK = 1024 * 1024


def canonical_hash(raw: bytes) -> str:
    """sha256 of a message without the header fields servers add (Received, Return-Path, X-*,
    Status, ...), with its line endings and trailing blank lines normalised: the same message
    presented again with one of those changed has the same canonical hash."""
    end, separator = _header_end(raw)
    kept: list[bytes] = []
    keep = True
    for line in raw[:end].split(b"\n"):
        line = line.rstrip(b"\r")
        if line[:1] in (b" ", b"\t"):  # a folded line belongs to the field above it
            if keep:
                kept.append(line)
            continue
        keep = not _SERVER_HEADERS.fullmatch(line.split(b":", 1)[0].strip().lower())
        if keep:
            kept.append(line)
    digest = hashlib.sha256(b"\n".join(kept) + b"\n\n")
    # The body in chunks, CRLF read as LF: a big message is not copied whole.
    carried = b""
    view = memoryview(raw)
    for start in range(end + separator, len(raw), _HASH_CHUNK):
        chunk = (carried + bytes(view[start : start + _HASH_CHUNK])).replace(b"\r\n", b"\n")
        body = chunk.rstrip(b"\r\n")
        carried = chunk[len(body) :]  # trailing line ends wait: at the very end they are dropped
        digest.update(body)
    return digest.hexdigest()


def _header_end(raw: bytes) -> tuple[int, int]:
    """Where the header ends and how long the blank line after it is ((len(raw), 0) with none)."""
    crlf, lf = raw.find(b"\r\n\r\n"), raw.find(b"\n\n")
    if lf >= 0 and (crlf < 0 or lf < crlf):
        return lf, 2
    if crlf >= 0:
        return crlf, 4
    return len(raw), 0


def message_body(raw: bytes) -> bytes:
    """The body of raw message bytes (after the first blank line), line endings normalised."""
    normalised = raw.replace(b"\r\n", b"\n")
    _head, _sep, body = normalised.partition(b"\n\n")
    return body


def _lookup(db: sqlite3.Connection, columns: str, key: str, values: Iterable[str]) -> list[sqlite3.Row]:
    """`columns` of the messages whose `key` is one of `values` (one query, however many)."""
    return db.execute(
        f"SELECT {columns} FROM messages WHERE {key} IN (SELECT value FROM json_each(?))",
        (json.dumps(list(values)),),
    ).fetchall()


def _insert_message(
    db: sqlite3.Connection, message: NewMessage, digest: str, canonical_digest: str, now: str | None
) -> int:
    """Insert one message; returns its id. A big one's bytes past HEAD_BYTES go in pieces."""
    raw = memoryview(message.raw)  # slices of it are not copies
    cursor = db.execute(
        "INSERT INTO messages (message_id, content_hash, canonical_hash, raw, size, fetched_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (message.message_id, digest, canonical_digest, raw[:HEAD_BYTES], len(raw), now),
    )
    message_pk = int(cursor.lastrowid or 0)
    db.executemany(
        "INSERT INTO message_chunks (message, seq, data) VALUES (?, ?, ?)",
        (
            (message_pk, seq, raw[start : start + CHUNK_BYTES])
            for seq, start in enumerate(range(HEAD_BYTES, len(raw), CHUNK_BYTES))
        ),
    )
    return message_pk


def _raw(db: sqlite3.Connection, message_pk: int) -> bytes:
    """A stored message's bytes: its head, then its pieces (a message stored before they existed
    is whole in its head)."""
    row = db.execute("SELECT raw, size FROM messages WHERE id = ?", (message_pk,)).fetchone()
    if row is None:
        raise StoreError(f"no message with id {message_pk}")
    head = bytes(row[0])
    if len(head) >= int(row[1]):
        return head
    # Gathered in a BytesIO, whose value is handed over without a copy: a 50 MB message costs 50 MB.
    whole = io.BytesIO()
    whole.write(head)
    pieces = db.execute("SELECT data FROM message_chunks WHERE message = ? ORDER BY seq", (message_pk,))
    for (data,) in pieces:
        whole.write(data)
    return whole.getvalue()


def _same_message(db: sqlite3.Connection, message: NewMessage) -> int | None:
    """The id of a stored message with the same Message-ID and the same body, if there is one.

    A Message-ID alone is not enough: senders do reuse them, and merging two different letters
    could hide an invitation.
    """
    body: bytes | None = None  # computed only when a stored message has this Message-ID
    for row in db.execute("SELECT id FROM messages WHERE message_id = ?", (message.message_id,)).fetchall():
        if body is None:
            body = message_body(message.raw)
        if message_body(_raw(db, int(row["id"]))) == body:
            return int(row["id"])
    return None


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (no semicolons inside our string literals)."""
    cleaned = "\n".join(line.split("--", 1)[0] for line in script.splitlines())
    return [s.strip() for s in cleaned.split(";") if s.strip()]
