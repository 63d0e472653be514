# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""After the invitation: a booked interview is scheduled, one that is near is a reminder, a day called
off, postponed or moved is a cancellation, and none of them is a new invitation."""

from __future__ import annotations

import pytest
from test_classification_helpers import judge, rules


def test_confirmation_reminder_and_cancellation():
    assert judge("Your interview on December 4 has been confirmed. See you then!").kind == "scheduled"
    assert (
        judge("Just a reminder: your interview is tomorrow at 9 AM. Zoom link: https://zoom.us/j/1").kind
        == "reminder"
    )
    assert judge("We regret that we must cancel your interview on December 4.").kind == "cancellation"
    assert (
        judge("We have received your request to withdraw and confirm your cancellation.").kind
        == "cancellation"
    )


# -- bookings --------------------------------------------------------------------------------------


def test_an_accepted_interview_is_a_booking():
    result = judge("You have accepted the interview with Ashgrove Medical Center on 12/14/2026.")
    assert result.kind == "scheduled", result.evidence
    assert result.interview_dates == ["2026-12-14"]


def test_looking_forward_to_interviewing_the_applicant_is_a_booking_not_an_invitation():
    result = judge(
        "Thank you for scheduling. We look forward to the opportunity to interview you on December 3.",
        subject="Confirmed",
    )
    assert result.kind == "scheduled", result.evidence


def test_locked_in_for_a_date_is_a_booking():
    result = judge("You're booked in for Jan 5. Agenda to follow.", subject="Re: dates")
    assert result.kind == "scheduled", result.evidence


def test_a_booked_selection_is_scheduled():
    result = rules(
        "Your selection is confirmed: Thursday, February 4, 9 AM to noon. Zoom details will follow.",
        subject="Birchwood Residency",
    )
    assert result.kind == "scheduled", result.evidence


# -- reminders -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "A quick note: your in-person interview with the Ashgrove Surgery team is next Thursday at 7:30.",
        "Friendly nudge - your Zoom interview begins in two days. Test your camera beforehand.",
    ],
)
def test_a_booked_interview_that_is_near_is_a_reminder(body):
    result = judge(body, subject="Coming up")
    assert result.kind == "reminder", result.evidence


def test_an_invitation_referred_back_to_in_a_reminder_is_no_new_invitation():
    result = judge(
        "Dear Jordan, thanks again for accepting our interview invitation. Here is the Zoom link for "
        "Tuesday: https://ashgrove.zoom.us/j/123456. Please join by 8:15 AM.",
        subject="Tuesday",
    )
    assert result.kind == "reminder", result.evidence


def test_instructions_before_the_interview_are_a_reminder():
    result = judge(
        "Ahead of your interview on Thursday, please upload a photo and read the attached program booklet.",
        subject="Thursday",
    )
    assert result.kind == "reminder", result.evidence


def test_travel_logistics_for_a_booked_visit_are_a_reminder():
    result = judge(
        "We have a hotel block at the Grand Inn for your visit on December 12. Please arrive by 7:15 AM; "
        "the resident dinner the night before is optional.",
        subject="Your visit",
    )
    assert result.kind == "reminder", result.evidence


def test_the_word_reminder_alone_does_not_make_an_interview_reminder():
    result = judge(
        "Reminder: MSPEs go to programs on Sept 24. Watch your inbox for interview invitations.",
        subject="MSPE reminder",
        sender="Student Affairs <affairs@school.edu>",
    )
    assert result.kind == "info", result.evidence


# -- cancellations ---------------------------------------------------------------------------------


def test_a_session_that_will_not_run_is_a_cancellation():
    result = judge(
        "Our February 3 visit session, which you booked, will not proceed because of a power outage. Please choose another.",
        subject="February 3",
        sender="Bayfield Surgery <surgery@bayfield.example.org>",
    )
    assert result.kind == "cancellation", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "We regret that we have to call off the interview day on January 5. A new date will follow.",
        "The February 2 recruitment day has been called off because of the storm; choose another date in the portal.",
    ],
)
def test_a_day_called_off_is_a_cancellation(body):
    result = rules(body, subject="Ashgrove Residency")
    assert result.kind == "cancellation", result.evidence


def test_picking_a_new_date_after_a_cancellation_is_no_new_offer():
    result = rules(
        "We have to cancel the January 8 session. Please pick a different date on the portal.",
        subject="Ashgrove Residency",
    )
    assert result.kind == "cancellation", result.evidence


def test_a_postponed_session_with_a_link_for_a_new_date_is_a_cancellation():
    body = (
        "Because of the power outage we have postponed Monday's virtual interview session. "
        "You will get a link to choose a replacement date."
    )
    result = rules(body, subject="Larchmont Family Medicine")
    assert result.kind == "cancellation", result.evidence


def test_a_decision_to_cancel_interview_days_is_a_cancellation():
    result = judge(
        "Because of the hospital's new travel policy, we have made the hard decision to cancel all on-site "
        "interviews in January. We will contact you with a virtual date.",
    )
    assert result.kind == "cancellation", result.evidence


def test_we_cancelled_your_interview_is_a_cancellation():
    result = judge(
        "Per your email, we've cancelled your interview on January 7. Take care!", subject="Re: Jan 7"
    )
    assert result.kind == "cancellation", result.evidence


def test_rescheduling_all_interviews_of_a_day_is_a_cancellation():
    result = judge(
        "We are rescheduling all interviews on January 4 because of a conference.", subject="Jan 4"
    )
    assert result.kind == "cancellation", result.evidence


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # a platform's bare "You are scheduled." with its day below
        ("Interview scheduled: UC Irvine Health - Anesthesiology",
         "Dear Noor Halvorsen,\n\nYou are scheduled. A calendar invitation is attached.\n\nDate: Wednesday, January 13, 2027\nTime: 7:00 AM - 12:00 PM Pacific"),
        # a coordinator who assigned the day she asked for
        ("Confirmed: Preliminary Surgery interview Tuesday, January 12",
         "Hello Noor,\n\nYou have been assigned your first choice: Tuesday, January 12, 2027, 9:00 AM - 12:00 PM (Arizona time). Zoom details will be sent the week of the interview."),
        # a short confirmation after a greeting, with a curly apostrophe or none
        ("RE: Northwell Neurology Residency Interview Invitation",
         "Hi Leila,\n\nConfirmed for Thursday, November 19 (virtual, 8:30 AM - 1:30 PM). Calendar invite attached.\n\nChristine"),
        ("RE: Interview Invitation - MGUH Internal Medicine",
         "Hi Leila,\n\nWonderful - you\u2019re confirmed for Monday, November 30. A Zoom calendar invitation is attached."),
    ],
)
def test_a_booking_in_a_platforms_or_a_coordinators_few_words_is_no_invitation(subject: str, text: str) -> None:
    result = judge(text, subject=subject)
    assert result.kind == "scheduled", result.evidence
