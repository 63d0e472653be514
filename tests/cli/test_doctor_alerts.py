"""`tracker doctor` checks every channel an alert would go out on: with none, or with one that cannot
send (the SMTP password unset), it says so, how to fix it, and exits 1; it always names `send-test`."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run

from tracker.store.database import Store

# Email alerts that sign in, their password in a variable no one sets unless a test does.
SMTP = (
    '[smtp]\nhost = "smtp.example.org"\nusername = "jordan@example.org"\n'
    'password_env = "TRACKER_TEST_SMTP_PASSWORD"\n'
    'from = "jordan@example.org"\nto = "jordan@example.org"\n'
)


def maildir_config(tmp_path: Path, smtp: str = "", urls: str = "") -> Path:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Mail" / sub).mkdir(parents=True, exist_ok=True)
    Store(tmp_path / "tracker.sqlite3").close()
    path = tmp_path / "config.toml"
    path.write_text(
        f'[mailbox]\nmaildir = "{tmp_path / "Mail"}"\n[store]\npath = "{tmp_path / "tracker.sqlite3"}"\n'
        f'[notify]\nurls_env = "TRACKER_TEST_NO_SUCH_ENV"\nurls = [{urls}]\n' + smtp
    )
    return path


@pytest.fixture
def doctor(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("TRACKER_TEST_SMTP_PASSWORD", raising=False)
    monkeypatch.setattr("keyring.get_password", lambda *_: None)  # no password in a keyring either

    def run_doctor(config: Path) -> tuple[int, str]:
        code, out, err = run(["--config", str(config), "doctor"], capsys, monkeypatch)
        return code, out + err

    return run_doctor


def test_doctor_fails_when_no_alert_could_go_out_and_says_how_to_add_a_channel(
    tmp_path: Path, doctor
) -> None:
    code, out = doctor(maildir_config(tmp_path))
    assert code == 1
    (problem,) = [line for line in out.splitlines() if line.startswith("problem:")]
    assert "no channel configured" in problem
    assert "[smtp]" in problem and "[notify] urls" in problem and "tracker send-test" in problem


def test_doctor_fails_when_the_smtp_password_is_not_set(tmp_path: Path, doctor) -> None:
    code, out = doctor(maildir_config(tmp_path, SMTP))
    assert code == 1
    (problem,) = [line for line in out.splitlines() if line.startswith("problem:")]
    assert "no SMTP password for jordan@example.org" in problem
    assert "$TRACKER_TEST_SMTP_PASSWORD" in problem and "tracker send-test" in problem


def test_doctor_passes_with_a_working_channel_and_names_send_test(
    tmp_path: Path, doctor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_TEST_SMTP_PASSWORD", "app-password")
    code, out = doctor(maildir_config(tmp_path, SMTP, urls='"ntfy://ntfy.sh/jordan-invites"'))
    assert code == 0, out
    assert "problem" not in out
    assert "ok: alerts: email to jordan@example.org via smtp.example.org:587" in out
    assert "ok: alerts: ntfy:// (Apprise)" in out
    assert "tracker send-test" in out.splitlines()[-1]
    assert "app-password" not in out


def test_doctor_lists_a_maildirs_folders_without_a_stray_comma(tmp_path: Path, doctor) -> None:
    _, out = doctor(maildir_config(tmp_path))
    assert "folders: INBOX\n" in out
