"""What the commands do with the database file: only `poll` and `run` (and `demo`, `init`) create it;
every other command refuses a missing file and another program's, naming the path, the config and
what to do; on a database that cannot be written the reading commands work and the writing ones
say why they cannot."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from cli_helpers import run
from mail import load

from tracker.cli.app import STORE_NEEDS
from tracker.store.database import Store

# Every command that opens the database, with arguments that get it that far.
READERS = [
    ["status"],
    ["records"],
    ["messages"],
    ["export", "--csv", "records.csv"],
    ["rank-list"],
    ["digest", "--preview", "digest.html"],
]
WRITERS = [
    ["set", "1", "--kind", "info"],
    ["record", "1", "--status", "scheduled"],
    ["reprocess"],
    ["merge", "1", "2"],
    ["keep-apart", "1", "2"],
    ["split", "1", "1"],
]


def write_config(tmp_path: Path, store: Path) -> Path:
    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur" / "1.lakeshore:2,S").write_bytes(load("store/lakeshore-interview-confirmed.eml"))
    config = tmp_path / "config.toml"
    config.write_text(f'[mailbox]\nmaildir = "{maildir}"\n\n[store]\npath = "{store}"\n')
    return config


def tracker(
    config: Path, args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[int, str, str]:
    monkeypatch.chdir(config.parent)
    return run(["--config", str(config), *args], capsys, monkeypatch)


@contextmanager
def unwritable(*paths: Path) -> Iterator[None]:
    """Make `paths` unwritable for this account (the immutable attribute for root)."""
    root = os.geteuid() == 0
    modes = {path: path.stat().st_mode for path in paths}
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


def test_every_command_that_reads_only_is_declared_so() -> None:
    """A command not in the table must find a database it can write: the readers here are in it."""
    for args in READERS:
        assert STORE_NEEDS[args[0]] == "read", args
    for args in WRITERS:
        assert args[0] not in STORE_NEEDS, args
    assert {name for name, needs in STORE_NEEDS.items() if needs == "create"} == {"poll", "run"}


@pytest.mark.parametrize("args", READERS + WRITERS, ids=lambda args: args[0])
def test_a_mistyped_store_path_is_reported_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    store = tmp_path / "data" / "trakcer.sqlite3"
    config = write_config(tmp_path, store)
    code, out, err = tracker(config, args, capsys, monkeypatch)
    assert code == 1 and out == ""
    assert err == (
        f"tracker: error: no Invite Tracker database at {store} (check [store] path in {config}; "
        "`tracker poll --once` creates the database)\n"
    )
    assert not store.exists() and not store.parent.exists()


def test_the_dashboards_address_is_not_made_for_a_database_that_is_not_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "data" / "trakcer.sqlite3"
    config = write_config(tmp_path, store)
    code, out, err = tracker(config, ["web", "--url"], capsys, monkeypatch)
    assert code == 1 and out == ""
    assert err.startswith(f"tracker: error: no Invite Tracker database at {store}")
    assert not store.parent.exists()  # no folder, no key file for it


def test_poll_creates_the_database_and_the_readers_then_find_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "data" / "tracker.sqlite3"
    config = write_config(tmp_path, store)
    code, out, err = tracker(config, ["poll", "--once"], capsys, monkeypatch)
    assert code == 0, err
    assert store.is_file()
    code, out, err = tracker(config, ["messages", "--json"], capsys, monkeypatch)
    assert code == 0, err
    assert "Interview confirmed" in out


@pytest.mark.parametrize("args", [["poll", "--once"], *READERS, *WRITERS], ids=lambda args: args[0])
def test_another_programs_database_is_refused_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    store = tmp_path / "places.sqlite"
    db = sqlite3.connect(store)
    db.executescript("CREATE TABLE moz_places (url TEXT); INSERT INTO moz_places VALUES ('https://x');")
    db.commit()
    db.close()
    before = hashlib.sha256(store.read_bytes()).hexdigest()
    config = write_config(tmp_path, store)
    code, out, err = tracker(config, args, capsys, monkeypatch)
    assert code == 1 and err.count("\n") == 1
    assert err.startswith(
        f"tracker: error: {store} is not an Invite Tracker database: it holds another program's tables "
        f"(moz_places) (set [store] path in {config} to your Invite Tracker database, or to a new file"
    )
    assert hashlib.sha256(store.read_bytes()).hexdigest() == before
    db = sqlite3.connect(store)
    assert [row[0] for row in db.execute("SELECT name FROM sqlite_master")] == ["moz_places"]
    db.close()


@pytest.fixture
def read_only_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A config whose database holds the season's mail but cannot be written (nor its folder)."""
    store = tmp_path / "data" / "tracker.sqlite3"
    config = write_config(tmp_path, store)
    code, _, err = tracker(config, ["poll", "--once"], capsys, monkeypatch)
    assert code == 0, err
    with unwritable(store, store.parent):
        yield config


@pytest.mark.parametrize("args", READERS, ids=lambda args: args[0])
def test_the_reading_commands_work_on_a_read_only_database(
    read_only_store: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    code, _, err = tracker(read_only_store, args, capsys, monkeypatch)
    assert code == 0, err


def test_backup_of_a_read_only_database_works(
    read_only_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "backup.sqlite3"
    code, out, err = tracker(read_only_store, ["backup", str(target)], capsys, monkeypatch)
    assert code == 0, err
    assert out.startswith("Backed up 1 message and")


@pytest.mark.parametrize("args", [["poll", "--once"], *WRITERS], ids=lambda args: args[0])
def test_the_writing_commands_say_the_database_is_read_only_and_why(
    read_only_store: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
) -> None:
    store = tmp_path / "data" / "tracker.sqlite3"
    code, out, err = tracker(read_only_store, args, capsys, monkeypatch)
    assert code == 1 and out == ""
    assert err == (
        f"tracker: error: cannot write to the database {store}: your account may not write to it (its "
        f"permissions) (make {store} and its folder writable by your account: `ls -l` shows their owner; "
        "commands that only read it, such as `tracker status`, still work)\n"
    )


def test_doctor_before_the_first_poll_notes_that_there_is_no_database_and_creates_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_NOTIFY_URLS", "json://127.0.0.1:9/hook")  # doctor wants an alert channel
    store = tmp_path / "tracker.sqlite3"
    config = write_config(tmp_path, store)
    code, out, err = tracker(config, ["doctor"], capsys, monkeypatch)
    assert code == 0, err
    assert (
        f"note: no database yet at {store}: `tracker poll --once` creates it (if you have one, check "
        f"[store] path in {config})"
    ) in out
    assert not store.exists()
    Store(store).close()
    code, out, err = tracker(config, ["doctor"], capsys, monkeypatch)
    assert code == 0, err
    assert f"ok: store {store} (schema " in out
