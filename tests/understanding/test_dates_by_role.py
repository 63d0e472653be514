"""Dates by role: only interview days (offered or booked) are interview dates; the response deadline,
a social the evening before, a second look, the start of residency, the Match's dates, a day the
interview was moved from and days offered only on a condition are not. Runs of days ("January
11-14"), weekly days ("Tuesdays, November 10 through December 8", Thanksgiving week left out when
the mail says so) and a day only the calendar part gives are read. The mail is in
tests/data/mail/dates/."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from mail import load
from test_classification_helpers import APPLICANT, ET, eml

from tracker.understanding.classify import Classification, classify
from tracker.understanding.dates import DateMention, date_role, find_dates, named_days, weekday_deadline
from tracker.understanding.message import parse_message


def read(name: str) -> Classification:
    return classify(parse_message(load(f"dates/{name}.eml")), applicant=APPLICANT)


def test_socials_a_second_look_the_start_and_the_match_are_no_interview_days():
    result = read("invitation-with-socials-second-look-and-start")
    assert result.kind == "invitation"
    assert result.interview_dates == ["2026-12-08", "2026-12-15"]  # not the evenings, Feb 20, Mar 3, Jul 1
    assert result.respond_by == datetime(2026, 11, 6, 17, 0, tzinfo=UTC)  # noon Eastern, not the Match's
    shown = next(e for e in result.evidence if e.startswith("dates:"))
    assert "social 2026-12-07" in shown and "second look 2027-02-20" in shown and "start 2027-07-01" in shown


def test_a_run_of_days_is_every_day_and_a_time_before_the_deadline_counts():
    result = read("invitation-with-a-run-of-days-and-a-time-before-the-deadline")
    assert result.interview_dates == ["2027-01-11", "2027-01-12", "2027-01-13", "2027-01-14"]
    assert result.respond_by == datetime(2026, 10, 24, 0, 0, tzinfo=UTC)  # 5:00 PM Pacific on Friday


def test_weekly_interview_days_are_written_out_without_thanksgiving_week():
    result = read("invitation-on-weekly-days-except-thanksgiving")
    assert result.interview_dates == ["2026-11-10", "2026-11-17", "2026-12-01", "2026-12-08"]


def test_a_booking_moved_to_a_new_day_gives_only_that_day():
    result = read("booking-moved-from-one-day-to-another")
    assert result.kind in {"scheduled", "cancellation"}, result.evidence
    assert result.interview_dates == ["2027-01-15"]  # not the day it was moved from, nor the spare one


def test_a_booking_gives_its_day_not_the_last_day_to_change_it():
    result = read("booking-with-a-change-deadline-in-parentheses")
    assert (result.kind, result.interview_dates) == ("scheduled", ["2026-12-03"])


def test_a_waitlist_offers_no_day_it_names_only_on_a_condition():
    result = read("waitlist-naming-days-only-on-a-condition")
    assert (result.kind, result.interview_dates) == ("waitlist", [])


def test_a_day_only_the_calendar_part_gives_is_read():
    result = read("booking-whose-day-only-its-calendar-gives")
    assert result.kind == "scheduled"
    assert result.interview_dates == ["2027-01-12"]
    assert result.interview_at == datetime(2027, 1, 12, 13, 30, tzinfo=UTC)


def test_a_deadline_at_noon_and_a_time_written_before_its_date():
    reference = date(2026, 10, 29)
    [noon] = find_dates("Please reply with your date by Monday, November 2 at noon Eastern.", reference, ET)
    assert noon.deadline and noon.at == datetime(2026, 11, 2, 12, 0, tzinfo=ET)
    [late] = find_dates("Please select a date by 11:59 PM Central Time on Friday, November 6.", reference, ET)
    assert late.at is not None and (late.at.hour, late.at.minute, late.at.utcoffset()) == (
        23,
        59,
        datetime(2026, 11, 6, tzinfo=late.at.tzinfo).utcoffset(),
    )


def role(sentence: str) -> str:
    """The role of the one date in `sentence`."""
    [mention] = find_dates(sentence, date(2026, 11, 1), ET)
    return date_role(sentence, mention)


def test_the_role_of_a_date_is_read_from_what_is_said_around_it():
    assert role("Your interview is tomorrow, Thursday, January 14 (the one rescheduled).") == "booked"
    assert role("Your interview was rescheduled from January 7 to a later day.") == "earlier"
    assert role("Orientation begins on June 20, 2027 for all interns.") == "start"
    assert role("Should a seat open on December 9, we will write to you.") == "conditional"
    assert role("Join the residents for dinner on December 9.") == "social"
    assert role("Interviews are held on December 9.") == "interview"
    assert date_role(
        "x", DateMention(date(2026, 12, 9), datetime(2026, 12, 9, 19, tzinfo=ET), 0, 0, False)
    ) == ("social")


def test_more_days_of_a_month_just_named_are_read():
    reference = date(2026, 11, 1)

    def days(sentence: str) -> list[str]:
        return [mention.day.isoformat() for mention in find_dates(sentence, reference, ET)]

    assert days("Please reply with your preferred date: January 6, 13 or 20.") == [
        "2027-01-06",
        "2027-01-13",
        "2027-01-20",
    ]
    assert days("We interview on December 3, 10, and 17, 2026.") == ["2026-12-03", "2026-12-10", "2026-12-17"]
    assert days("Join us on December 3, 10:00 AM.") == ["2026-12-03"]  # a time, not a day
    assert days("We met on November 4, 12 residents and I.") == ["2026-11-04"]


def test_a_day_said_to_be_full_or_looked_back_on_is_no_interview_day():
    assert role("Our December 3 session is full.") == "full"
    assert role("December 3 (full)") == "full"
    assert role("December 10, 2026 available full") == "interview"  # a morning is still open
    assert role("You applied on September 24 through ERAS.") == "past"


def test_days_named_without_a_month_count_only_in_mail_that_dates_none():
    reference = date(2027, 1, 6)  # a Wednesday
    [tomorrow] = named_days("Just a reminder: your interview is tomorrow at 9 AM.", reference, ET)
    assert tomorrow.day == date(2027, 1, 7) and tomorrow.at == datetime(2027, 1, 7, 9, 0, tzinfo=ET)
    [the_12th] = named_days("Does Tuesday the 12th suit you?", reference, ET)
    assert the_12th.day == date(2027, 1, 12)
    result = classify(
        parse_message(
            eml("Just a reminder: your interview is tomorrow at 9 AM. Zoom link: https://zoom.us/j/1")
        ),
        applicant=APPLICANT,
    )
    assert (result.kind, result.interview_dates) == ("reminder", ["2026-11-11"])  # the mail is of Nov 10
    dated = classify(
        parse_message(eml("Your interview is on December 3. Hotel rooms can be booked tomorrow.")),
        applicant=APPLICANT,
    )
    assert dated.interview_dates == ["2026-12-03"]


def _days_and_roles(sentence: str) -> list[tuple[str, str]]:
    return [(m.day.isoformat(), date_role(sentence, m)) for m in find_dates(sentence, date(2026, 10, 19), ET)]


def test_ordinal_days_after_their_month_a_hangout_at_night_and_the_night_a_room_is_kept():
    assert _days_and_roles("We have two interview dates left in November - the 10th and the 17th.") == [
        ("2026-11-10", "interview"),
        ("2026-11-17", "interview"),
    ]
    hangout = "Our chiefs will host a virtual pre-interview hangout Monday night (11/16) at 7 PM."
    assert _days_and_roles(hangout) == [("2026-11-16", "social")]
    room = "Your room is reserved at the Kahler Grand Hotel for Wednesday, December 9 (one night)."
    assert _days_and_roles(room) == [("2026-12-09", "lodging")]


def test_a_deadline_in_pacific_standard_time_after_a_long_cue():
    sentence = (
        "We kindly ask that you schedule your interview no later than 9:00 a.m. Pacific Standard Time "
        "on Monday, November 2, 2026."
    )
    [mention] = find_dates(sentence, date(2026, 10, 20), ET)
    assert date_role(sentence, mention) == "deadline"
    assert mention.at == datetime(2026, 11, 2, 17, 0, tzinfo=UTC)


def test_a_day_of_the_month_alone_is_the_next_such_day():
    [mention] = named_days("Great - Thursday it is. See you in person on the 10th.", date(2026, 11, 20), ET)
    assert mention.day == date(2026, 12, 10)
    assert named_days("Take the elevator to the office on the 4th floor.", date(2026, 11, 20), ET) == []


def test_evenings_before_each_interview_day_nights_of_a_hotel_block_and_arizona_time():
    social = (
        "Our residents host an informal social the evening before each interview day (Wednesday, "
        "December 2; Wednesday, December 9; and Wednesday, January 6) at a local restaurant."
    )
    assert {role for _day, role in _days_and_roles(social)} == {"social"}
    arizona = "Kindly select a date by 5 p.m. Arizona time (MST) on Monday, November 2."
    [mention] = find_dates(arizona, date(2026, 10, 20), ET)
    assert date_role(arizona, mention) == "deadline"
    assert mention.at == datetime(2026, 11, 3, 0, 0, tzinfo=UTC)
    # In a letter, the nights of a hotel block share the first night's role, and the letter's own
    # date line is no interview day.
    letter = (
        "October 29, 2026\n\nDear Jordan,\n\nIt is my pleasure to invite you to interview. Interviews are on "
        "Thursday, December 3 and Thursday, December 10.\n\nWe have a discounted block at the Marriott "
        "for the nights of December 2, December 9 and January 6.\n"
    )
    sent = datetime(2026, 10, 29, 9, 30, tzinfo=ET)
    raw = eml(letter, subject="Invitation to Interview", sent=sent)
    result = classify(parse_message(raw), applicant=APPLICANT)
    assert result.interview_dates == ["2026-12-03", "2026-12-10"]


def test_a_row_of_a_table_gives_its_day_and_a_social_word_belongs_to_the_date_after_it():
    rows = (
        "Tuesday, December 8, 2026      social Mon, Dec 7 evening; hotel night of December 7 "
        "Tuesday, December 15, 2026     social Mon, Dec 14 evening; hotel night of December 14"
    )
    assert [day for day, role in _days_and_roles(rows) if role == "interview"] == ["2026-12-08", "2026-12-15"]
    assert "2026-12-07" not in [day for day, role in _days_and_roles(rows) if role == "interview"]


def test_days_under_a_month_heading_named_by_weekday_and_ordinal():
    rows = "December:  Tuesday, the 8th or Tuesday, the 15th January:   Tuesday, the 12th"
    assert _days_and_roles(rows) == [
        ("2026-12-08", "interview"),
        ("2026-12-15", "interview"),
        ("2027-01-12", "interview"),
    ]


def test_a_weekday_deadline_with_its_time_written_first_and_a_rank_list_due_is_no_deadline():
    sent = datetime(2026, 10, 19, 14, 31, tzinfo=UTC)
    chicago = ZoneInfo("America/Chicago")
    reserve = "Please reserve your interview day through our SignUpGenius page by 5 PM CT Friday."
    assert weekday_deadline(reserve, sent, chicago) == datetime(2026, 10, 23, 17, 0, tzinfo=chicago)
    friday = datetime(2026, 10, 23, 23, 59, tzinfo=chicago)
    assert weekday_deadline("Please reply by Friday.", sent, chicago) == friday
    assert _days_and_roles("Rank order lists are due March 3, 2027.") == [("2027-03-03", "match")]


def test_a_day_listed_before_the_month_it_shares_and_hawaii_time():
    listed = "Sessions: Tuesday, the 8th and Tuesday, the 15th of December, and Tuesday, the 12th of January."
    assert [day for day, _role in _days_and_roles(listed)] == ["2026-12-08", "2026-12-15", "2027-01-12"]
    hawaii = "Please submit your date preference by 4:00 p.m. HST on Friday, October 30."
    [mention] = find_dates(hawaii, date(2026, 10, 20), ET)
    assert date_role(hawaii, mention) == "deadline"
    assert mention.at == datetime(2026, 10, 31, 2, 0, tzinfo=UTC)


def test_days_listed_before_their_month_and_days_on_lines_under_a_month():
    listed = "We interview on Tuesday the 1st, Tuesday the 8th, or Tuesday the 15th of December."
    assert [day for day, _role in _days_and_roles(listed)] == ["2026-12-01", "2026-12-08", "2026-12-15"]
    body = (
        "Hi Jordan,\n\nWe would like to offer you an interview. All interviews are virtual. Open dates:\n"
        "November\n   Tuesday 17\n   Thursday 19\nDecember\n   Tuesday 8\n   Thursday 10\n"
        "Please reply with your first and second choice.\n"
    )
    message = parse_message(eml(body, subject="Internal Medicine Residency - Interview"))
    result = classify(message, applicant=APPLICANT)
    assert result.interview_dates == ["2026-11-17", "2026-11-19", "2026-12-08", "2026-12-10"]


def test_the_day_scheduling_opens_is_no_interview_day_and_the_deadline_after_it_still_counts():
    result = read("invitation-in-a-coordinated-release")
    assert result.kind == "invitation"
    assert result.interview_dates == ["2026-12-10", "2027-01-07"]  # not November 18
    assert result.respond_by == datetime(2026, 11, 20, 17, 0, tzinfo=UTC)  # noon Eastern


def test_a_waitlist_for_days_all_full_names_those_days():
    result = read("waitlist-for-days-all-full")
    assert (result.kind, result.interview_dates) == ("waitlist", ["2026-12-02", "2026-12-16", "2027-01-13"])


def test_a_cancellation_is_about_the_day_called_off_not_the_days_it_offers_instead():
    result = read("cancellation-offering-other-days")
    assert (result.kind, result.interview_dates) == ("cancellation", ["2027-01-22"])


def test_orientation_and_rotations_starting_are_the_start_of_residency():
    assert role("Our PGY-1 class will begin orientation on Monday, June 21, 2027.") == "start"
    assert role("Residents start orientation on Monday, June 21, 2027.") == "start"
    assert role("Intern orientation: June 21, 2027") == "start"
    assert role("We must cancel your interview on Friday, January 22.") == "cancelled"
    assert role("Interviews are held on December 9; you may cancel by email.") == "interview"
