"""The season chart: a specialty's invitations over time against the pace that reaches its goal by
the season's end, as the geometry of a small SVG drawn on the server (no script, works offline).

Pure: a function of the records, when each was first invited, the goal settings and a clock. What
counts as an invitation is `RecordView.ever_invited`, the rule `tracker status` counts by, so the
line ends at the count the goal table shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tracker.notify.goals import GoalSettings
from tracker.store.views import RecordView

WIDTH = 320
HEIGHT = 150
LEFT, RIGHT, TOP, BOTTOM = 28, 8, 10, 22  # margins for the axis labels


@dataclass(frozen=True)
class Tick:
    at: float  # SVG coordinate along its axis
    label: str


@dataclass(frozen=True)
class Chart:
    """One specialty's chart: SVG paths and ticks in a WIDTH × HEIGHT box, and its text alternative."""

    specialty: str
    invitations: int
    goal: int
    needed_today: float
    invitations_path: str
    pace_path: str
    today_x: float | None
    goal_y: float
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    summary: str
    width: int = WIDTH
    height: int = HEIGHT

    @property
    def on_pace(self) -> bool:
        return self.invitations >= self.needed_today


def invited_on(record: RecordView, first_invited: Mapping[int, datetime], settings: GoalSettings) -> date:
    """The day a record counts from: its invitation, else its first invited-like status, else its
    last change."""
    moment = record.invited_at or first_invited.get(record.id) or record.updated_at
    if moment is None:
        return settings.season_start
    return moment.astimezone(settings.tz).date()


def _month_ticks(start: date, end: date, x: Callable[[date], float]) -> list[Tick]:
    ticks = []
    day = date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            ticks.append(Tick(x(day), day.strftime("%b")))
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return ticks


def season_chart(
    specialty: str,
    records: Iterable[RecordView],
    first_invited: Mapping[int, datetime],
    settings: GoalSettings,
    now: datetime,
) -> Chart:
    """The chart of one specialty (records of other specialties are ignored)."""
    start, end = settings.season_start, settings.season_end
    span = max((end - start).days, 1)
    goal = settings.goal_for(specialty)
    days = sorted(
        invited_on(r, first_invited, settings)
        for r in records
        if r.specialty_name == specialty and r.ever_invited
    )
    today = now.astimezone(settings.tz).date()
    top = max(goal, len(days), 1)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(day: date) -> float:
        offset = min(max((day - start).days, 0), span)
        return round(LEFT + plot_w * offset / span, 1)

    def y(count: float) -> float:
        return round(TOP + plot_h * (1 - count / top), 1)

    path = [f"M{x(start)},{y(0)}"]
    for count, day in enumerate(days, start=1):
        path.append(f"H{x(day)} V{y(count)}")
    path.append(f"H{x(min(max(today, start), end))}")
    elapsed = min(max((today - start).days, 0), span)
    needed = goal * elapsed / span
    step = max(1, round(top / 4))
    y_ticks = [Tick(y(n), str(n)) for n in range(0, top + 1, step)]
    summary = (
        f"{specialty}: {len(days)} invitation{'s' if len(days) != 1 else ''} so far; "
        f"{needed:.1f} needed by today to reach the goal of {goal} by {end.strftime('%b %-d, %Y')} "
        f"at a steady pace."
    )
    return Chart(
        specialty=specialty,
        invitations=len(days),
        goal=goal,
        needed_today=needed,
        invitations_path=" ".join(path),
        pace_path=f"M{x(start)},{y(0)} L{x(end)},{y(goal)}",
        today_x=x(today) if start <= today <= end else None,
        goal_y=y(goal),
        x_ticks=_month_ticks(start, end - timedelta(days=1), x),
        y_ticks=y_ticks,
        summary=summary,
    )
