# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Real-world phrasing of every kind side by side, and a kind's word in a list of kinds (advice
about offers, waitlists and regrets) that is evidence of none of them."""

from __future__ import annotations

import pytest
from test_classification_helpers import judge


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "After careful review of your application, we are pleased to invite you to interview at Brookfield University.",
            "invitation",
        ),
        (
            "We would like to extend an invitation for you to interview with our Family Medicine program.",
            "invitation",
        ),
        ("Don't miss out - schedule your interview today with Brookfield University!", "invitation"),
        ("Don't forget to schedule your interview with Brookfield University.", "invitation"),
        (
            "Reminder: you have not yet scheduled your interview with Brookfield University. Please choose a date.",
            "invitation",
        ),
        (
            "Congratulations! You're invited to interview with the Brookfield University Pediatrics program.",
            "invitation",
        ),
        (
            "Interview invitations for our program have all been sent; applicants who have not received one will not receive an interview this year.",
            "rejection",
        ),
        ("Regretfully, we are unable to move forward with your candidacy.", "rejection"),
        (
            "Your application has been reviewed; at this time, you have not been selected for an interview.",
            "rejection",
        ),
        ("We regret to inform you that we will be unable to extend an interview offer.", "rejection"),
        (
            "You are on our alternate list for interview dates and we will contact you if a date opens.",
            "waitlist",
        ),
        (
            "You're all set! Your interview with Brookfield University has been scheduled for December 3.",
            "scheduled",
        ),
        ("Your interview is in 3 days. Here is the Zoom meeting ID and passcode.", "reminder"),
        # moved to a day it names: still booked (as a cancellation the record would read cancelled)
        ("Your interview has been rescheduled to January 12.", "scheduled"),
        ("We have received your withdrawal from the interview season. Best of luck.", "cancellation"),
        ("We invite all interviewees to a virtual happy hour with our residents on Thursday.", "info"),
        ("Brookfield University has invited you to schedule an interview.", "invitation"),
        ("Our faculty would like to interview you for the Neurology residency.", "invitation"),
        ("Please let us know whether you would like to interview with us in December.", "invitation"),
        ("We are now scheduling interviews and hope to include you.", "invitation"),
        ("We have completed our selection and you were not among those selected to interview.", "rejection"),
        ("Your application will not be considered further this season.", "rejection"),
        ("Unfortunately we have to cancel the interview day scheduled for Dec 3.", "cancellation"),
        ("You're all set for December 3! Parking details will follow.", "scheduled"),
        ("Due to the winter storm, all interviews on January 12 are postponed.", "cancellation"),
        (
            "Your interview invitation from Cedar Valley Health has expired because no date was selected.",
            "cancellation",
        ),
        ("Hi Jordan - we have a few interview spots left in January. Would you like one? Sam", "invitation"),
        ("Cedar Valley Health has sent you an interview invitation via Rezrate.", "invitation"),
        ("Our program director would like to meet with you for an interview.", "invitation"),
        ("You are receiving this email because you have been offered an interview with us.", "invitation"),
        ("We would like to schedule you for an interview.", "invitation"),
        ("Please RSVP by Nov 20 for the virtual interview day.", "invitation"),
        ("Reply with your top three date choices for your interview.", "invitation"),
        ("Thank you for applying. We will begin sending interview invitations in October.", "info"),
        (
            "Interview invitations have been sent out. If you did not receive one, you remain under consideration.",
            "info",
        ),
        ("Tips for your upcoming interview season: dress, questions to ask, and thank-you notes.", "info"),
        (
            "The program has filled its interview schedule and will not be extending further invitations.",
            "rejection",
        ),
        ("Your application status has been updated to: Not Invited.", "rejection"),
        ("We are sorry to let you know that we cannot invite you for an interview this year.", "rejection"),
        ("We can no longer offer you an interview as all slots are full.", "rejection"),
        ("If we are unable to offer you an interview by December, we will let you know.", "info"),
        ("Thank you for interviewing with us. We are not able to provide interview feedback.", "info"),
        (
            "We are pleased to invite you to interview. Please do not schedule more than one interview date.",
            "invitation",
        ),
        (
            "You are currently on hold for interview consideration. We will update you in December.",
            "waitlist",
        ),
        ("Your interview date of December 8 has been reserved.", "scheduled"),
        ("Your interview starts in 24 hours. Join here: https://zoom.us/j/123", "reminder"),
        # a day moved by the program is still a booking, on the new day (issue 10: "a reschedule keeps
        # the record scheduled with the new date"; the labelled batches read it so too)
        (
            "Due to unforeseen circumstances, we must move your interview from December 8 to December 15.",
            "scheduled",
        ),
        ("As requested, we have withdrawn your application from consideration.", "cancellation"),
        ("You have declined the interview invitation from Brookfield University.", "cancellation"),
        (
            "Unfortunately we had to change our format to virtual; your invitation to interview stands.",
            "invitation",
        ),
    ],
)
def test_real_world_phrasing(body, kind):
    result = judge(body)
    assert result.kind == kind, result.evidence


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("You're scheduled! Ashgrove Medical Center - Neurology, Monday, December 14, 2026.", "scheduled"),
        ("Our days are full, but you remain on our list of alternates.", "waitlist"),
        ("Regrettably, we are unable to include you in this year's interview schedule.", "rejection"),
    ],
)
def test_scheduled_alternates_and_unable_to_include_you_are_their_kinds(body, kind):
    result = judge(body, subject="Ashgrove")
    assert result.kind == kind, result.evidence


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Sorry: the March 2 interview day will not go ahead. We will offer you another date.",
            "cancellation",
        ),
        ("Your application for an interview with our Surgery program was not successful.", "rejection"),
        ("We have your RSVP for the interview day on Jan 9, and your seat is reserved.", "scheduled"),
        ("Our spots are full; we added your name to our backup list in case dates open.", "waitlist"),
    ],
)
def test_not_going_ahead_not_successful_seat_reserved_and_backup_list_are_their_kinds(body, kind):
    result = judge(body, subject="Ashgrove")
    assert result.kind == kind, result.evidence


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We are unable to move your application forward this year. Best wishes.", "rejection"),
        ("Thanks for picking Tuesday, January 5 - you're on our calendar.", "scheduled"),
        ("Our applicant guide explains what an interview day looks like and how you can prepare.", "info"),
    ],
)
def test_cannot_move_forward_on_our_calendar_and_a_guide_are_their_kinds(body, kind):
    result = judge(body, subject="Ashgrove")
    assert result.kind == kind, result.evidence


def test_a_kinds_word_in_a_list_of_kinds_is_no_evidence_of_that_kind():
    body = "Track each interview offer, waitlist and regret in one sheet, and cancellations too."
    assert judge(body, subject="Advising office").kind == "info"
    assert judge("You are on our waitlist for now.", subject="Ashgrove Residency").kind == "waitlist"
