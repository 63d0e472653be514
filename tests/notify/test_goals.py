"""Goals: distinct records ever invited per specialty, pace, projection, and `tracker status`."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

from click.testing import CliRunner
from notify_helpers import add_record

from tracker.cli import cli
from tracker.notify.goals import GoalSettings, specialty_progress, status_json, status_table
from tracker.store.database import Store
from tracker.store.views import RecordView

SETTINGS = GoalSettings(
    default=12,
    overrides={"Internal Medicine": 15, "Transitional Year": 8},
    season_start=date(2026, 9, 24),
    season_end=date(2027, 1, 31),
)
NOW = datetime(2026, 11, 19, 12, 0, tzinfo=UTC)  # 8 weeks into the season


def rec(
    id: int, specialty: str, status: str, history: tuple[str, ...] = (), invited: bool = False
) -> RecordView:
    return RecordView(
        id=id,
        program=f"Program {id}",
        specialty=specialty,
        track=None,
        status=status,
        invited_at=NOW if invited else None,
        history=history,
    )


def test_count_is_distinct_records_ever_invited() -> None:
    records = [
        rec(1, "Internal Medicine", "invited"),
        rec(2, "Internal Medicine", "scheduled", ("invited",)),
        rec(3, "Internal Medicine", "completed", ("invited", "scheduled")),
        rec(4, "Internal Medicine", "waitlisted"),
        rec(5, "Internal Medicine", "invited", ("waitlisted",)),  # a waitlist turned into an invitation
        rec(6, "Internal Medicine", "rejected"),
        rec(7, "Internal Medicine", "declined", ("invited",)),
        rec(8, "Internal Medicine", "cancelled", (), invited=True),
    ]
    (line, *rest) = specialty_progress(records, SETTINGS, NOW)
    assert line.specialty == "Internal Medicine"
    assert (line.invitations, line.scheduled, line.completed, line.waitlisted, line.rejected) == (
        6,
        1,
        1,
        1,
        1,
    )
    assert line.goal == 15


def test_every_specialty_with_a_record_or_an_override_appears() -> None:
    lines = specialty_progress([rec(1, "Dermatology", "invited")], SETTINGS, NOW)
    assert [line.specialty for line in lines] == ["Dermatology", "Internal Medicine", "Transitional Year"]
    assert [line.goal for line in lines] == [12, 15, 8]


def test_pace_per_week_and_projection_to_season_end() -> None:
    records = [rec(i, "Surgery", "invited") for i in range(4)]
    (line,) = [x for x in specialty_progress(records, SETTINGS, NOW) if x.specialty == "Surgery"]
    assert round(line.pace_per_week, 3) == 0.5  # 4 in 8 weeks
    weeks_left = (date(2027, 1, 31) - date(2026, 11, 19)).days / 7
    assert round(line.projected, 3) == round(4 + 0.5 * weeks_left, 3)
    assert line.behind  # 4 + 0.5 * ~10.4 < 12


def test_on_pace_is_not_behind() -> None:
    records = [rec(i, "Surgery", "invited") for i in range(10)]
    (line,) = [x for x in specialty_progress(records, SETTINGS, NOW) if x.specialty == "Surgery"]
    assert not line.behind


def test_status_json_has_the_contract_shape() -> None:
    data = status_json(specialty_progress([rec(1, "Pediatrics", "invited")], SETTINGS, NOW))
    assert set(data) == {"specialties", "total"}
    for line in data["specialties"]:
        assert {
            "specialty",
            "goal",
            "invitations",
            "scheduled",
            "completed",
            "waitlisted",
            "rejected",
        } <= set(line)
    assert data["total"]["invitations"] == 1 and data["total"]["goal"] == 12 + 15 + 8


def test_status_table_lists_each_column() -> None:
    table = status_table(specialty_progress([rec(1, "Pediatrics", "invited")], SETTINGS, NOW))
    header = table.splitlines()[0].split()
    assert header == [
        "Specialty",
        "Goal",
        "Invited",
        "Scheduled",
        "Completed",
        "Waitlisted",
        "Rejected",
        "Pace/wk",
    ]
    assert "Pediatrics" in table and table.splitlines()[-1].startswith("Total")


def test_tracker_status_json_reads_the_store(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(
        f'[mailbox]\nmaildir = "{tmp_path / "Maildir"}"\n[store]\npath = "{tmp_path / "t.sqlite3"}"\n'
        '[goals]\ndefault = 10\n"Emergency Medicine" = 9\n'
    )
    with Store(tmp_path / "t.sqlite3") as store:
        add_record(store, "Alpha", specialty="Psychiatry", status="scheduled", history=["invited"])
        add_record(store, "Beta", specialty="Psychiatry", status="waitlisted")
    result = CliRunner().invoke(cli, ["--config", str(config), "status", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    by_name = {s["specialty"]: s for s in data["specialties"]}
    assert by_name["Psychiatry"]["invitations"] == 1 and by_name["Psychiatry"]["waitlisted"] == 1
    assert by_name["Emergency Medicine"]["goal"] == 9 and by_name["Emergency Medicine"]["invitations"] == 0
    table = CliRunner().invoke(cli, ["--config", str(config), "status"])
    assert table.exit_code == 0 and "Psychiatry" in table.output
