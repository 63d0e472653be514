"""What the applicant reads: the most urgent thing first, times in their zone, words rightly
pluralised, and every error one line. Found by using the product as an applicant would."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import run
from notify_helpers import Clock, add_message, add_record, make_config

from tracker.cli import tables
from tracker.cli.demo import DemoResult, demo_report
from tracker.cli.onboarding import collect_answers, parse_goals
from tracker.notify.alerts import summary_payload
from tracker.notify.digest import time_left
from tracker.notify.notifications import Notifications
from tracker.notify.rendering import Renderer, label, minutes, plural, track_note
from tracker.store.database import Store
from tracker.store.views import load_records, messages_since

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # Fri Nov 20, 12:00 in New York


def season(tmp_path: Path) -> Notifications:
    """A first import: an invitation due tomorrow, one whose deadline passed, one with none, info mail."""
    n = Notifications(make_config(tmp_path), Store(tmp_path / "tracker.sqlite3"), clock=Clock(NOW))
    soon = add_record(
        n.store,
        "Summit Ridge",
        respond_by=NOW + timedelta(hours=25),
        schedule_url="https://calendly.example/summit",
    )
    passed = add_record(n.store, "Cascade Valley", respond_by=NOW - timedelta(days=20))
    open_ended = add_record(n.store, "Mesa Verde", specialty="Transitional Year", track="transitional")
    add_message(n.store, kind="info", program=None, subject="You have a new message in MyERAS")
    for record, program in ((soon, "Summit Ridge"), (passed, "Cascade Valley"), (open_ended, "Mesa Verde")):
        add_message(
            n.store, kind="invitation", program=program, record_id=record, subject=f"Invite: {program}"
        )
    add_message(n.store, kind="rejection", program="Pinecrest", subject="Application update")
    return n


# -- the digest -----------------------------------------------------------------------------------


def test_digest_opens_with_what_needs_a_response_and_how_long_is_left(tmp_path: Path) -> None:
    n = season(tmp_path)
    rendered = n.outbox.renderer.render("digest", n.digest_payload())
    for body in (rendered.text, rendered.html):
        first = body.index("Summit Ridge")
        assert first < body.lower().index("goals"), "the response deadline comes before the goals"
        assert "in 25 hours" in body
    text = rendered.text
    assert text.index("NEEDS A RESPONSE") < text.index("NEW (")
    # soonest deadline first, then no deadline, then the ones already passed
    order = [text.index(p, text.index("NEEDS A RESPONSE")) for p in ("Summit", "Mesa Verde", "Cascade")]
    assert order == sorted(order)
    assert rendered.subject.startswith(
        "Daily digest: 2 awaiting your response (first by Sat Nov 21, 1:00 PM EST)"
    )


def test_digest_lists_new_invitations_before_other_mail(tmp_path: Path) -> None:
    payload = season(tmp_path).digest_payload()
    kinds = [m["kind"] for m in payload["new_messages"]]
    assert kinds == ["invitation", "invitation", "invitation", "rejection", "info"]


def test_digest_shows_the_track_only_when_it_adds_something(tmp_path: Path) -> None:
    n = season(tmp_path)
    html = n.outbox.renderer.render("digest", n.digest_payload()).html
    assert "Transitional Year (transitional)" not in html and "Transitional Year" in html


@pytest.mark.parametrize(
    ("left", "said"),
    [
        (timedelta(minutes=20), "in less than an hour"),
        (timedelta(hours=1, minutes=5), "in 1 hour"),
        (timedelta(hours=25), "in 25 hours"),
        (timedelta(days=3, hours=2), "in 3 days"),
        (timedelta(hours=-1), ""),
    ],
)
def test_time_left_is_said_as_a_person_would(left: timedelta, said: str) -> None:
    assert time_left(NOW + left, NOW) == said


# -- the first-import summary and the alert --------------------------------------------------------


def test_summary_puts_passed_deadlines_last_and_names_kinds_in_words(tmp_path: Path) -> None:
    n = season(tmp_path)
    payload = summary_payload(messages_since(n.store, None), load_records(n.store, NY), NOW)
    assert [(r["program"], r["overdue"]) for r in payload["open_invitations"]] == [
        ("Summit Ridge", False),
        ("Mesa Verde", False),
        ("Cascade Valley", True),
    ]
    rendered = Renderer(NY).render("summary", payload)
    assert "3 invitations" in rendered.text and "1 information message\n" in rendered.text
    assert "1 rejection\n" in rendered.text and "info:" not in rendered.text
    assert "Cascade Valley (Internal Medicine, categorical), deadline passed" in rendered.text
    assert "`tracker messages` lists them" in rendered.text or "need review" not in rendered.text
    assert (
        rendered.subject == "Invite Tracker is watching: 5 messages read, 2 invitations awaiting a response"
    )


def test_alert_puts_the_deadline_and_the_link_before_the_details() -> None:
    payload = {
        "template": "alert",
        "kind": "invitation",
        "program": "Summit Ridge",
        "specialty": "Internal Medicine",
        "track": "categorical",
        "platform": "thalamus",
        "format": "unknown",
        "respond_by": (NOW + timedelta(hours=48)).isoformat(),
        "schedule_url": "https://thalamus.example/s/1",
        "arrived_at": NOW.isoformat(),
        "subject": "Interview invitation",
        "from_name": "Thalamus",
        "from_addr": "noreply@thalamusgme.com",
    }
    rendered = Renderer(NY).render("alert", payload)
    for body in (rendered.text, rendered.html):
        assert body.index("Respond by") < body.index("https://thalamus.example/s/1") < body.index("Platform")
    assert "Sun Nov 22, 12:00 PM EST" in rendered.text
    assert "Format" not in rendered.text, "an unknown format is left out, not shown as 'unknown'"


def test_reminder_and_watchdog_wording_is_pluralised() -> None:
    renderer = Renderer(NY)
    deadline = renderer.render(
        "reminder_deadline",
        {"program": "Summit", "record_id": 3, "respond_by": NOW.isoformat(), "hours_left": 1},
    )
    assert deadline.subject == "Deadline in 1 hour: Summit" and "1 hour from now" in deadline.text
    down = renderer.render(
        "watchdog_down", {"since": NOW.isoformat(), "outage_minutes": 95, "after_minutes": 15}
    )
    assert "(1 hour 35 minutes ago; the watchdog waits 15 minutes)" in down.text


def test_small_words_filters() -> None:
    assert (plural(1, "hour"), plural(2, "hour"), plural(1.5, "hour")) == ("1 hour", "2 hours", "1.5 hours")
    assert (minutes(1), minutes(60), minutes(61), minutes(60 * 49)) == (
        "1 minute",
        "1 hour",
        "1 hour 1 minute",
        "2 days 1 hour",
    )
    assert track_note("transitional", "Transitional Year") == "" and track_note(None) == ""
    assert track_note("preliminary", "Surgery") == "preliminary"
    assert label("unknown") == "" and label("in_person") == "in person"


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
        f"record {record}: Summit Ridge Internal Medicine categorical: scheduled, "
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
    assert header.split()[:4] == ["id", "date", "kind", "program"]
    assert row.split() == [
        str(pk),
        "2026-11-20",
        "11:00",
        "invitation",
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
    assert lines[-1] == f"Digest it would send: {tmp_path / 'digest-preview.html'}"


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

    from tracker.cli.onboarding import enable_instructions

    monkeypatch.delenv("USER", raising=False)
    monkeypatch.setenv("LOGNAME", "jordan")
    lines = enable_instructions(tmp_path / "invite-tracker.service")
    assert "  sudo loginctl enable-linger jordan" in lines
    assert not any("'$USER'" in line for line in lines)
    assert getpass.getuser() == "jordan"


def test_status_before_any_mail_says_what_to_do_instead_of_an_empty_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
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
