"""End to end: the real Dovecot, the real pipeline and a real SMTP server.

Old mail gets one summary; each new invitation one alert; an SMTP outage across a restart still
sends exactly once; `poll --once` sends alerts for cron users; `send-test` reaches every channel.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import mail
from click.testing import CliRunner
from conftest import MailAccount
from notify_helpers import Clock, JsonEndpoint
from smtp_server import SMTPServer

from tracker.cli import cli
from tracker.config import load_config
from tracker.service import Tracker
from tracker.store.database import Store


def invitation(program: str, n: int, subject: str | None = None) -> bytes:
    return f"""From: {program} Internal Medicine <im@{n}.example.org>
To: jordan@example.org
Subject: {subject or f"Interview Invitation - {program} Internal Medicine Residency"}
Date: Fri, 27 Nov 2026 09:0{n % 10}:00 -0500
Message-ID: <invitation-{n}@example.org>

Dear Jordan,

Thank you for applying to the {program} Internal Medicine Residency Program (categorical).
We are pleased to invite you to interview with our program. Interviews will be held virtually
on December 3, 2026 and December 10, 2026.

Please schedule your interview at https://thalamusgme.example.com/schedule/{n} within 48 hours.

Sincerely,
Program Coordinator
""".encode()


REJECTION = mail.load("notify/summit-pediatrics-rejection.eml")


def write_config(
    account: MailAccount, tmp_path: Path, smtp: SMTPServer, urls: list[str] | None = None
) -> Path:
    path = account.write_config(tmp_path)
    notify_urls = ", ".join(f'"{u}"' for u in urls or [])
    path.write_text(
        path.read_text()
        + '\n[applicant]\nemail = "jordan@example.org"\ntimezone = "America/New_York"\n'
        + f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
        + 'from = "Invite Tracker <tracker@example.org>"\nto = "jordan@example.org"\ntimeout = "5s"\n'
        + f'\n[notify]\nurls = [{notify_urls}]\nurls_env = "TRACKER_TEST_NO_URLS"\n'
    )
    return path


def tracker_for(config_path: Path, clock: Clock) -> Tracker:
    config = load_config(config_path)
    return Tracker(config, Store(config.store_path), clock=clock)


def test_old_mail_gets_one_summary_then_each_new_invitation_one_alert(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    clock = Clock(datetime(2026, 11, 27, 15, 0, tzinfo=UTC))
    mail_account.append([invitation("Mercy Hospital", 1), invitation("Harbor View", 2), REJECTION])
    tracker = tracker_for(write_config(mail_account, tmp_path, smtp), clock)
    report = tracker.poll_once()
    assert report.initial
    (summary,) = smtp.wait_for(1)
    assert summary["X-Invite-Tracker-Key"].startswith("summary:first-import:")
    assert "2 invitations awaiting a response" in summary["Subject"]

    mail_account.append([invitation("Lakeside", 3)])
    tracker.poll_once()
    messages = smtp.wait_for(2)
    assert len(messages) == 2
    alert = messages[1]
    assert alert["Subject"] == "Interview invitation: Lakeside (Internal Medicine)"
    text = alert.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "https://thalamusgme.example.com/schedule/3" in text
    assert "Thu Dec 3, 2026; Thu Dec 10, 2026" in text
    assert "Respond by: Sun Nov 29, 9:03 AM EST" in text  # 48 h after it was sent, in New York time

    tracker.poll_once()
    tracker.poll_once()
    assert len(smtp.wait_for(3, timeout=0.5)) == 2  # a re-poll never re-alerts
    tracker.close()


def test_smtp_outage_across_a_restart_still_alerts_exactly_once(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    config_path = write_config(mail_account, tmp_path, smtp)
    clock = Clock(datetime(2026, 11, 27, 15, 0, tzinfo=UTC))
    tracker = tracker_for(config_path, clock)
    tracker.poll_once()  # an empty mailbox: nothing to say
    smtp.stop()
    mail_account.append([invitation("Mercy Hospital", 4, subject="Invitation <script>alert(1)</script>")])
    tracker.poll_once()
    tracker.store.close()

    smtp.start()
    clock.advance(minutes=1)
    restarted = tracker_for(config_path, clock)
    restarted.poll_once()
    restarted.poll_once()
    clock.advance(hours=1)
    restarted.poll_once()
    (alert,) = smtp.wait_for(2, timeout=0.5)
    assert alert["X-Invite-Tracker-Key"].startswith("alert:message:")
    html = alert.get_body(("html",)).get_content()  # type: ignore[union-attr]
    assert "&lt;script&gt;" in html and "<script>" not in html
    restarted.close()


def test_poll_once_sends_the_alerts_for_cron_users(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    config_path = write_config(mail_account, tmp_path, smtp)
    runner = CliRunner()
    assert runner.invoke(cli, ["--config", str(config_path), "poll", "--once"]).exit_code == 0
    mail_account.append([invitation("Harbor View", 5)])
    result = runner.invoke(cli, ["--config", str(config_path), "poll", "--once"])
    assert result.exit_code == 0, result.output
    (alert,) = smtp.wait_for(1)
    assert alert["Subject"] == "Interview invitation: Harbor View (Internal Medicine)"


def test_send_test_reaches_every_channel_and_reports_a_failing_one(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    endpoint, broken = JsonEndpoint(), JsonEndpoint(status=503)
    try:
        config_path = write_config(mail_account, tmp_path, smtp, urls=[endpoint.url, broken.url])
        result = CliRunner().invoke(cli, ["--config", str(config_path), "send-test"])
        assert result.exit_code == 1
        lines = result.output.splitlines()
        assert "email: sent" in lines
        assert sum(1 for line in lines if line.startswith("apprise:json:") and line.endswith(": sent")) == 1
        assert sum(1 for line in lines if "FAILED" in line) == 1
        assert smtp.wait_for(1)[0]["Subject"] == "Invite Tracker test alert"
        assert len(endpoint.posts) == 1
    finally:
        endpoint.close()
        broken.close()


def test_reminder_job_sends_the_two_hour_reminder_once(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    config_path = write_config(mail_account, tmp_path, smtp)
    clock = Clock(datetime.now(UTC))
    tracker = tracker_for(config_path, clock)
    tracker.poll_once()
    mail_account.append([invitation("Lakeside", 6)])
    tracker.poll_once()
    assert len(smtp.wait_for(1)) == 1
    row = tracker.store.query_one("SELECT invited_at FROM records")
    assert row is not None and row["invited_at"]
    clock.set(datetime.fromisoformat(row["invited_at"]) + timedelta(hours=2, minutes=1))
    jobs = {job.id: job.func for job in tracker.scheduled_jobs()}
    for _ in range(3):
        jobs["reminders"]()
    messages = smtp.wait_for(2)
    assert [m["Subject"] for m in messages][1:] == ["Not scheduled yet: Lakeside (Internal Medicine)"]
    tracker.close()
