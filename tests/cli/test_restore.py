"""`tracker restore FILE`, beside `tracker backup FILE`: the backup goes back in place of the
database, the current one is kept beside it, and nothing is replaced under a running service or
from a file that is not a backup."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest
from cli_helpers import run

from tracker.store import database as store_module
from tracker.store.database import NewMessage, Store
from tracker.store.migrations import MIGRATIONS, SCHEMA_VERSION


def write_config(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "mail" / "cur").mkdir(parents=True, exist_ok=True)
    store = tmp_path / "data" / "tracker.sqlite3"
    config = tmp_path / "config.toml"
    config.write_text(f'[mailbox]\nmaildir = "{tmp_path / "mail"}"\n\n[store]\npath = "{store}"\n')
    return config, store


def add_messages(store_path: Path, *uids: int) -> None:
    with Store(store_path) as store:
        for uid in uids:
            raw = f"Subject: m{uid}\r\nMessage-ID: <m{uid}@test>\r\n\r\nbody {uid}\r\n".encode()
            store.store_batch("test", "INBOX", 1, [NewMessage(uid, raw, f"<m{uid}@test>")], uid)


def message_count(path: Path) -> int:
    db = sqlite3.connect(path)
    try:
        return int(db.execute("SELECT count(*) FROM messages").fetchone()[0])
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_restore_puts_the_backup_back_and_keeps_the_database_it_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, store = write_config(tmp_path)
    add_messages(store, 1, 2)
    backup = tmp_path / "backup.sqlite3"
    code, _, err = run(["--config", str(config), "backup", str(backup)], capsys, monkeypatch)
    assert code == 0, err
    add_messages(store, 3)  # the season went on after the backup
    code, out, err = run(["--config", str(config), "restore", str(backup)], capsys, monkeypatch)
    assert code == 0, err
    assert f"Restored 2 messages and 0 records from {backup} into {store}" in out
    assert message_count(store) == 2
    [kept] = store.parent.glob("tracker.sqlite3.before-restore-*")
    assert f"The database it replaced is kept as {kept}" in out
    assert message_count(kept) == 3
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    with Store(store, needs="write") as reopened:  # and the service can carry on with it
        assert reopened.schema_version() == SCHEMA_VERSION
        assert reopened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_restore_is_refused_while_the_service_has_the_database_open(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, store = write_config(tmp_path)
    add_messages(store, 1)
    backup = tmp_path / "backup.sqlite3"
    with Store(store) as before:
        before.backup(backup)
    add_messages(store, 2)
    with Store(store) as service:  # what `tracker run` holds open all season
        service.message_count()
        code, out, err = run(["--config", str(config), "restore", str(backup)], capsys, monkeypatch)
        assert code == 1 and out == ""
        assert err == (
            f"tracker: error: the database {store} is in use by another program (the service?) "
            "(stop the service (`tracker service status` says how), then restore again)\n"
        )
        assert service.message_count() == 2
    assert message_count(store) == 2
    assert list(store.parent.glob("*.before-restore-*")) == []


def test_restore_onto_a_new_computer_creates_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(tmp_path / "old")
    add_messages(tmp_path / "old" / "data" / "tracker.sqlite3", 1, 2, 3)
    backup = tmp_path / "backup.sqlite3"
    with Store(tmp_path / "old" / "data" / "tracker.sqlite3") as old_store:
        old_store.backup(backup)
    config, store = write_config(tmp_path / "new")
    code, out, err = run(["--config", str(config), "restore", str(backup)], capsys, monkeypatch)
    assert code == 0, err
    assert message_count(store) == 3
    assert "kept as" not in out
    assert stat.S_IMODE(store.stat().st_mode) == 0o600


def test_restore_from_a_file_that_is_not_a_backup_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, store = write_config(tmp_path)
    add_messages(store, 1)
    before = digest(store)
    notes = tmp_path / "notes.sqlite3"
    db = sqlite3.connect(notes)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.commit()
    db.close()
    code, _, err = run(["--config", str(config), "restore", str(notes)], capsys, monkeypatch)
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(
        f"tracker: error: cannot restore from {notes.resolve()}: it is not an Invite Tracker database"
    )
    assert "give a file `tracker backup` wrote" in err
    assert digest(store) == before
    code, _, err = run(["--config", str(config), "restore", str(tmp_path / "nope")], capsys, monkeypatch)
    assert code == 1 and "no backup at" in err


def test_restore_from_a_newer_program_is_refused_and_an_older_backup_is_upgraded_on_a_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config, store = write_config(tmp_path)
    add_messages(store, 1)
    newer = tmp_path / "newer.sqlite3"
    with Store(store) as current:
        current.backup(newer)
    db = sqlite3.connect(newer)
    db.execute("INSERT INTO schema_migrations VALUES (99, '2027-06-01')")
    db.commit()
    db.close()
    code, _, err = run(["--config", str(config), "restore", str(newer)], capsys, monkeypatch)
    assert code == 1 and "was written by a newer Invite Tracker (schema 99" in err

    older = tmp_path / "older.sqlite3"
    db = sqlite3.connect(older)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for statement in store_module._statements(MIGRATIONS[0]):
        db.execute(statement)
    db.execute("INSERT INTO schema_migrations VALUES (1, '2026-09-01')")
    db.commit()
    db.close()
    before = digest(older)
    code, _, err = run(["--config", str(config), "restore", str(older)], capsys, monkeypatch)
    assert code == 0, err
    assert digest(older) == before  # the backup itself is never changed
    with Store(store, needs="write") as restored:
        assert restored.schema_version() == SCHEMA_VERSION
        assert restored.message_count() == 0
