# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""A portal's notice that carries a program's message under a "From: / Sent:" block is read with the
message (it is no reply quoting an earlier mail), and details of dates: a range of times with its
am/pm at the end, list bullets that are no range, a deadline "by noon Eastern tomorrow (Friday
11/13)", the day residents start, and the day a carried message was sent."""

from __future__ import annotations

from datetime import UTC, date, datetime

from test_classification_helpers import ET, eml, judge

from tracker.understanding.dates import date_role, find_dates, weekly_series
from tracker.understanding.extraction import message_view
from tracker.understanding.message import parse_message

MYERAS = "MyERAS <myeras-noreply@aamc.org>"
CARRIED_REJECTION = (
    "You have received a new message in the MyERAS Post Office.\n\n"
    "From: University of California (San Francisco) Program - Psychiatry\nSent: 11/13/2026\n\n-----\n"
    "Dear Applicant,\n\nThank you for applying to the UCSF Psychiatry Residency Training Program. We have completed our review of "
    "applications, and we regret that we are not able to invite you for an interview this year.\n\n"
    "UCSF Department of Psychiatry and Behavioral Sciences\n-----\n\n"
    "To view this message, sign in to MyERAS: https://myeras.aamc.org\n"
)
CARRIED_INVITATION = (
    "The following message was sent to you through the ERAS Post Office.\n\n"
    "From: CoxHealth Family Medicine Residency (Program ID 1202811XXX)\nSent: 11/02/2026 3:41 PM CT\n\n"
    "Dear Jordan,\n\nWe appreciate your application to the CoxHealth Family Medicine Residency in Springfield, Missouri. "
    "We want to meet you! Our in-person interview days this season are Monday 12/7, Monday 12/14, and Monday 1/11/2027.\n\n"
    "Reply to fmresidency@coxhealth.com with the date that works best and we will send details.\n\nCoxHealth FMR Team\n"
)


def test_a_portal_notice_carrying_a_message_is_read_with_the_message():
    view = message_view(parse_message(eml(CARRIED_REJECTION, subject="", sender=MYERAS)))
    assert "not able to invite you for an interview" in view.text
    assert view.quoted == ""
    assert judge(CARRIED_REJECTION, subject="", sender=MYERAS).kind == "rejection"
    invitation = judge(
        CARRIED_INVITATION, subject="", sender=MYERAS, sent=datetime(2026, 11, 2, 16, 41, tzinfo=ET)
    )
    assert invitation.kind == "invitation", invitation.evidence
    # the carried message's "Sent:" day is no interview day
    assert invitation.interview_dates == ["2026-12-07", "2026-12-14", "2027-01-11"]


def test_a_notice_of_the_following_message_in_your_post_office_carries_it_too():
    notice = (
        "You have received the following message in your MyERAS Post Office.\n\n"
        "From:    Larchmont Health - Neurology\nSent:    11/19/2026 06:30 PM ET\n\n-----\n"
        "Dear Applicant,\n\nThank you for applying to the Neurology Residency Program at Larchmont Health. "
        "We regret to inform you that we are not able to offer you an interview.\n\nSelection Committee\n-----\n"
    )
    assert "not able to offer you an interview" in message_view(parse_message(eml(notice, subject=""))).text
    assert judge(notice, subject="", sender=MYERAS).kind == "rejection"


def test_a_reply_quoting_an_earlier_mail_still_reads_only_its_new_part():
    body = (
        "Hi Jordan,\n\nThank you for letting us know. We have removed you from our interview list.\n\nJasmine\n\n"
        "From: Jordan Lee <jordan.lee.match2027@gmail.com>\nSent: Sunday, October 25, 2026 7:40 PM\n\n"
        "Dear Ms. Reyes, I have received a new message about another interview and must decline."
    )
    view = message_view(parse_message(eml(body, subject="RE: Interview Invitation")))
    assert "must decline" not in view.text and "must decline" in view.quoted


def _roles(sentence: str, reference: date = date(2026, 10, 16)) -> list[tuple[str, str]]:
    mentions = weekly_series(sentence, find_dates(sentence, reference, ET))
    return [(m.day.isoformat(), date_role(sentence, m)) for m in mentions]


def test_an_evening_given_as_a_range_of_times_is_a_social_not_an_interview_day():
    assert _roles("Friday, November 13 Thursday, November 12, 6:00–7:00 pm PT") == [
        ("2026-11-13", "interview"),
        ("2026-11-12", "social"),
    ]
    # "11:00–1:00 pm" starts in the morning
    [mention] = find_dates("Monday, November 16, 11:00–1:00 pm", date(2026, 10, 16), ET)
    assert mention.at is not None and mention.at.hour == 11


def test_dashes_that_open_list_items_are_no_range_of_weeks():
    sentence = "Our interviews will be virtual on the following Mondays: - Monday, November 30, 2026 - Monday, December 14, 2026"
    assert [day for day, _role in _roles(sentence)] == ["2026-11-30", "2026-12-14"]
    weekly = "We interview on Mondays, November 30 - December 14."
    assert [day for day, _role in _roles(weekly)] == ["2026-11-30", "2026-12-07", "2026-12-14"]


def test_a_deadline_at_noon_tomorrow_with_its_day_in_parentheses():
    body = (
        "Good news - a spot just opened on our Thursday, November 19 in-person interview day, and you're next on our list. "
        "Would you like it?\n\nI need to hear back by noon Eastern tomorrow (Friday 11/13). If I don't hear from you by then "
        "I'll offer the spot to the next applicant."
    )
    result = judge(
        body, subject="ChristianaCare EM - Interview Waitlist", sent=datetime(2026, 11, 12, 15, 31, tzinfo=ET)
    )
    assert result.interview_dates == ["2026-11-19"]
    assert result.respond_by == datetime(2026, 11, 13, 17, 0, tzinfo=UTC)


def test_the_day_residents_start_is_no_interview_day():
    assert _roles("Residents start July 1, 2027 with orientation in late June.", date(2026, 12, 3)) == [
        ("2027-07-01", "start")
    ]
    assert _roles("The TY year begins with orientation on June 21, 2027.", date(2026, 11, 6)) == [
        ("2027-06-21", "start")
    ]
