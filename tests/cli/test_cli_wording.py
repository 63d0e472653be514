"""What the applicant reads from the CLI: times in their zone, kinds and counts in words, and every
error one line saying what to do. Found by using the product as an applicant would."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import run
from notify_helpers import add_message, add_record

from tracker.cli import tables
from tracker.cli.demo import DemoResult, demo_report
from tracker.cli.onboarding import collect_answers, parse_goals
from tracker.store.database import Store

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # Fri Nov 20, 12:00 in New York


# -- the CLI ----------------------------------------------------------------------------------------


def write_config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(
        '[applicant]\ntimezone = "America/Chicago"\n'
        f'[mailbox]\nmaildir = "{tmp_path / "mail"}"\n[store]\npath = "{tmp_path / "tracker.sqlite3"}"\n'
    )
    return path


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["digest"], "give --preview FILE.html or --send (see `tracker digest --help`)"),
        (["poll"], "use `tracker poll --once` for one pass"),
        (["record", "1", "--date", "tomorrow"], "'tomorrow' is not YYYY-MM-DD or YYYY-MM-DDTHH:MM"),
        (["export", "--pdf", "x"], "No such option '--pdf' (see"),
    ],
)
def test_usage_errors_are_one_line_saying_what_to_do(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    said: str,
) -> None:
    code, out, err = run(["--config", str(write_config(tmp_path)), *args], capsys, monkeypatch)
    assert code == 2 and out == ""
    assert err.startswith("tracker: error: ") and err.count("\n") == 1, err
    assert said in err and "--help`)" in err


def test_record_confirms_the_interview_time_in_the_applicants_zone_and_what_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path)
    store = Store(tmp_path / "tracker.sqlite3")
    record = add_record(store, "Summit Ridge")
    store.close()
    code, out, err = run(
        ["--config", str(config), "record", str(record), "--status", "scheduled",
         "--date", "2026-12-03T09:30", "--signal", "gold", "--note", "great residents"],
        capsys,
        monkeypatch,
    )  # fmt: skip
    assert code == 0, err
    assert out == (
        f"record R{record}: Summit Ridge Internal Medicine categorical: scheduled, "
        "interview 2026-12-03 09:30; signal gold; note added\n"
    )


def test_messages_table_shows_local_times_and_the_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path)
    store = Store(tmp_path / "tracker.sqlite3")
    pk = add_message(
        store, kind="invitation", program="Summit Ridge", date=NOW, subject="Interview invitation"
    )
    store.close()
    code, out, _ = run(["--config", str(config), "messages"], capsys, monkeypatch)
    assert code == 0
    header, row = out.splitlines()
    assert header.split()[:5] == ["id", "date", "kind", "record", "program"]
    assert row.split() == [
        f"M{pk}",
        "2026-11-20",
        "11:00",
        "invitation",
        "-",
        "Summit",
        "Ridge",
        "Interview",
        "invitation",
    ]
    code, out, _ = run(["--config", str(config), "messages", "--json"], capsys, monkeypatch)
    assert json.loads(out)[0]["date"] == NOW.isoformat()  # JSON keeps UTC: it is for scripts


def test_local_time_keeps_dates_and_converts_times() -> None:
    assert tables.local_time("2026-12-03", NY) == "2026-12-03"
    assert tables.local_time("2026-12-03T14:30:00+00:00", NY) == "2026-12-03 09:30"
    assert tables.local_time(None, NY) == "-"
    assert tables.interview_date("2026-12-03T09:30", NY) == "2026-12-03T14:30:00+00:00"
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        tables.interview_date("next tuesday", NY)


def test_demo_report_says_kinds_in_words_and_commands_that_run_as_typed(tmp_path: Path) -> None:
    result = DemoResult(
        messages=30,
        new_messages=30,
        failed=0,
        kinds={"invitation": 10, "waitlist": 1, "info": 7, "rejection": 1},
        records=12,
        status_table="Specialty ...",
        digest_path=tmp_path / "digest-preview.html",
        config_path=tmp_path / "tracker-demo.toml",
    )
    lines = demo_report(result, program=".venv/bin/tracker")
    assert lines[1] == "Read 30 new messages."
    assert (
        lines[2]
        == "12 program records from 10 invitations, 1 waitlist notice, 1 rejection, 7 information messages."
    )
    assert lines[3].startswith(
        f"Explore it: .venv/bin/tracker --config {tmp_path / 'tracker-demo.toml'} records"
    )
    assert lines[-2] == f"Digest it would send: {tmp_path / 'digest-preview.html'}"
    config = tmp_path / "tracker-demo.toml"
    assert lines[-1] == f"Open the dashboard on it: .venv/bin/tracker --config {config} web"


# -- init's answers -------------------------------------------------------------------------------


def test_init_asks_only_for_what_the_flags_did_not_give() -> None:
    asked: list[str] = []

    def ask(question: str, default: str | None = None, choices: list[str] | None = None) -> str:
        asked.append(question)
        return {"Your name": "Jordan Lee", "Time zone": "America/Chicago"}.get(question, default or "")

    answers = collect_answers({"email": "jordan@gmail.com", "goal": ("Internal Medicine=15",)}, ask)
    assert asked == ["Your name", "Time zone"]
    assert (answers.name, answers.timezone, answers.provider) == ("Jordan Lee", "America/Chicago", "gmail")
    assert answers.goals == {"Internal Medicine": 15}
    with pytest.raises(ValueError, match="give --email"):
        collect_answers({}, None)
    with pytest.raises(ValueError, match='use "Specialty Name=N"'):
        parse_goals(["Internal Medicine"])


def test_enable_instructions_name_the_user_the_shell_would_not_expand(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass

    from tracker.cli.service_manager import Systemd

    monkeypatch.delenv("USER", raising=False)
    monkeypatch.setenv("LOGNAME", "jordan")
    lines = Systemd().start_instructions(tmp_path / "invite-tracker.service")
    assert "  sudo loginctl enable-linger jordan" in lines
    assert not any("'$USER'" in line for line in lines)
    assert getpass.getuser() == "jordan"


def test_status_before_any_mail_says_what_to_do_instead_of_an_empty_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    Store(tmp_path / "tracker.sqlite3").close()  # as `tracker init` leaves it
    code, out, _ = run(["--config", str(write_config(tmp_path)), "status"], capsys, monkeypatch)
    assert code == 0
    assert (
        out == "No records yet: run `tracker poll --once` to read the mailbox (goals are set in [goals]).\n"
    )
    code, out, _ = run(["--config", str(write_config(tmp_path)), "status", "--json"], capsys, monkeypatch)
    assert json.loads(out)["specialties"] == []


def test_export_and_backup_count_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config = write_config(tmp_path)
    store = Store(tmp_path / "tracker.sqlite3")
    add_record(store, "Summit Ridge", status="scheduled", interview_date="2026-12-03")
    add_message(store, kind="invitation", program="Summit Ridge")
    store.close()
    code, out, _ = run(
        [
            "--config",
            str(config),
            "export",
            "--csv",
            str(tmp_path / "r.csv"),
            "--ics",
            str(tmp_path / "i.ics"),
        ],
        capsys,
        monkeypatch,
    )
    assert code == 0
    assert out == f"Wrote 1 record to {tmp_path / 'r.csv'}\nWrote 1 interview event to {tmp_path / 'i.ics'}\n"
    code, out, _ = run(["--config", str(config), "backup", str(tmp_path / "b.sqlite3")], capsys, monkeypatch)
    assert code == 0 and out.startswith("Backed up 1 message and 1 record to ")
