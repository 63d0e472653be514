"""`tracker run` stops within seconds of SIGTERM whatever the servers do, and loses nothing.

Each server here hangs (a listener that never answers, a stopped Dovecot) with a 60 s timeout set,
so a service that waited for its connections to time out would take a minute to stop.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import mail
import pytest
from conftest import MailAccount
from fault_servers import SilentServer

from tracker.cli import main

ROOT = Path(__file__).resolve().parents[2]
TRACKER = [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main())"]
INVITATION = mail.load("service/mercy-invitation.eml")
# Well under the 60 s every connection here would take to time out.
STOPPED_WITHIN = 15


@pytest.fixture
def silent() -> Iterator[SilentServer]:
    server = SilentServer()
    yield server
    server.close()


def start_run(config: Path, account: MailAccount) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*TRACKER, "--config", str(config), "--log-level", "info", "run"],
        env={**os.environ, "TRACKER_IMAP_PASSWORD": account.password, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(process: subprocess.Popen[str], text: str) -> None:
    assert process.stderr is not None
    for line in process.stderr:
        if text in line:
            return
    pytest.fail(f"tracker run never logged {text!r}")


def terminate(process: subprocess.Popen[str]) -> str:
    """SIGTERM, then the rest of its log; fails when it does not end well within the timeouts."""
    process.send_signal(signal.SIGTERM)
    try:
        return process.communicate(timeout=STOPPED_WITHIN)[1]
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_sigterm_stops_run_at_once_when_the_imap_server_never_answers(
    mail_account: MailAccount, silent: SilentServer, tmp_path: Path
) -> None:
    config = mail_account.write_config(tmp_path, port=silent.port, timeout="60s")
    process = start_run(config, mail_account)
    wait_for_line(process, "service: running")
    assert silent.wait_for(2), "the service never connected"  # the sweep and IDLE wait for a greeting
    rest = terminate(process)
    assert process.returncode == 0, rest
    assert "service: stopped" in rest and "Traceback" not in rest


def test_sigterm_stops_run_at_once_while_dovecot_is_stopped_mid_idle(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    config = mail_account.write_config(tmp_path, timeout="60s")
    process = start_run(config, mail_account)
    server = mail_account.server
    assert server.process is not None
    try:
        wait_for_line(process, "IDLE on")
        os.killpg(server.process.pid, signal.SIGSTOP)  # Dovecot hangs: IDLE's DONE gets no answer
        rest = terminate(process)
    finally:
        os.killpg(server.process.pid, signal.SIGCONT)
    assert process.returncode == 0, rest
    assert "service: stopped" in rest and "Traceback" not in rest


def test_sigterm_stops_run_at_once_when_dovecot_stopped_between_sweeps_without_idle(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    config = mail_account.write_config(tmp_path, timeout="60s")
    config.write_text(config.read_text().replace("[service]\n", "[service]\nidle = false\n"))
    mail_account.append([INVITATION])
    process = start_run(config, mail_account)
    server = mail_account.server
    assert server.process is not None
    try:
        wait_for_line(process, "1 new message(s)")  # the sweep ran; its connection stays open
        os.killpg(server.process.pid, signal.SIGSTOP)  # logging out of it gets no answer
        rest = terminate(process)
    finally:
        os.killpg(server.process.pid, signal.SIGCONT)
    assert process.returncode == 0, rest
    assert "service: stopped" in rest and "Traceback" not in rest


def test_sigterm_during_an_alert_to_a_hung_smtp_server_stops_at_once_and_keeps_the_alert(
    mail_account: MailAccount, silent: SilentServer, tmp_path: Path
) -> None:
    config = mail_account.write_config(tmp_path)
    config.write_text(
        config.read_text()
        + f'\n[smtp]\nhost = "127.0.0.1"\nport = {silent.port}\nsecurity = "none"\n'
        + 'from = "t@example.org"\nto = "jordan@example.org"\ntimeout = "60s"\n'
        + '\n[notify]\nurls_env = "TRACKER_TEST_NO_URLS"\n'
    )
    assert main(["--config", str(config), "poll", "--once"]) == 0  # nothing to send yet
    mail_account.append([INVITATION])
    process = start_run(config, mail_account)
    wait_for_line(process, "service: running")
    assert silent.wait_for(1), "the alert was never sent"  # the SMTP server never greets
    rest = terminate(process)
    assert process.returncode == 0, rest
    assert "Traceback" not in rest
    db = sqlite3.connect(tmp_path / "tracker.sqlite3")
    row = db.execute(
        "SELECT d.sent_at, d.attempts, d.claimed_by, n.key FROM deliveries d "
        "JOIN notifications n ON n.id = d.notification WHERE n.key LIKE 'alert:message:%'"
    ).fetchone()
    db.close()
    # Neither sent nor counted as a failure nor held: the next start sends it at once.
    assert row is not None and row[0] is None and row[1] == 0 and row[2] is None
