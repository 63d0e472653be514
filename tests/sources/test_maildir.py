"""The Maildir source: stable identities without UIDs, read-only, tolerant of a missing tmp/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from imap_server import make_message

from tracker.config import parse_config
from tracker.errors import MailboxError
from tracker.service import Tracker
from tracker.sources.maildir import maildir_uid
from tracker.store.database import Store

SAMPLE = Path(__file__).resolve().parents[2] / "tracker" / "sample_mailbox"


def make_maildir(root: Path, *, tmp: bool = False) -> Path:
    for sub in ("cur", "new") + (("tmp",) if tmp else ()):
        (root / sub).mkdir(parents=True, exist_ok=True)
    return root


def deliver(folder: Path, name: str, raw: bytes, sub: str = "new") -> Path:
    path = folder / sub / name
    path.write_bytes(raw)
    return path


def maildir_tracker(root: Path, tmp_path: Path, **mailbox: object) -> Tracker:
    config = parse_config(
        {"mailbox": {"maildir": str(root), **mailbox}, "store": {"path": str(tmp_path / "t.sqlite3")}}
    )
    return Tracker(config, Store(config.store_path))


def snapshot(root: Path) -> dict[str, float]:
    return {str(p.relative_to(root)): p.stat().st_mtime for p in root.rglob("*") if p.is_file()}


def test_maildir_without_tmp_syncs_each_message_once(tmp_path: Path):
    root = make_maildir(tmp_path / "Mail")
    deliver(root, "1700000000.1.host", make_message(1))
    deliver(root, "1700000001.2.host:2,S", make_message(2), sub="cur")
    tracker = maildir_tracker(root, tmp_path)
    report = tracker.poll_once()
    assert (report.new_messages, report.initial) == (2, True)
    assert tracker.poll_once().new_messages == 0
    assert tracker.store.message_count() == 2


def test_maildir_flag_change_or_move_to_cur_is_not_a_new_message(tmp_path: Path):
    root = make_maildir(tmp_path / "Mail")
    path = deliver(root, "1700000000.1.host", make_message(1, message_id=None))
    tracker = maildir_tracker(root, tmp_path)
    tracker.sync()
    # A mail client reads it: moved to cur/ with flags; the identity stays the same.
    path.rename(root / "cur" / "1700000000.1.host:2,S")
    assert maildir_uid("1700000000.1.host") == maildir_uid("1700000000.1.host:2,S")
    assert tracker.sync().new_messages == 0
    locations = tracker.store.query_one("SELECT count(*) AS n FROM locations")
    assert locations is not None and locations["n"] == 1


def test_maildir_is_never_modified(tmp_path: Path):
    root = make_maildir(tmp_path / "Mail")
    for i in range(5):
        deliver(root, f"17000000{i:02d}.{i}.host", make_message(i))
    before = snapshot(root)
    maildir_tracker(root, tmp_path).poll_once()
    assert snapshot(root) == before


def test_maildir_junk_subfolder_is_read_and_copies_are_one_message(tmp_path: Path):
    root = make_maildir(tmp_path / "Mail")
    junk = make_maildir(root / ".Junk")
    message = make_message(1)
    deliver(root, "1.a.host", message)
    deliver(junk, "2.b.host", message)
    deliver(junk, "3.c.host", make_message(3))
    tracker = maildir_tracker(root, tmp_path)
    assert tracker.sync().new_messages == 2
    folders = {r["folder"] for r in tracker.store.query("SELECT folder FROM locations")}
    assert folders == {"INBOX", "Junk"}
    assert maildir_tracker(root, tmp_path / "other", include_junk=False).sync().new_messages == 1


def test_maildir_missing_is_a_clear_error(tmp_path: Path):
    tracker = maildir_tracker(tmp_path / "nowhere", tmp_path)
    with pytest.raises(MailboxError, match="does not exist"):
        tracker.sync()
    run = tracker.store.query_one("SELECT ok FROM sync_runs")
    assert run is not None and run["ok"] == 0


def test_bundled_sample_mailbox_syncs_every_file_once(tmp_path: Path):
    files = [p for p in SAMPLE.rglob("*") if p.is_file() and p.parent.name in {"cur", "new"}]
    if not files:
        pytest.skip("no bundled sample mailbox")
    tracker = maildir_tracker(SAMPLE, tmp_path)
    report = tracker.sync()
    locations = tracker.store.query_one("SELECT count(*) AS n FROM locations")
    assert locations is not None and locations["n"] == len(files)
    assert report.new_messages == tracker.store.message_count() > 0
    assert tracker.sync().new_messages == 0
    assert not os.path.exists(SAMPLE / "tmp") or (SAMPLE / "tmp").is_dir()


def test_doctor_on_a_maildir_lists_folders_and_reports_a_missing_one(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    from tracker.cli import main

    monkeypatch.setenv("TRACKER_NOTIFY_URLS", "json://127.0.0.1:9/hook")  # doctor wants an alert channel

    root = make_maildir(tmp_path / "Mail")
    make_maildir(root / ".Junk")
    config = tmp_path / "config.toml"
    config.write_text(f'[mailbox]\nmaildir = "{root}"\nfolders = ["INBOX"]\n')
    assert main(["--config", str(config), "doctor"]) == 0
    out = capsys.readouterr().out
    assert f"ok: Maildir {root}; folders: INBOX, Junk" in out and "problem" not in out
    config.write_text(f'[mailbox]\nmaildir = "{root}"\nfolders = ["INBOX", "Programs"]\n')
    assert main(["--config", str(config), "doctor"]) == 1
    assert "problem: no Maildir folder 'Programs'" in capsys.readouterr().out


def test_an_unreadable_maildir_file_does_not_stop_the_others_and_is_read_once_it_can_be(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    root = make_maildir(tmp_path / "Mail")
    locked = deliver(root, "1700000000.1.host", make_message(1))
    deliver(root, "1700000001.2.host", make_message(2))
    tracker = maildir_tracker(root, tmp_path)
    read_bytes = Path.read_bytes

    def denied_for_one(path: Path) -> bytes:
        # Root reads any file whatever its mode, so the delivery agent's bad permissions are faked.
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    with monkeypatch.context() as patch:
        patch.setattr(Path, "read_bytes", denied_for_one)
        report = tracker.poll_once()
    assert report.new_messages == 1 and any("1700000000.1.host" in e for e in report.errors)
    assert tracker.poll_once().new_messages == 1  # readable again: not lost
    assert tracker.store.message_count() == 2
