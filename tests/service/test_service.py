"""The long-running service and its CLI forms (run, poll --once, messages, doctor), against the real
private Dovecot."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import mail
import pytest
from conftest import MailAccount
from imap_server import make_message

from tracker.cli import main
from tracker.config import load_config
from tracker.service import Tracker
from tracker.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
TRACKER = [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main())"]


def wait_until(condition: Callable[[], bool], timeout: float = 15.0, what: str = "condition") -> None:
    """Wait for something another thread or process does (not for time to pass)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def message_count(db: Path) -> int:
    if not db.exists():
        return 0
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return int(connection.execute("SELECT count(*) FROM messages").fetchone()[0])
    except sqlite3.OperationalError:
        return 0  # not migrated yet
    finally:
        connection.close()


class RunningService:
    """`Tracker.run` in a thread, stopped by its event."""

    def __init__(self, tracker: Tracker) -> None:
        self.tracker = tracker
        self.stop = threading.Event()
        self.thread = threading.Thread(target=tracker.run, args=(self.stop,), daemon=True)

    def __enter__(self) -> RunningService:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=15)
        assert not self.thread.is_alive(), "run() did not stop"


def service_tracker(account: MailAccount, tmp_path: Path) -> Tracker:
    config = load_config(account.write_config(tmp_path))
    return Tracker(config, Store(config.store_path))


def test_run_fetches_new_mail_pushed_by_idle(mail_account: MailAccount, tmp_path: Path):
    mail_account.append([make_message(1)])
    tracker = service_tracker(mail_account, tmp_path)
    with RunningService(tracker):
        wait_until(tracker.idle_ready.is_set, what="IDLE")
        assert tracker.store.message_count() == 1  # the catch-up pass on connect
        mail_account.append([make_message(2)])
        # The sweep is 2 minutes away: only IDLE can bring this in now.
        wait_until(lambda: tracker.store.message_count() == 2, what="the pushed message")


def test_run_reconnects_after_dovecot_restart_and_catches_up(mail_account: MailAccount, tmp_path: Path):
    tracker = service_tracker(mail_account, tmp_path)
    server = mail_account.server
    with RunningService(tracker):
        wait_until(tracker.idle_ready.is_set, what="IDLE")
        server.restart()
        mail_account.append([make_message(1), make_message(2)])
        wait_until(lambda: tracker.store.message_count() == 2, timeout=30, what="catch-up after restart")
        wait_until(tracker.idle_ready.is_set, what="IDLE again")
        mail_account.append([make_message(3)])
        wait_until(lambda: tracker.store.message_count() == 3, what="push after reconnect")
    runs = tracker.store.query("SELECT ok FROM sync_runs")
    assert runs and all(r["ok"] in (0, 1) for r in runs)


def test_run_stops_within_seconds_when_told(mail_account: MailAccount, tmp_path: Path):
    tracker = service_tracker(mail_account, tmp_path)
    service = RunningService(tracker)
    with service:
        wait_until(tracker.idle_ready.is_set, what="IDLE")
        service.stop.set()
        service.thread.join(timeout=10)  # "within a few seconds", with room for a slow CI machine
        assert not service.thread.is_alive()
    assert not tracker.idle_ready.is_set()  # every watcher has let go of its connection


def cli_env(account: MailAccount) -> dict[str, str]:
    return {**os.environ, "TRACKER_IMAP_PASSWORD": account.password, "PYTHONPATH": str(ROOT)}


def test_tracker_run_exits_cleanly_on_sigterm(mail_account: MailAccount, tmp_path: Path):
    config = mail_account.write_config(tmp_path)
    process = subprocess.Popen(
        [*TRACKER, "--config", str(config), "--log-level", "info", "run"],
        env=cli_env(mail_account),
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    try:
        for line in process.stderr:
            if "IDLE on" in line:
                break
        else:
            pytest.fail("tracker run never reached IDLE")
        process.send_signal(signal.SIGTERM)
        rest = process.communicate(timeout=15)[1]
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert "service: stopped" in rest
    assert "Traceback" not in rest


def test_kill_9_mid_sync_then_resync_stores_each_message_exactly_once(
    mail_account: MailAccount, tmp_path: Path
):
    total = 2000
    mail_account.append(make_message(i) for i in range(total))
    config = mail_account.write_config(tmp_path, batch_size=20)
    db = tmp_path / "tracker.sqlite3"
    process = subprocess.Popen(
        [*TRACKER, "--config", str(config), "poll", "--once"],
        env=cli_env(mail_account),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: message_count(db) > 0, what="the first stored batch")
    finally:
        process.kill()  # SIGKILL: no cleanup of any kind
        process.wait()
    stored_when_killed = message_count(db)
    assert 0 < stored_when_killed < total, "the kill must land in the middle of the sync"
    loaded = load_config(config)
    tracker = Tracker(loaded, Store(loaded.store_path))
    report = tracker.sync()
    assert report.new_messages == total - stored_when_killed
    assert report.initial is True  # still the backlog: one summary, not an alert per message
    assert tracker.sync().initial is False
    store = tracker.store
    assert store.message_count() == total
    row = store.query_one("SELECT count(*) AS n, count(DISTINCT uid) AS uids FROM locations")
    assert row is not None and (row["n"], row["uids"]) == (total, total)
    dupes = store.query("SELECT message_id FROM messages GROUP BY message_id HAVING count(*) > 1")
    assert dupes == []


def test_poll_once_cli_prints_a_summary_and_exits_0(mail_account: MailAccount, tmp_path: Path, capsys):
    mail_account.append(make_message(i) for i in range(3))
    config = mail_account.write_config(tmp_path)
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert "3 new message(s)" in capsys.readouterr().out
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert "0 new message(s)" in capsys.readouterr().out


def test_messages_json_lists_every_stored_message(mail_account: MailAccount, tmp_path: Path, capsys):
    mail_account.append([make_message(1, subject="Interview invitation", message_id="<a1@example.org>")])
    mail_account.append(
        [make_message(1, subject="Interview invitation", message_id="<a1@example.org>")], "Junk"
    )
    config = mail_account.write_config(tmp_path)
    assert main(["--config", str(config), "poll", "--once"]) == 0
    capsys.readouterr()
    assert main(["--config", str(config), "messages", "--json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert len(items) == 1
    item = items[0]
    for key in ("id", "folder", "uid", "uidvalidity", "message_id", "date", "from", "subject", "status"):
        assert key in item
    for key in ("error", "kind", "program", "specialty", "track", "record_id"):
        assert key in item
    assert (item["folder"], item["uid"], item["message_id"]) == ("INBOX", 1, "<a1@example.org>")
    assert item["subject"] == "Interview invitation" and item["status"] == "parsed"
    assert item["from"] == "coordinator1@hospital.example.org"


def test_doctor_reports_capabilities_and_folders(
    mail_account: MailAccount, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("TRACKER_NOTIFY_URLS", "json://127.0.0.1:9/hook")  # doctor wants an alert channel
    config = mail_account.write_config(tmp_path)
    assert main(["--config", str(config), "doctor"]) == 0
    out = capsys.readouterr().out
    assert "logged in as" in out and "IDLE yes" in out and "LIST-STATUS yes" in out
    assert "will read: INBOX, Junk" in out
    assert "problem" not in out


def test_doctor_reports_a_missing_folder(mail_account: MailAccount, tmp_path: Path, capsys):
    config = mail_account.write_config(tmp_path, folders=["INBOX", "Programs"])
    assert main(["--config", str(config), "doctor"]) == 1
    out = capsys.readouterr().out
    assert "problem: folder 'Programs' not found" in out


def test_server_gone_mid_sync_is_one_line_error_and_next_sync_completes(
    mail_account: MailAccount, tmp_path: Path
):
    from tracker.errors import MailboxError

    total = 600
    mail_account.append(make_message(i) for i in range(total))
    config = load_config(mail_account.write_config(tmp_path, batch_size=20))
    tracker = Tracker(config, Store(config.store_path))
    server = mail_account.server

    def stop_server_after_first_batch(folder: str, done: int, of: int) -> None:
        if server.process is not None:
            server.stop()

    tracker.progress = stop_server_after_first_batch
    try:
        with pytest.raises(MailboxError) as e:
            tracker.sync()
    finally:
        server.start()
    assert "127.0.0.1" in str(e.value) and "\n" not in str(e.value)
    stored = tracker.store.message_count()
    assert 0 < stored < total
    run = tracker.store.query_one("SELECT ok, error FROM sync_runs ORDER BY id DESC LIMIT 1")
    assert run is not None and run["ok"] == 0 and run["error"]
    tracker.progress = None
    assert tracker.sync().new_messages == total - stored
    assert tracker.store.message_count() == total


class FailingWatcher:
    """An IDLE connection that never comes up."""

    def connect(self) -> bool:
        from tracker.errors import MailboxError

        raise MailboxError("connection to imap.example.org refused")

    def wait(self, stop: threading.Event, seconds: float) -> bool:
        raise AssertionError("never connected")

    def close(self) -> None:
        pass


class RecordingStop:
    """A stop event whose waits return at once and are recorded; set after `limit` waits."""

    def __init__(self, limit: int) -> None:
        self.waits: list[float] = []
        self.limit = limit

    def is_set(self) -> bool:
        return len(self.waits) >= self.limit

    def wait(self, timeout: float | None = None) -> bool:
        self.waits.append(float(timeout or 0))
        return self.is_set()


def test_idle_reconnects_to_a_server_that_is_down_every_two_seconds_at_most(tmp_path: Path):
    from tracker.config import parse_config
    from tracker.sources.maildir import MaildirSource

    config = parse_config(
        {"mailbox": {"maildir": str(tmp_path)}, "service": {"backoff_max": "20s"}},
    )
    source = MaildirSource(tmp_path, ["INBOX"])
    tracker = Tracker(config, Store(tmp_path / "t.sqlite3"), source=source)
    stop = RecordingStop(limit=8)
    tracker._idle_loop(stop, FailingWatcher())  # type: ignore[arg-type]
    assert not tracker.idle_ready.is_set()
    # New mail must be in the store seconds after the server is back, not minutes.
    assert stop.waits == [0.5, 1, 2, 2, 2, 2, 2, 2]


class RefusedLoginWatcher(FailingWatcher):
    """A server that answers but refuses the password."""

    def connect(self) -> bool:
        from tracker.sources.base import LoginRefused

        raise LoginRefused("login to imap.example.org as jordan failed: AUTHENTICATIONFAILED")


def test_idle_backs_off_a_refused_login_up_to_the_cap(tmp_path: Path):
    from tracker.config import parse_config
    from tracker.sources.maildir import MaildirSource

    config = parse_config({"mailbox": {"maildir": str(tmp_path)}, "service": {"backoff_max": "1m"}})
    tracker = Tracker(config, Store(tmp_path / "t.sqlite3"), source=MaildirSource(tmp_path, ["INBOX"]))
    stop = RecordingStop(limit=5)
    tracker._idle_loop(stop, RefusedLoginWatcher())  # type: ignore[arg-type]
    # A wrong password retried every two seconds could get the account locked.
    assert stop.waits == [15, 30, 60, 60, 60]


def test_sigterm_during_a_big_first_sync_stops_promptly_and_loses_nothing(
    mail_account: MailAccount, tmp_path: Path
):
    total = 2000
    mail_account.append(make_message(i) for i in range(total))
    config = mail_account.write_config(tmp_path, batch_size=20)
    db = tmp_path / "tracker.sqlite3"
    process = subprocess.Popen(
        [*TRACKER, "--config", str(config), "run"],
        env=cli_env(mail_account),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        wait_until(lambda: message_count(db) > 0, what="the first stored batch")
        process.send_signal(signal.SIGTERM)
        err = process.communicate(timeout=20)[1]
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    loaded = load_config(config)
    tracker = Tracker(loaded, Store(loaded.store_path))
    assert tracker.sync().initial is True  # the interrupted first sync is finished as a first sync
    assert tracker.store.message_count() == total
    row = tracker.store.query_one("SELECT count(*) AS n FROM locations")
    assert row is not None and row["n"] == total


def test_run_idles_on_the_junk_folder_too(mail_account: MailAccount, tmp_path: Path):
    tracker = service_tracker(mail_account, tmp_path)
    with RunningService(tracker):
        wait_until(tracker.idle_ready.is_set, what="IDLE")
        mail_account.append([make_message(1, subject="Interview invitation")], folder="Junk")
        # The sweep is 2 minutes away: only IDLE on Junk can bring this in now.
        wait_until(lambda: tracker.store.message_count() == 1, what="the message filed as spam")
    row = tracker.store.query_one("SELECT folder FROM locations")
    assert row is not None and row["folder"] == "Junk"


def test_poll_once_shows_progress_on_a_terminal_only(mail_account: MailAccount, tmp_path: Path):
    import pty

    mail_account.append(make_message(i) for i in range(120))
    config = mail_account.write_config(tmp_path, batch_size=50)
    master, slave = pty.openpty()
    try:
        process = subprocess.run(
            [*TRACKER, "--config", str(config), "poll", "--once"],
            env=cli_env(mail_account),
            stdout=subprocess.PIPE,
            stderr=slave,
            timeout=60,
            check=False,
        )
        os.close(slave)
        shown = b""
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the terminal's other end is closed and drained
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(master)
    assert process.returncode == 0
    assert b"Fetching INBOX" in shown and b"120/120" in shown
    assert b"Reading and classifying" in shown
    assert b"Fetching" not in process.stdout  # the summary on stdout stays clean
    (tmp_path / "piped").mkdir()
    config2 = mail_account.write_config(tmp_path / "piped")  # a fresh store: a first sync again
    piped = subprocess.run(
        [*TRACKER, "--config", str(config2), "poll", "--once"],
        env=cli_env(mail_account),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert piped.returncode == 0 and b"Fetching" not in piped.stderr and b"120/120" not in piped.stderr


def test_poll_once_with_a_missing_folder_syncs_the_rest_then_fails_in_one_line(
    mail_account: MailAccount, tmp_path: Path, capsys
):
    mail_account.append([make_message(1)])
    config = mail_account.write_config(tmp_path, folders=["INBOX", "Programs"])
    assert main(["--config", str(config), "poll", "--once"]) == 1
    captured = capsys.readouterr()
    assert "1 new message(s)" in captured.out
    err = captured.err.strip()
    assert err.startswith("tracker: error: poll incomplete: Programs: not found on 127.0.0.1")
    assert "\n" not in err


def test_a_message_whose_classification_fails_once_is_retried_not_left_unclassified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tracker.config import parse_config
    from tracker.store.database import NewMessage

    config = parse_config({"mailbox": {"maildir": str(tmp_path / "mail")}, "store": {"path": "t.db"}})
    store = Store(tmp_path / "t.db")
    raw = b"From: im@mercy.example.org\r\nSubject: Interview invitation\r\nMessage-ID: <a@x>\r\n\r\nHi\r\n"
    (message_pk,) = store.store_batch("acct", "INBOX", 1, [NewMessage(1, raw, "<a@x>")], 1)
    tracker = Tracker(config, store)
    real_classify = tracker.classify
    calls = []

    def flaky(pk: int, parsed: object) -> None:
        calls.append(pk)
        if len(calls) == 1:
            raise OSError("disk hiccup")
        real_classify(pk, parsed)  # type: ignore[arg-type]

    monkeypatch.setattr(tracker, "classify", flaky)
    assert tracker.process() == ([], [message_pk])
    row = store.query_one("SELECT status, kind FROM messages WHERE id = ?", (message_pk,))
    assert row is not None and row["status"] == "new" and row["kind"] is None
    assert tracker.process() == ([message_pk], [])
    row = store.query_one("SELECT status, kind FROM messages WHERE id = ?", (message_pk,))
    assert row is not None and row["status"] == "parsed" and row["kind"] is not None


def _three_stored_messages(tmp_path: Path) -> tuple[Tracker, list[int]]:
    from tracker.config import parse_config
    from tracker.store.database import NewMessage

    config = parse_config({"mailbox": {"maildir": str(tmp_path / "mail")}, "store": {"path": "t.db"}})
    store = Store(tmp_path / "t.db")
    raw = [
        f"From: im@mercy.example.org\r\nSubject: Update {i}\r\nMessage-ID: <m{i}@x>\r\n\r\nHi\r\n".encode()
        for i in range(3)
    ]
    ids = store.store_batch(
        "acct", "INBOX", 1, [NewMessage(i + 1, r, f"<m{i}@x>") for i, r in enumerate(raw)], 3
    )
    return Tracker(config, store), ids


def _statuses(store: Store) -> list[tuple[str, int]]:
    return [
        (r["status"], r["attempts"]) for r in store.query("SELECT status, attempts FROM messages ORDER BY id")
    ]


def test_a_failure_inside_a_chunk_undoes_that_message_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker, ids = _three_stored_messages(tmp_path)
    real_classify = tracker.classify

    def failing_second(pk: int, parsed: object) -> None:
        real_classify(pk, parsed)  # type: ignore[arg-type]
        if pk == ids[1]:
            raise OSError("disk hiccup")  # after its writes: they must be undone

    monkeypatch.setattr(tracker, "classify", failing_second)
    assert tracker.process() == ([ids[0], ids[2]], [ids[1]])
    assert _statuses(tracker.store) == [("parsed", 0), ("new", 1), ("parsed", 0)]
    assert tracker.store.query_one("SELECT kind FROM messages WHERE id = ?", (ids[1],))["kind"] is None


def test_an_interrupted_chunk_leaves_all_its_messages_new(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tracker, ids = _three_stored_messages(tmp_path)
    real_classify = tracker.classify

    def interrupted_at_third(pk: int, parsed: object) -> None:
        if pk == ids[2]:
            raise KeyboardInterrupt  # like a kill: nothing of the chunk is committed
        real_classify(pk, parsed)  # type: ignore[arg-type]

    monkeypatch.setattr(tracker, "classify", interrupted_at_third)
    with pytest.raises(KeyboardInterrupt):
        tracker.process()
    assert _statuses(tracker.store) == [("new", 0)] * 3
    monkeypatch.setattr(tracker, "classify", real_classify)
    assert tracker.process() == (ids, [])
    assert _statuses(tracker.store) == [("parsed", 0)] * 3


INVITATION = mail.load("service/mercy-invitation.eml")


def test_connection_lost_mid_sync_still_alerts_on_the_invitation_already_stored(
    mail_account: MailAccount, tmp_path: Path
):
    from tracker.errors import MailboxError

    config = load_config(mail_account.write_config(tmp_path, batch_size=20))
    tracker = Tracker(config, Store(config.store_path))
    tracker.poll_once()  # the first sync: an empty mailbox
    mail_account.append([INVITATION, *(make_message(i) for i in range(100))])
    server = mail_account.server

    def stop_server_after_first_batch(folder: str, done: int, of: int) -> None:
        if server.process is not None:
            server.stop()

    tracker.progress = stop_server_after_first_batch
    try:
        with pytest.raises(MailboxError):
            tracker.poll_once()
    finally:
        server.start()
    row = tracker.store.query_one("SELECT id, kind FROM messages WHERE message_id LIKE '%invite-1%'")
    assert row is not None and row["kind"] == "invitation"
    alert = tracker.store.query_one(
        "SELECT 1 FROM notifications WHERE key = ?", (f"alert:message:{row['id']}",)
    )
    assert alert is not None


def test_a_first_import_cut_off_twice_still_sends_one_summary(mail_account: MailAccount, tmp_path: Path):
    from tracker.errors import MailboxError

    mail_account.append(make_message(i) for i in range(100))
    config = load_config(mail_account.write_config(tmp_path, batch_size=20))
    tracker = Tracker(config, Store(config.store_path))
    server = mail_account.server

    def stop_server_after_first_batch(folder: str, done: int, of: int) -> None:
        if server.process is not None:
            server.stop()

    tracker.progress = stop_server_after_first_batch
    for _ in range(2):
        try:
            with pytest.raises(MailboxError):
                tracker.poll_once()
        finally:
            server.start()
    tracker.progress = None
    assert tracker.poll_once().initial
    summaries = tracker.store.query("SELECT key FROM notifications WHERE type = 'summary'")
    assert len(summaries) == 1 and tracker.store.message_count() == 100
    assert tracker.store.query_one("SELECT count(*) AS n FROM messages WHERE kind IS NULL")["n"] == 0  # type: ignore[index]
