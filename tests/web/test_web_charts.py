"""The season chart counts what `tracker status` counts, steps up on the day each program invited,
stops at today, and draws the pace line from nothing at the season's start to the goal at its end."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tracker.notify.goals import GoalSettings, specialty_progress
from tracker.store.views import RecordView
from tracker.web.charts import HEIGHT, LEFT, RIGHT, TOP, WIDTH, season_chart

SETTINGS = GoalSettings(
    default=12,
    overrides={"Emergency Medicine": 4},
    season_start=date(2026, 9, 24),
    season_end=date(2027, 1, 31),
)
NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def record(
    record_id: int, status: str, invited: str | None, specialty: str = "Emergency Medicine", **kw: object
) -> RecordView:
    return RecordView(
        id=record_id,
        program=f"Program {record_id}",
        specialty=specialty,
        track=None,
        status=status,
        invited_at=datetime.fromisoformat(invited) if invited else None,
        **kw,  # type: ignore[arg-type]
    )


RECORDS = [
    record(1, "invited", "2026-10-01T12:00:00+00:00"),
    record(2, "completed", "2026-10-15T12:00:00+00:00"),
    record(3, "scheduled", None),  # no invitation mail: counted from its first invited status
    record(4, "waitlisted", None, history=("waitlisted",)),  # never invited: not counted
    record(5, "rejected", None, history=("invited", "rejected")),  # invited once: counted
    record(6, "invited", "2026-10-20T12:00:00+00:00", specialty="Internal Medicine"),  # another specialty
]
FIRST_INVITED = {3: datetime(2026, 11, 2, tzinfo=UTC), 5: datetime(2026, 10, 5, tzinfo=UTC)}


def test_the_chart_counts_what_tracker_status_counts() -> None:
    chart = season_chart("Emergency Medicine", RECORDS, FIRST_INVITED, SETTINGS, NOW)
    (line,) = [p for p in specialty_progress(RECORDS, SETTINGS, NOW) if p.specialty == "Emergency Medicine"]
    assert chart.invitations == line.invitations == 4
    assert chart.invitations_path.count("V") == 4  # one step up per invitation


def test_the_line_steps_up_on_each_invitation_day_and_ends_today() -> None:
    chart = season_chart("Emergency Medicine", RECORDS, FIRST_INVITED, SETTINGS, NOW)
    plot_width = WIDTH - LEFT - RIGHT
    span = (SETTINGS.season_end - SETTINGS.season_start).days

    def x(day: date) -> float:
        return round(LEFT + plot_width * (day - SETTINGS.season_start).days / span, 1)

    steps = [float(part[1:]) for part in chart.invitations_path.split() if part.startswith("H")]
    assert steps == [
        x(date(2026, 10, 1)),
        x(date(2026, 10, 5)),
        x(date(2026, 10, 15)),
        x(date(2026, 11, 2)),
        x(NOW.date()),
    ]
    assert chart.today_x == x(NOW.date())


def test_the_pace_line_reaches_the_goal_at_the_season_end() -> None:
    chart = season_chart("Emergency Medicine", RECORDS, FIRST_INVITED, SETTINGS, NOW)
    assert chart.goal == 4
    assert chart.pace_path == f"M{LEFT}.0,{HEIGHT - 22}.0 L{WIDTH - RIGHT}.0,{chart.goal_y}"
    assert chart.goal_y == TOP  # the goal is the top of the scale here
    elapsed = (NOW.date() - SETTINGS.season_start).days / (SETTINGS.season_end - SETTINGS.season_start).days
    assert abs(chart.needed_today - 4 * elapsed) < 1e-9
    assert chart.on_pace and "4 invitations so far" in chart.summary


def test_a_specialty_with_no_invitation_is_a_flat_line_behind_pace() -> None:
    chart = season_chart("Transitional Year", RECORDS, FIRST_INVITED, SETTINGS, NOW)
    assert chart.invitations == 0 and chart.goal == 12
    assert chart.invitations_path.count("V") == 0 and not chart.on_pace
