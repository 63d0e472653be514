"""One `tracker run` (and one `poll --once` at a time) per database: a second one is refused, naming
the process that holds the database, and exits non-zero; the hold ends with its process, however it
ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MailAccount

from tracker.cli import main
from tracker.errors import StoreError
from tracker.store.instance import InstanceLock

ROOT = Path(__file__).resolve().parents[2]
TRACKER = [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main())"]


def env(account: MailAccount) -> dict[str, str]:
    return {**os.environ, "TRACKER_IMAP_PASSWORD": account.password, "PYTHONPATH": str(ROOT)}


def start_run(config: Path, account: MailAccount) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [*TRACKER, "--config", str(config), "--log-level", "info", "run"],
        env=env(account),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    for line in process.stderr:
        if "service: running" in line:
            return process
    pytest.fail("tracker run never started")


def test_a_second_service_or_poll_on_the_same_database_is_refused_naming_the_first(
    mail_account: MailAccount, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = mail_account.write_config(tmp_path)
    first = start_run(config, mail_account)
    try:
        assert main(["--config", str(config), "poll", "--once"]) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("tracker: error: `tracker run` (PID ")
        assert f"PID {first.pid}," in err and "\n" not in err
        second = subprocess.run(
            [*TRACKER, "--config", str(config), "run"],
            env=env(mail_account),
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        assert second.returncode == 1
        assert f"`tracker run` (PID {first.pid}" in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        first.communicate(timeout=15)
    assert first.returncode == 0
    assert main(["--config", str(config), "poll", "--once"]) == 0  # free again once it stopped


def test_a_killed_service_leaves_the_database_free(mail_account: MailAccount, tmp_path: Path) -> None:
    config = mail_account.write_config(tmp_path)
    first = start_run(config, mail_account)
    first.kill()  # SIGKILL: no cleanup of any kind
    first.communicate()
    assert main(["--config", str(config), "poll", "--once"]) == 0


def test_the_lock_names_its_holder_and_is_free_after_release(tmp_path: Path) -> None:
    database = tmp_path / "tracker.sqlite3"
    held = InstanceLock(database)
    held.acquire("tracker poll --once")
    holder = InstanceLock(database).holder()
    assert (holder.pid, holder.command) == (os.getpid(), "tracker poll --once")
    with pytest.raises(StoreError, match=r"`tracker poll --once` \(PID \d+, since .*\) is already using"):
        InstanceLock(database).acquire("tracker run")
    held.release()
    again = InstanceLock(database)
    again.acquire("tracker run")
    again.release()
