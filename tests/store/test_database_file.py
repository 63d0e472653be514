"""Which file the store opens, and how: a missing file is created only when the caller creates the
database; another program's SQLite file is refused before anything is written to it; a database
that cannot be written opens read-only for readers and is refused, with the reason, for writers."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tracker.errors import StoreError
from tracker.store import database as store_module
from tracker.store.database import APPLICATION_ID, NewMessage, Store
from tracker.store.migrations import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parent.parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def foreign_database(path: Path) -> Path:
    """Another program's SQLite file, such as a browser's history."""
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT);"
        "CREATE TABLE moz_bookmarks (id INTEGER PRIMARY KEY, fk INTEGER);"
        "INSERT INTO moz_places (url) VALUES ('https://www.aamc.org/services/eras');"
    )
    db.commit()
    db.close()
    return path


def add_message(store: Store, uid: int) -> None:
    raw = f"Subject: m{uid}\r\nMessage-ID: <m{uid}@test>\r\n\r\nbody {uid}\r\n".encode()
    store.store_batch("test", "INBOX", 1, [NewMessage(uid, raw, f"<m{uid}@test>")], uid)


@contextmanager
def unwritable(*paths: Path) -> Iterator[None]:
    """Make `paths` unwritable for this account: read-only permissions, or for root (whom
    permissions do not stop) the immutable attribute. Restored afterwards whatever happens."""
    modes = {path: path.stat().st_mode for path in paths}
    root = os.geteuid() == 0
    if root:
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
            pytest.skip(f"cannot make files immutable here: {done.stderr.strip()}")
    else:
        for path in paths:
            path.chmod(path.stat().st_mode & ~0o222)
    try:
        yield
    finally:
        if root:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        for path, mode in modes.items():
            path.chmod(mode)


# -- a missing file, an empty one, a folder -----------------------------------------------------


@pytest.mark.parametrize("needs", ["read", "write"])
def test_a_missing_database_is_refused_unless_the_caller_creates_it(tmp_path: Path, needs: str) -> None:
    path = tmp_path / "mistyped" / "tracker.sqlite3"
    with pytest.raises(StoreError) as refused:
        Store(path, needs=needs, setting="[store] path in /home/j/config.toml")  # type: ignore[arg-type]
    assert str(refused.value) == (
        f"no Invite Tracker database at {path} (check [store] path in /home/j/config.toml; "
        "`tracker poll --once` creates the database)"
    )
    assert not path.parent.exists()
    Store(path, needs="create").close()
    with Store(path, needs=needs) as store:  # type: ignore[arg-type]
        assert store.schema_version() == SCHEMA_VERSION


def test_an_empty_file_is_no_database_to_read_but_one_to_create(tmp_path: Path) -> None:
    path = tmp_path / "tracker.sqlite3"
    path.touch()
    with pytest.raises(StoreError, match=r"no Invite Tracker database at .* \(the file is empty\)"):
        Store(path, needs="read")
    assert path.stat().st_size == 0
    with Store(path, needs="create") as store:
        assert store.schema_version() == SCHEMA_VERSION


def test_a_folder_is_refused_with_a_file_name_to_use(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=r"is a folder, not a database file \(set \[store\] path to a file"):
        Store(tmp_path)


# -- another program's file ---------------------------------------------------------------------


@pytest.mark.parametrize("needs", ["create", "write", "read"])
def test_another_programs_database_is_refused_and_left_byte_for_byte(tmp_path: Path, needs: str) -> None:
    path = foreign_database(tmp_path / "places.sqlite")
    before = digest(path)
    with pytest.raises(StoreError) as refused:
        Store(path, needs=needs)  # type: ignore[arg-type]
    assert str(refused.value).startswith(
        f"{path} is not an Invite Tracker database: it holds another program's tables "
        "(moz_bookmarks, moz_places) (set [store] path to your Invite Tracker database, or to a new file"
    )
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]  # no -wal, no -shm


def test_a_database_marked_by_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    db = sqlite3.connect(path)
    db.execute("PRAGMA application_id = 1")
    db.commit()
    db.close()
    with pytest.raises(StoreError, match="is not an Invite Tracker database: it belongs to another program"):
        Store(path)


def test_a_file_that_is_not_sqlite_at_all_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "tracker.sqlite3"
    path.write_bytes(b"my interview notes\n" * 200)
    before = digest(path)
    with pytest.raises(StoreError, match="is not an Invite Tracker database: file is not a database"):
        Store(path)
    assert digest(path) == before


def test_our_database_carries_our_mark_and_one_from_before_the_mark_is_still_ours(tmp_path: Path) -> None:
    path = tmp_path / "tracker.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    # As written before the mark existed: the tables alone say whose it is.
    db.execute("PRAGMA application_id = 0")
    db.commit()
    db.close()
    with Store(path, needs="write") as store:
        add_message(store, 1)
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    db.close()


# -- a database that cannot be written ----------------------------------------------------------


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A database with two messages, in a folder of its own, closed cleanly (no -wal or -shm)."""
    path = tmp_path / "data" / "tracker.sqlite3"
    with Store(path) as store:
        add_message(store, 1)
        add_message(store, 2)
    assert sorted(p.name for p in path.parent.iterdir()) == ["tracker.sqlite3"]
    return path


def test_an_unwritable_database_and_folder_open_read_only_for_readers(filled: Path) -> None:
    with unwritable(filled, filled.parent), Store(filled, needs="read") as store:
        assert store.read_only == "your account may not write to it (its permissions)"
        assert store.message_count() == 2
        with pytest.raises(StoreError) as refused:
            add_message(store, 3)
    message = str(refused.value)
    assert message.startswith(f"cannot write to the database {filled}: your account may not write to it")
    assert f"make {filled} and its folder writable by your account" in message
    assert "not an Invite Tracker database" not in message


@pytest.mark.parametrize("needs", ["write", "create"])
def test_an_unwritable_database_is_refused_for_writers_saying_why_and_what_still_works(
    filled: Path, needs: str
) -> None:
    with unwritable(filled), pytest.raises(StoreError) as refused:
        Store(filled, needs=needs)  # type: ignore[arg-type]
    assert str(refused.value) == (
        f"cannot write to the database {filled}: your account may not write to it (its permissions) "
        f"(make {filled} and its folder writable by your account: `ls -l` shows their owner; "
        "commands that only read it, such as `tracker status`, still work)"
    )


def test_a_database_in_a_folder_that_cannot_be_written_is_read_but_not_written(filled: Path) -> None:
    with unwritable(filled.parent):
        with Store(filled, needs="read") as store:
            assert store.read_only == f"your account may not write to its folder {filled.parent}"
            assert store.message_count() == 2
        with pytest.raises(StoreError, match="cannot write to the database .*: your account may not write"):
            Store(filled, needs="write")


def test_a_database_on_a_read_only_disk_says_so(filled: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_statvfs = os.statvfs

    class ReadOnlyDisk:
        def __init__(self, result: os.statvfs_result) -> None:
            self.f_flag = result.f_flag | os.ST_RDONLY

    monkeypatch.setattr(os, "statvfs", lambda path: ReadOnlyDisk(real_statvfs(path)))
    with Store(filled, needs="read") as store:
        assert store.read_only == "it is on a read-only disk"
        assert store.message_count() == 2
        with pytest.raises(StoreError) as refused:
            add_message(store, 3)
    assert str(refused.value) == (
        f"cannot write to the database {filled}: it is on a read-only disk "
        "(copy it to a writable folder and set [store] path to the copy)"
    )


def test_a_read_only_database_that_needs_an_upgrade_says_so(
    filled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, "CREATE TABLE later (x)"])
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with unwritable(filled), pytest.raises(StoreError) as refused:
        Store(filled, needs="read")
    assert str(refused.value).startswith(
        f"the database {filled} needs an upgrade for this version of Invite Tracker, but cannot be "
        "written: your account may not write to it"
    )


@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare(1)")
def test_the_cli_on_a_really_read_only_disk_reads_and_refuses_to_write(filled: Path, tmp_path: Path) -> None:
    """A real read-only mount, in a mount namespace of its own (needs root, or is skipped)."""
    disk = tmp_path / "disk"
    disk.mkdir()
    (tmp_path / "mail" / "cur").mkdir(parents=True)
    config = tmp_path / "config.toml"
    config.write_text(f'[mailbox]\nmaildir = "{tmp_path / "mail"}"\n[store]\npath = "{disk / "t.sqlite3"}"\n')
    tracker = f"{sys.executable} -m tracker --config {config}"
    script = (
        f"mount -t tmpfs none {disk} && cp {filled} {disk}/t.sqlite3 && mount -o remount,ro {disk} && "
        f"echo '== read' && {tracker} backup {tmp_path / 'copy.sqlite3'}; {tracker} poll --once; true"
    )
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT)
    if "== read" not in done.stdout:
        pytest.skip(f"cannot mount a read-only disk here: {done.stderr.strip()}")
    assert f"Backed up 2 messages and 0 records to {tmp_path / 'copy.sqlite3'}" in done.stdout
    assert (
        f"tracker: error: cannot write to the database {disk / 't.sqlite3'}: it is on a read-only disk "
        f"(copy it to a writable folder and set [store] path in {config} to the copy" in done.stderr
    )
    assert "not an Invite Tracker database" not in done.stderr
