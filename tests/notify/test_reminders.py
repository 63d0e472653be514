"""Which reminders are due: a pure function of records, a clock and the settings."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tracker.notify.reminders import (
    VISA_QUESTION,
    ReminderSettings,
    as_of,
    due_reminders,
    record_of,
    stale_reason,
)
from tracker.store.views import RecordView

NY = ZoneInfo("America/New_York")
INVITED = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
SETTINGS = ReminderSettings(tz=NY)


def record(**fields: object) -> RecordView:
    base: dict[str, object] = {
        "id": 1,
        "program": "Mercy Hospital",
        "specialty": "Internal Medicine",
        "track": "categorical",
        "status": "invited",
        "invited_at": INVITED,
    }
    return RecordView(**{**base, **fields})  # type: ignore[arg-type]


def keys_at(records: list[RecordView], now: datetime, settings: ReminderSettings = SETTINGS) -> list[str]:
    return [r.key for r in due_reminders(records, now, settings)]


def test_unscheduled_invitation_reminds_at_two_hours_and_again_at_a_day() -> None:
    records = [record()]
    assert keys_at(records, INVITED + timedelta(hours=1, minutes=59)) == []
    assert keys_at(records, INVITED + timedelta(hours=2)) == ["reminder:unscheduled:1:7200"]
    assert keys_at(records, INVITED + timedelta(hours=23)) == ["reminder:unscheduled:1:7200"]
    assert keys_at(records, INVITED + timedelta(hours=24)) == ["reminder:unscheduled:1:86400"]
    assert keys_at(records, INVITED + timedelta(hours=49)) == []  # never more than a day late


def test_scheduled_invitation_gets_no_unscheduled_reminder() -> None:
    assert keys_at([record(status="scheduled")], INVITED + timedelta(hours=3)) == []
    assert keys_at([record(status="declined")], INVITED + timedelta(hours=3)) == []


def test_deadline_twelve_hours_away_reminds_until_the_deadline() -> None:
    deadline = INVITED + timedelta(hours=48)
    records = [record(invited_at=None, respond_by=deadline)]
    assert keys_at(records, deadline - timedelta(hours=12, seconds=1)) == []
    (reminder,) = due_reminders(records, deadline - timedelta(hours=11), SETTINGS)
    assert reminder.key == f"reminder:deadline:1:{deadline.isoformat()}"
    assert reminder.payload["hours_left"] == 11
    assert keys_at(records, deadline) == []


def test_interview_tomorrow_has_prep_list_and_visa_question_for_international_graduates() -> None:
    rec = record(status="scheduled", invited_at=None, interview_date="2026-12-03T14:00:00+00:00")
    start = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    assert keys_at([rec], start - timedelta(hours=24, seconds=1)) == []
    (reminder,) = due_reminders([rec], start - timedelta(hours=20), SETTINGS)
    assert reminder.template == "reminder_interview" and reminder.payload["time_known"] is True
    assert any("questions to ask" in item for item in reminder.payload["prep"])
    assert any("cheat sheet" in item for item in reminder.payload["prep"])
    assert VISA_QUESTION not in reminder.payload["prep"]
    international = ReminderSettings(tz=NY, international_graduate=True)
    (reminder,) = due_reminders([rec], start - timedelta(hours=20), international)
    assert VISA_QUESTION in reminder.payload["prep"]
    assert keys_at([rec], start) == []


def test_interview_with_only_a_date_reminds_the_morning_before() -> None:
    rec = record(status="scheduled", invited_at=None, interview_date="2026-12-03")
    morning_before = datetime(2026, 12, 2, 8, 0, tzinfo=NY)
    assert keys_at([rec], morning_before - timedelta(minutes=1)) == []
    (reminder,) = due_reminders([rec], morning_before, SETTINGS)
    assert reminder.payload["time_known"] is False


def test_impressions_reminder_the_evening_of_the_interview_in_the_applicants_zone() -> None:
    rec = record(status="completed", invited_at=None, interview_date="2026-12-03T14:00:00+00:00")
    evening = datetime(2026, 12, 3, 19, 0, tzinfo=NY)
    assert keys_at([rec], evening - timedelta(minutes=1)) == []
    assert keys_at([rec], evening) == ["reminder:impressions:1:2026-12-03T14:00:00+00:00"]
    assert keys_at([rec], evening + timedelta(hours=13)) == []
    later = ReminderSettings(tz=NY, impressions_at=time(21, 30))
    assert keys_at([rec], evening, later) == []


def test_evening_interview_gets_its_impressions_reminder_the_next_evening() -> None:
    rec = record(status="scheduled", invited_at=None, interview_date="2026-12-03T19:30:00-05:00")

    def impressions(now: datetime) -> list[str]:
        return [k for k in keys_at([rec], now) if k.startswith("reminder:impressions")]

    assert impressions(datetime(2026, 12, 3, 19, 0, tzinfo=NY)) == []
    assert impressions(datetime(2026, 12, 4, 19, 0, tzinfo=NY)) == [
        "reminder:impressions:1:2026-12-03T19:30:00-05:00"
    ]


def test_stale_reminders_of_an_old_import_are_not_sent() -> None:
    old = record(invited_at=INVITED - timedelta(days=30), respond_by=INVITED - timedelta(days=28))
    assert keys_at([old], INVITED) == []


def test_disabled_reminders_send_nothing() -> None:
    assert keys_at([record()], INVITED + timedelta(hours=3), ReminderSettings(tz=NY, enabled=False)) == []


def test_custom_delays_come_from_settings() -> None:
    settings = ReminderSettings(tz=NY, unscheduled_after=(timedelta(minutes=30),))
    assert keys_at([record()], INVITED + timedelta(minutes=30), settings) == ["reminder:unscheduled:1:1800"]


def test_impressions_reminder_never_comes_while_the_interview_is_still_going() -> None:
    # An 18:30 interview is still going at 19:00: "write your impressions now" waits a day.
    rec = record(status="scheduled", invited_at=None, interview_date="2026-12-03T18:30:00-05:00")

    def impressions(now: datetime) -> list[str]:
        return [k for k in keys_at([rec], now) if k.startswith("reminder:impressions")]

    assert impressions(datetime(2026, 12, 3, 19, 0, tzinfo=NY)) == []
    assert impressions(datetime(2026, 12, 4, 19, 0, tzinfo=NY)) == [
        "reminder:impressions:1:2026-12-03T18:30:00-05:00"
    ]


def test_reminders_across_the_end_of_daylight_saving_time_use_local_times() -> None:
    # Sunday Nov 1 2026, 2:00 EDT -> 1:00 EST. A 9:00 interview on Monday Nov 2 is reminded at
    # 9:00 on Sunday (EST) and its impressions are due at 19:00 EST on Monday.
    rec = record(status="scheduled", invited_at=None, interview_date="2026-11-02T09:00:00")
    assert keys_at([rec], datetime(2026, 11, 1, 13, 59, tzinfo=UTC)) == []
    assert keys_at([rec], datetime(2026, 11, 1, 14, 0, tzinfo=UTC)) == [
        "reminder:interview:1:2026-11-02T09:00:00"
    ]
    assert keys_at([rec], datetime(2026, 11, 3, 0, 0, tzinfo=UTC)) == [
        "reminder:impressions:1:2026-11-02T09:00:00"
    ]
    assert keys_at([rec], datetime(2026, 11, 2, 23, 59, tzinfo=UTC)) == []


# -- a queued reminder that went stale before it could be delivered ------------------------------


def stale(
    key: str, rec: RecordView | None, now: datetime, settings: ReminderSettings = SETTINGS
) -> str | None:
    return stale_reason(key, rec, now, settings)


def test_every_reminder_is_still_right_at_the_moment_it_is_due() -> None:
    records = [
        record(id=1, respond_by=INVITED + timedelta(hours=30)),
        record(id=2, status="scheduled", interview_date="2026-11-22T14:00:00+00:00"),
        record(id=3, status="scheduled", interview_date="2026-11-23"),
    ]
    seen = set()
    for step in range(0, 4 * 24 * 4):
        now = INVITED + timedelta(minutes=15 * step)
        for reminder in due_reminders(records, now, SETTINGS):
            seen.add(reminder.key.split(":")[1])
            by_id = {r.id: r for r in records}
            assert stale(reminder.key, by_id[record_of(reminder.key) or 0], now) is None, (reminder.key, now)
    assert seen == {"unscheduled", "deadline", "interview", "impressions"}


def test_a_deadline_reminder_goes_stale_when_the_deadline_passes() -> None:
    deadline = INVITED + timedelta(hours=48)
    rec = record(invited_at=None, respond_by=deadline)
    (reminder,) = due_reminders([rec], deadline - timedelta(hours=11), SETTINGS)
    assert stale(reminder.key, rec, deadline - timedelta(minutes=1)) is None
    assert stale(reminder.key, rec, deadline) == f"the deadline passed at {deadline.isoformat()}"


def test_a_deadline_reminder_goes_stale_when_the_record_is_scheduled_or_the_deadline_moves() -> None:
    deadline = INVITED + timedelta(hours=48)
    key = f"reminder:deadline:1:{deadline.isoformat()}"
    now = deadline - timedelta(hours=6)
    assert stale(key, record(respond_by=deadline, status="scheduled"), now) == "the record is scheduled now"
    moved = deadline + timedelta(days=2)
    assert stale(key, record(respond_by=moved), now) == f"the deadline changed to {moved.isoformat()}"
    # The same instant written in another zone is the same deadline.
    assert stale(key, record(respond_by=deadline.astimezone(NY)), now) is None


def test_an_interview_reminder_goes_stale_when_the_interview_starts_moves_or_is_cancelled() -> None:
    when = "2026-12-03T14:00:00+00:00"
    start = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    key = f"reminder:interview:1:{when}"
    rec = record(status="scheduled", interview_date=when)
    assert stale(key, rec, start - timedelta(minutes=1)) is None
    assert stale(key, rec, start) == f"the interview began at {start.astimezone(NY).isoformat()}"
    early = start - timedelta(hours=5)
    assert stale(key, record(status="cancelled", interview_date=when), early) == "the record is cancelled now"
    moved = record(status="scheduled", interview_date="2026-12-10T14:00:00+00:00")
    assert stale(key, moved, early) == "the interview date changed to 2026-12-10T14:00:00+00:00"


def test_an_impressions_reminder_goes_stale_after_its_evening() -> None:
    when = "2026-12-03T14:00:00+00:00"
    key = f"reminder:impressions:1:{when}"
    evening = datetime(2026, 12, 3, 19, 0, tzinfo=NY)
    done = record(status="completed", interview_date=when)
    assert stale(key, done, evening + timedelta(hours=11, minutes=59)) is None
    assert stale(key, done, evening + timedelta(hours=12)) is not None
    assert (
        stale(key, record(status="cancelled", interview_date=when), evening) == "the record is cancelled now"
    )


def test_an_unscheduled_reminder_goes_stale_once_scheduled_or_when_the_next_one_takes_over() -> None:
    first, last = "reminder:unscheduled:1:7200", "reminder:unscheduled:1:86400"
    rec = record()
    assert stale(first, rec, INVITED + timedelta(hours=23, minutes=59)) is None
    taken_over = stale(first, rec, INVITED + timedelta(hours=24))
    assert taken_over is not None and "next unscheduled reminder" in taken_over
    assert stale(last, rec, INVITED + timedelta(hours=47, minutes=59)) is None
    assert stale(last, rec, INVITED + timedelta(hours=48)) == "it is more than 24 hours late"
    scheduled = record(status="scheduled", interview_date="2026-12-03")
    assert stale(first, scheduled, INVITED + timedelta(hours=3)) == "the record is scheduled now"


def test_a_reminder_whose_record_is_gone_is_stale_and_other_notifications_never_are() -> None:
    assert stale("reminder:unscheduled:1:7200", None, INVITED) == "its record no longer exists"
    much_later = INVITED + timedelta(days=60)
    for key in ("alert:message:3", "summary:first-import:9", "digest:2026-11-20", "watchdog:down:1"):
        assert stale(key, record(status="rejected"), much_later) is None


def test_a_deadline_reminder_sent_late_counts_the_hours_left_from_when_it_is_sent() -> None:
    deadline = INVITED + timedelta(hours=48)
    (reminder,) = due_reminders(
        [record(invited_at=None, respond_by=deadline)], deadline - timedelta(hours=11), SETTINGS
    )
    assert reminder.payload["hours_left"] == 11
    late = as_of(reminder.key, reminder.payload, deadline - timedelta(hours=5, minutes=30))
    assert late == {**reminder.payload, "hours_left": 5}
    interview = "reminder:interview:1:2026-12-03"
    assert as_of(interview, {"program": "Mercy"}, deadline) == {"program": "Mercy"}


def test_no_reminder_to_schedule_once_the_deadline_has_passed() -> None:
    """"Schedule now" past the deadline sends the applicant to a closed door: the deadline has passed."""
    deadline = INVITED + timedelta(hours=12)
    rec = record(respond_by=deadline)
    assert "reminder:unscheduled:1:7200" in keys_at([rec], INVITED + timedelta(hours=2))
    assert keys_at([rec], INVITED + timedelta(hours=24)) == []
    first = "reminder:unscheduled:1:7200"
    assert stale(first, rec, deadline - timedelta(minutes=1)) is None
    assert stale(first, rec, deadline) == f"the deadline passed at {deadline.isoformat()}"
