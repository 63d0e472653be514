"""A long first sync shows its progress on a terminal: the mail fetched per folder, then the mail read
and classified, which used to run in silence. Off a terminal (the service's journal) it shows none."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cli_helpers import run
from notify_helpers import make_config
from rich.console import Console

from tracker.cli.mail import SyncProgress
from tracker.service import Tracker
from tracker.store.database import Store


def test_progress_shows_fetching_per_folder_then_reading_and_classifying() -> None:
    screen = io.StringIO()
    progress = SyncProgress(Console(file=screen, force_terminal=True, width=100))
    for done in (500, 1000):
        progress.fetched("INBOX", done, 1000)
    progress.fetched("Junk", 3, -1)  # a server that does not say how many
    for done in range(1, 1004):
        progress.processed(done, 1003)
    progress.finish()
    shown = screen.getvalue()
    assert "Fetching INBOX" in shown and "1000/1000" in shown
    assert "Fetching Junk" in shown
    assert "Reading and classifying" in shown and "1003/1003" in shown


def test_the_tracker_reports_each_message_it_reads(tmp_path: Path) -> None:
    config = make_config(tmp_path)
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True)
    for n in range(3):
        (tmp_path / "Maildir" / "new" / f"170000000{n}.{n}.host").write_bytes(
            f"From: a@b.org\nSubject: Hello {n}\nMessage-ID: <{n}@b.org>\n\nHi\n".encode()
        )
    reported: list[tuple[int, int]] = []
    with Store(config.store_path) as store:
        tracker = Tracker(config, store)
        tracker.process_progress = lambda done, total: reported.append((done, total))
        try:
            tracker.poll_once()
        finally:
            tracker.close()
    assert reported == [(1, 3), (2, 3), (3, 3)]


def test_a_poll_off_a_terminal_writes_no_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "Maildir" / "new").mkdir(parents=True)
    for sub in ("cur", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir()
    (tmp_path / "Maildir" / "new" / "1700000000.1.host").write_bytes(b"From: a@b.org\nSubject: Hi\n\nHi\n")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[mailbox]\nmaildir = "{tmp_path / "Maildir"}"\n[store]\npath = "{tmp_path / "t.sqlite3"}"\n'
        '[notify]\nurls_env = "TRACKER_TEST_NO_SUCH_ENV"\n'
    )
    code, out, err = run(["--config", str(config), "poll", "--once"], capsys, monkeypatch)
    assert code == 0, err
    assert out == "1 new message(s); 1 processed, 0 failed to parse\n"
    assert "Fetching" not in err and "Reading" not in err
