"""Goals: invitations per specialty against the goal, pace per week and projection to season end.

Pure: a function of the records, the goal settings, the season and a clock. The count is distinct
records ever invited: one that moved on to scheduled or completed still counts, and a waitlist counts
once it turns into an invitation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from tracker.store.views import RecordView
from tracker.vocabulary import Status

# The AMA's standard advice when the count is behind pace (DOMAIN.md).
BEHIND_ADVICE = (
    "Be patient and understand the context: some specialties release invitations on common dates.",
    "Consider additional applications while programs are still inviting.",
    "Work your network: mentors, home-program faculty and advisors can reach out for you.",
)


@dataclass(frozen=True)
class SpecialtyProgress:
    """One specialty's line in `tracker status` and the digest."""

    specialty: str
    goal: int
    invitations: int
    scheduled: int
    completed: int
    waitlisted: int
    rejected: int
    pace_per_week: float
    projected: float
    behind: bool

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["pace_per_week"] = round(self.pace_per_week, 2)
        data["projected"] = round(self.projected, 1)
        return data


@dataclass(frozen=True)
class GoalSettings:
    default: int
    overrides: dict[str, int]
    season_start: date
    season_end: date
    tz: tzinfo = UTC  # the applicant's: the season's days are counted in it

    def goal_for(self, specialty: str) -> int:
        return self.overrides.get(specialty, self.default)


def _weeks(start: date, end: date) -> float:
    return max((end - start).days, 0) / 7


def specialty_progress(
    records: Iterable[RecordView], settings: GoalSettings, now: datetime
) -> list[SpecialtyProgress]:
    """One line per specialty with a record or a goal override, sorted by name."""
    by_specialty: dict[str, list[RecordView]] = {name: [] for name in settings.overrides}
    for record in records:
        by_specialty.setdefault(record.specialty_name, []).append(record)
    today = now.astimezone(settings.tz).date()
    # Pace counts at least one week, so an early first invitation does not project absurdly.
    elapsed = max(_weeks(settings.season_start, min(today, settings.season_end)), 1.0)
    remaining = _weeks(max(today, settings.season_start), settings.season_end)
    lines = []
    for specialty in sorted(by_specialty):
        group = by_specialty[specialty]
        invitations = sum(1 for r in group if r.ever_invited)
        goal = settings.goal_for(specialty)
        pace = invitations / elapsed if today >= settings.season_start else 0.0
        projected = invitations + pace * remaining
        lines.append(
            SpecialtyProgress(
                specialty=specialty,
                goal=goal,
                invitations=invitations,
                scheduled=sum(1 for r in group if r.status == Status.SCHEDULED),
                completed=sum(1 for r in group if r.status == Status.COMPLETED),
                waitlisted=sum(1 for r in group if r.status == Status.WAITLISTED),
                rejected=sum(1 for r in group if r.status == Status.REJECTED),
                pace_per_week=pace,
                projected=projected,
                behind=invitations < goal and projected < goal and today >= settings.season_start,
            )
        )
    return lines


def totals(lines: list[SpecialtyProgress]) -> dict[str, Any]:
    """The `total` object of `tracker status --json`."""
    return {
        "goal": sum(line.goal for line in lines),
        "invitations": sum(line.invitations for line in lines),
        "scheduled": sum(line.scheduled for line in lines),
        "completed": sum(line.completed for line in lines),
        "waitlisted": sum(line.waitlisted for line in lines),
        "rejected": sum(line.rejected for line in lines),
        "pace_per_week": round(sum(line.pace_per_week for line in lines), 2),
        "projected": round(sum(line.projected for line in lines), 1),
    }


def status_json(lines: list[SpecialtyProgress]) -> dict[str, Any]:
    return {"specialties": [line.as_json() for line in lines], "total": totals(lines)}


def status_table(lines: list[SpecialtyProgress]) -> str:
    """The `tracker status` table (a sentence saying what to do when there is nothing to count yet)."""
    if not lines:
        return "No records yet: run `tracker poll --once` to read the mailbox (goals are set in [goals])."
    headers = ["Specialty", "Goal", "Invited", "Scheduled", "Completed", "Waitlisted", "Rejected", "Pace/wk"]
    rows = [
        [
            line.specialty + (" (behind)" if line.behind else ""),
            str(line.goal),
            str(line.invitations),
            str(line.scheduled),
            str(line.completed),
            str(line.waitlisted),
            str(line.rejected),
            f"{line.pace_per_week:.1f}",
        ]
        for line in lines
    ]
    total = totals(lines)
    rows.append(
        [
            "Total",
            str(total["goal"]),
            str(total["invitations"]),
            str(total["scheduled"]),
            str(total["completed"]),
            str(total["waitlisted"]),
            str(total["rejected"]),
            f"{total['pace_per_week']:.1f}",
        ]
    )
    widths = [max(len(r[i]) for r in [headers, *rows]) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([fmt(headers), rule, *(fmt(r) for r in rows[:-1]), rule, fmt(rows[-1])])


def settings_from_config(config: Any) -> GoalSettings:
    """GoalSettings from a `Config` (kept here so pure callers need not import the config)."""
    return GoalSettings(
        default=config.goals.default,
        overrides=dict(config.goals.overrides),
        season_start=date.fromisoformat(config.season.start),
        season_end=date.fromisoformat(config.season.end),
        tz=config.applicant.tz,
    )


def season_weeks_left(settings: GoalSettings, now: datetime) -> float:
    today = now.astimezone(settings.tz).date()
    return _weeks(today, settings.season_end) if today < settings.season_end else 0.0
