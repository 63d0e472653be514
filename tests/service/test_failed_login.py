"""Failed logins: one line, non-zero. The private Dovecot delays no login after a failure
(`auth_failure_delay = 0`, loopback trusted), so these may run before the other mailbox tests."""

from __future__ import annotations

from pathlib import Path

from conftest import MailAccount

from tracker.cli import main


def test_poll_once_cli_with_a_bad_password_is_one_line_and_non_zero(
    mail_account: MailAccount, tmp_path: Path, capsys, monkeypatch
):
    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", "not-the-password")
    config = mail_account.write_config(tmp_path)
    assert main(["--config", str(config), "poll", "--once"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("tracker: error: login to 127.0.0.1") and "\n" not in err
    assert "not-the-password" not in err
    assert "app password" not in err  # that hint is for Gmail hosts only


def test_doctor_reports_a_bad_password_in_one_line(
    mail_account: MailAccount, tmp_path: Path, capsys, monkeypatch
):
    monkeypatch.setenv("TRACKER_IMAP_PASSWORD", "wrong-password")
    monkeypatch.setenv("TRACKER_NOTIFY_URLS", "json://127.0.0.1:9/hook")  # doctor wants an alert channel
    config = mail_account.write_config(tmp_path, folders=["INBOX"])
    assert main(["--config", str(config), "doctor"]) == 1
    problems = [line for line in capsys.readouterr().out.splitlines() if line.startswith("problem:")]
    assert len(problems) == 1
    assert (
        "login to 127.0.0.1" in problems[0]
        and "failed" in problems[0]
        and "$TRACKER_IMAP_PASSWORD" in problems[0]
    )
    assert "wrong-password" not in problems[0]
