"""The store's file and schema: private file, numbered transactional migrations, a newer database
refused, and `tracker backup` consistent while another connection writes."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_helpers import run

from tracker.errors import StoreError
from tracker.store import database as store_module
from tracker.store.database import NewMessage, Store
from tracker.store.migrations import MIGRATIONS, SCHEMA_VERSION


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def write_config(tmp_path: Path, db: Path) -> Path:
    (tmp_path / "mail" / "cur").mkdir(parents=True, exist_ok=True)
    config = tmp_path / "config.toml"
    config.write_text(f'[mailbox]\nmaildir = "{tmp_path / "mail"}"\n\n[store]\npath = "{db}"\n')
    return config


def add_messages(store: Store, first_uid: int, count: int) -> None:
    """One batch: `count` messages and their locations, in one transaction."""
    messages = [
        NewMessage(
            uid,
            f"Subject: m{uid}\r\nMessage-ID: <m{uid}@test>\r\n\r\nbody {uid}\r\n".encode(),
            f"<m{uid}@test>",
        )
        for uid in range(first_uid, first_uid + count)
    ]
    store.store_batch("test", "INBOX", 1, messages, first_uid + count - 1)


# -- the file -----------------------------------------------------------------------------------


def test_database_and_its_wal_are_readable_by_the_owner_only(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "new-folder" / "tracker.sqlite3"
    with Store(path) as store:
        add_messages(store, 1, 3)
        wal = Path(f"{path}-wal")
        assert wal.exists()
        assert mode(path) == 0o600
        assert mode(wal) == 0o600


def test_a_file_that_is_not_a_database_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "tracker.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="not an Invite Tracker database"):
        Store(path)


# -- migrations ---------------------------------------------------------------------------------


def test_migrations_are_numbered_and_recorded_once(tmp_path: Path) -> None:
    path = tmp_path / "tracker.sqlite3"
    Store(path).close()
    with Store(path) as store:  # reopening applies nothing again
        versions = [row["version"] for row in store.query("SELECT version FROM schema_migrations ORDER BY 1")]
        assert versions == list(range(1, SCHEMA_VERSION + 1))
        assert store.schema_version() == SCHEMA_VERSION


def test_a_new_migration_applies_to_an_existing_database_and_keeps_its_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "tracker.sqlite3"
    with Store(path) as store:
        add_messages(store, 1, 2)
    extra = "ALTER TABLE records ADD COLUMN travel TEXT; CREATE TABLE thank_you_notes (record INTEGER)"
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, extra])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION + 1
        assert store.message_count() == 2
        columns = {row["name"] for row in store.query("PRAGMA table_info(records)")}
        assert "travel" in columns
        assert store.query("SELECT * FROM thank_you_notes") == []


def test_a_failing_migration_is_rolled_back_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tracker.sqlite3"
    Store(path).close()
    broken = "CREATE TABLE half_done (x INTEGER); ALTER TABLE no_such_table ADD COLUMN y TEXT"
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, broken])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match=f"migration {SCHEMA_VERSION + 1} of .* failed"):
        Store(path)
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = db.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
    assert "half_done" not in tables
    assert version == SCHEMA_VERSION


def test_a_database_from_a_newer_program_is_refused_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "tracker.sqlite3"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?, '2027-06-01')", (99,))
    conn.close()
    with pytest.raises(StoreError, match=r"written by a newer Invite Tracker \(schema 99"):
        Store(db)
    code, out, err = run(["--config", str(write_config(tmp_path, db)), "records"], capsys, monkeypatch)
    assert code == 1 and out == ""
    assert err.startswith("tracker: error: ") and err.count("\n") == 1
    assert "newer Invite Tracker" in err and "upgrade invite-tracker" in err
    with sqlite3.connect(db) as conn:  # and it was left as it was
        assert conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == 99
    conn.close()


# -- backup -------------------------------------------------------------------------------------


def test_backup_while_another_connection_writes_is_consistent(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "tracker.sqlite3"
    with Store(path) as reader, Store(path) as writer:
        add_messages(writer, 1, 50)
        stop = threading.Event()
        errors: list[BaseException] = []

        def keep_writing() -> None:
            uid = 1000
            try:
                while not stop.is_set():
                    add_messages(writer, uid, 25)  # 25 messages + 25 locations per transaction
                    uid += 25
            except BaseException as e:  # pragma: no cover - reported below
                errors.append(e)

        thread = threading.Thread(target=keep_writing)
        thread.start()
        try:
            counts = []
            for n in range(8):
                target = tmp_path / f"backup-{n}.sqlite3"
                reader.backup(target)
                with sqlite3.connect(target) as copy:
                    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                    messages = copy.execute("SELECT count(*) FROM messages").fetchone()[0]
                    locations = copy.execute("SELECT count(*) FROM locations").fetchone()[0]
                copy.close()
                assert messages == locations  # never half a transaction
                assert (messages - 50) % 25 == 0
                assert mode(target) == 0o600
                counts.append(messages)
        finally:
            stop.set()
            thread.join()
        assert not errors
        assert counts == sorted(counts) and counts[-1] > 50  # the writer really ran meanwhile


def test_backup_command_copies_the_database_and_refuses_to_clobber(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "tracker.sqlite3"
    with Store(db) as store:
        add_messages(store, 1, 7)
    config = str(write_config(tmp_path, db))
    target = tmp_path / "backups" / "season.sqlite3"
    code, out, err = run(["--config", config, "backup", str(target)], capsys, monkeypatch)
    assert code == 0, err
    assert f"Backed up 7 messages and 0 records to {target}" in out
    with Store(target) as copy:
        assert copy.message_count() == 7
    code, _, err = run(["--config", config, "backup", str(target)], capsys, monkeypatch)
    assert code == 1 and "already exists" in err
    code, _, err = run(["--config", config, "backup", str(target), "--force"], capsys, monkeypatch)
    assert code == 0, err
    code, _, err = run(["--config", config, "backup", str(db)], capsys, monkeypatch)
    assert code == 1 and "the database itself" in err


def test_backup_before_any_database_exists_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "never-created.sqlite3"
    code, _, err = run(
        ["--config", str(write_config(tmp_path, db)), "backup", str(tmp_path / "b.sqlite3")],
        capsys,
        monkeypatch,
    )
    assert code == 1 and "no database yet" in err
    assert not db.exists() and not (tmp_path / "b.sqlite3").exists()


def test_a_full_disk_is_a_one_line_store_error_and_loses_what_was_stored(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.sqlite3")
    (kept,) = store.store_batch("acct", "INBOX", 1, [NewMessage(1, b"Subject: kept\r\n\r\nhi\r\n")], 1)
    pages = store.query_one("PRAGMA page_count")
    assert pages is not None
    store.db.execute(f"PRAGMA max_page_count = {pages[0]}")  # the disk is now full
    big = NewMessage(2, b"Subject: big\r\n\r\n" + os.urandom(200_000))
    with pytest.raises(StoreError) as e:
        store.store_batch("acct", "INBOX", 1, [big], 2)
    assert "full" in str(e.value) and "\n" not in str(e.value) and e.value.hint
    with pytest.raises(StoreError):
        store.set_state("big", "x" * 200_000)
    store.db.execute("PRAGMA max_page_count = 1073741823")  # space again
    assert store.store_batch("acct", "INBOX", 1, [big], 2) and store.message_count() == 2
    assert store.raw_message(kept).startswith(b"Subject: kept")


def test_a_new_database_gets_pages_that_hold_several_messages(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    try:
        assert store.db.execute("PRAGMA page_size").fetchone()[0] == store_module.PAGE_SIZE
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()


def _database_with_4k_pages(path: Path) -> Path:
    """A database made before stores had 16 KB pages (or a mark in the header): schema 1 only."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA page_size = 4096")
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for statement in store_module._statements(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("INSERT INTO schema_migrations VALUES (1, '2026-09-01T00:00:00Z')")
    db.commit()
    db.close()
    return path


def test_an_existing_database_keeps_its_page_size(tmp_path: Path) -> None:
    store = Store(_database_with_4k_pages(tmp_path / "old.db"))
    try:
        assert store.db.execute("PRAGMA page_size").fetchone()[0] == 4096
    finally:
        store.close()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Subject: x\r\nMessage-ID: <a@b>\r\n\r\nbody\r\n", "<a@b>"),
        (b"Subject: x\r\nMessage-Id:\r\n <folded@b>\r\n\r\nbody\r\n", "<folded@b>"),
        (b"message-id: <lower@b>\n\nbody\n", "<lower@b>"),
        (b"Message-ID: <only-a-header@b>", "<only-a-header@b>"),
        (b"Message-ID: no-brackets@b\r\n\r\n", "no-brackets@b"),
        (b"Subject: x\r\n\r\nMessage-ID: <in-body@b>\r\n", ""),
        (b"Subject: x\n\nMessage-ID: <in-body@b>\n", ""),
        (b"Subject: x\r\n\r\nfirst\n\nMessage-ID: <in-body@b>\n", ""),
        (b"Subject: x\n\n\r\n\r\nMessage-ID: <in-body@b>\n", ""),
        (b"", ""),
    ],
)
def test_message_id_of_reads_the_header_only(raw: bytes, expected: str) -> None:
    assert store_module.message_id_of(raw) == expected


def test_the_wal_is_checkpointed_every_4_mb_whatever_the_page_size(tmp_path: Path) -> None:
    old = _database_with_4k_pages(tmp_path / "old.db")
    for path, pages in ((tmp_path / "new.db", 256), (old, 1024)):
        store = Store(path)
        try:
            assert store.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == pages
        finally:
            store.close()
