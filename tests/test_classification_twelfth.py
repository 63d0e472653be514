# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""The general causes behind the twelfth batch's misses, each in wording of its own (not the holdout's):
a calendar request under a one-line body; a visit offered in everyday words and one day asked as a
question; a copy of an earlier mail below a divider line; rejections that name what is left to offer
or count the applicant among many; a waitlist that is "not yet"; a status changed to alternate; a
postponed session; auto-replies; invitations spoken of in general by a platform or an adviser."""

from __future__ import annotations

import pytest
from test_classification_helpers import APPLICANT, parsed

from tracker.understanding.classify import Classification, classify
from tracker.understanding.extraction import strip_quoted
from tracker.understanding.programs import detect_program
from tracker.understanding.signals import calendar_request


def rules(body: str, **kwargs: object) -> Classification:
    """The phrase rules alone (the net switched off): what these tests are about."""
    return classify(parsed(body, **kwargs), applicant=APPLICANT, net=False)


def decided(result: Classification) -> bool:
    return not any(e.startswith("weak invitation evidence") for e in result.evidence)


def ics(method: str, summary: str, *, attendee: str = "PARTSTAT=NEEDS-ACTION;RSVP=TRUE") -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Test//EN",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            "UID:abc-123@example-health.org",
            "DTSTAMP:20261110T140000Z",
            "DTSTART:20270203T140000Z",
            "DTEND:20270203T200000Z",
            f"SUMMARY:{summary}",
            f"ATTENDEE;{attendee}:mailto:{APPLICANT.email}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


# -- a calendar request ---------------------------------------------------------------------------


def test_a_calendar_request_to_an_interview_awaiting_an_answer_is_an_invitation_under_a_bare_body():
    result = rules(
        "See attached; tell us if the time is no good.",
        subject="Feb 3",
        sender="Larchmont Psychiatry <psychres@larchmont.org>",
        calendar=ics("REQUEST", "Psychiatry residency interview - Larchmont"),
    )
    assert result.kind == "invitation", result.evidence
    assert any("calendar request" in e for e in result.evidence)


def test_a_calendar_request_that_asks_nothing_or_is_no_interview_is_no_invitation_evidence():
    assert calendar_request([ics("REQUEST", "Residency interview", attendee="PARTSTAT=ACCEPTED")]) is None
    assert calendar_request([ics("REQUEST", "Dentist cleaning")]) is None
    assert calendar_request([ics("PUBLISH", "Residency interview")]) is None
    assert calendar_request([ics("REQUEST", "Residency interview")]) is not None


def test_a_booking_confirmed_in_words_stays_scheduled_beside_its_calendar_request():
    result = rules(
        "Your interview on February 3 is confirmed. The calendar entry is attached.",
        subject="Larchmont Psychiatry",
        sender="Larchmont Psychiatry <psychres@larchmont.org>",
        calendar=ics("REQUEST", "Psychiatry residency interview - Larchmont"),
    )
    assert result.kind == "scheduled", result.evidence


# -- invitations in everyday words ----------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "We would really like to bring you out to see us this winter, Jordan. The residents are keen.",
        "Hoping to have you over to our campus for a day in February. Thoughts?",
        "Good news from the committee. Does February 9 work for you?",
        "We'd like to meet you. Tuesday the 16th suit you?",
    ],
)
def test_a_visit_offered_in_everyday_words_or_one_day_asked_is_an_invitation(body):
    result = rules(body, subject="Larchmont Internal Medicine")
    assert result.kind == "invitation", result.evidence
    assert decided(result), result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "this weekend",
            "We'd love to have you over there for a barbecue. Saturday work?",
            "Pat <pat.k@gmail.com>",
        ),
        ("drinks", "Does Friday work for drinks after your shift?", "Lee <lee.r@yahoo.com>"),
    ],
)
def test_everyday_visits_and_days_asked_are_no_invitation(subject, body, sender):
    assert rules(body, subject=subject, sender=sender).kind != "invitation"


# -- structure: a copy of an earlier mail below a divider ------------------------------------------


def test_a_copy_of_an_earlier_mail_below_a_divider_line_is_not_read():
    text = "You picked March 2.\n\n=== Original message ===\nWe are pleased to invite you to interview.\n"
    assert strip_quoted(text).strip() == "You picked March 2."
    # a divider that heads a section of the letter itself is kept
    text = "We invite you to interview.\n\n---- Dates ----\nMarch 2, March 9\n"
    assert "March 9" in strip_quoted(text)


def test_a_confirmation_repeating_the_invitation_below_it_is_scheduled():
    body = (
        "You have signed up for March 2, 2027 (virtual).\n\n"
        "***** The invitation *****\n"
        "We are pleased to invite you to interview with Larchmont Surgery. Please select one of the dates.\n"
    )
    result = rules(body, subject="Booking confirmation", sender="Thalamus <noreply@thalamusgme.com>")
    assert result.kind == "scheduled", result.evidence


# -- rejections -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Our calendar is complete and we don't have an interview spot left for you this year.",
        "With 1,400 applicants and eight days, we are unable to invite most of them, including you, this cycle.",
        "Sadly we had already filled all of our remaining dates when your answer came in; we do not have a place for you.",
    ],
)
def test_rejections_that_name_what_is_left_or_count_you_among_many_are_rejections(body):
    result = rules(body, subject="Larchmont Neurology Residency")
    assert result.kind == "rejection", result.evidence


def test_a_rejection_above_a_quoted_invitation_is_decided_by_its_new_part():
    body = (
        "Jordan, apologies: we no longer have a date to offer you; the last ones went yesterday.\n\n"
        "On Mon, Nov 9, 2026 at 9:00 AM Larchmont Surgery wrote:\n"
        "> We are delighted to invite you to interview. Reply with your date.\n"
    )
    result = rules(body, subject="Re: Interview invitation", sender="Larchmont Surgery <gs@larchmont.org>")
    assert result.kind == "rejection", result.evidence


# -- waitlists ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "I wish we could give you a date at this point. I'm keeping your name in front of the committee.",
        "Every session is taken. We are holding your file open and will write the moment that changes.",
    ],
)
def test_not_yet_in_a_program_directors_words_is_a_waitlist(body):
    result = rules(body, subject="Larchmont Pediatrics Residency")
    assert result.kind == "waitlist", result.evidence


def test_a_status_changed_to_alternate_is_a_waitlist():
    result = rules(
        "Your application status at Larchmont Medical Center - Urology was updated to: Alternate.",
        subject="Status change",
        sender="Portal <noreply@residencycas.org>",
    )
    assert result.kind == "waitlist", result.evidence


# -- cancellations --------------------------------------------------------------------------------


def test_a_postponed_session_with_a_link_for_a_new_date_is_a_cancellation():
    body = (
        "Because of the power outage we have postponed Monday's virtual interview session. "
        "You will get a link to choose a replacement date."
    )
    result = rules(body, subject="Larchmont Family Medicine")
    assert result.kind == "cancellation", result.evidence


# -- info -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Out of Office: interview scheduling",
            "I'm away from email until January 4. For interview questions write to gme@larchmont.org.",
        ),
        (
            "Re: interview dates",
            "I am currently on annual leave through Friday and will reply to your interview question when back.",
        ),
    ],
)
def test_an_auto_reply_is_info_and_the_net_does_not_flag_it(subject, body):
    sender = "Dana Whit <dwhit@larchmont.org>"
    assert rules(body, subject=subject, sender=sender).kind == "info"
    result = classify(parsed(body, subject=subject, sender=sender), applicant=APPLICANT)
    assert result.kind == "info", result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "It's invitation season",
            "Residency programs nationwide have started inviting applicants. Sign in to check for interview news.",
            "ERAS <news@aamc.org>",
        ),
        (
            "Steps to take after an interview invitation",
            "Interview invitations keep rolling in this month. Answer quickly and track every date.",
            "Career Office <careers@larchmontmed.edu>",
        ),
    ],
)
def test_mail_about_invitations_in_general_is_info(subject, body, sender):
    result = rules(body, subject=subject, sender=sender)
    assert result.kind == "info", result.evidence


# -- structure: a reply's subject -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        ("Re: You're invited to interview", "rejection"),
        ("RE: Invitation to interview - Larchmont", "rejection"),
    ],
)
def test_a_replys_subject_does_not_outweigh_what_the_new_part_says(subject, kind):
    body = (
        "Hi Jordan, I'm sorry: all of our interview dates have now been filled.\n\n"
        "On Mon, Nov 9, 2026 at 9:00 AM Larchmont Surgery wrote:\n> We invite you to interview.\n"
    )
    result = rules(body, subject=subject, sender="Larchmont Surgery <gs@larchmont.org>")
    assert result.kind == kind, result.evidence
    assert any(e.startswith("a reply: its subject's invitation") for e in result.evidence)


def test_a_subject_that_is_no_reply_still_counts_beside_the_body():
    body = "Hi Jordan, I'm sorry: all of our interview dates have now been filled."
    result = rules(body, subject="You're invited to interview", sender="Larchmont Surgery <gs@larchmont.org>")
    assert result.kind == "invitation", result.evidence


def test_a_reply_whose_new_part_has_nothing_decided_keeps_its_subject():
    result = rules(
        "Here you go: Feb 3 and Feb 10 are open.",
        subject="Re: Interview invitation",
        sender="Larchmont Surgery <gs@larchmont.org>",
    )
    assert result.kind == "invitation", result.evidence


# -- programs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "program"),
    [
        (
            "Thank you for your interest in the Psychiatry programme at Kelso General. Our diary is full.",
            "Kelso General",
        ),
        ("We are pleased to invite you to interview at Brookmere General.", "Brookmere General"),
        (
            "The General Surgery residency at Brookmere Hospital invites you to interview.",
            "Brookmere Hospital",
        ),
    ],
)
def test_a_general_hospital_and_a_programme_name_the_program(text, program):
    assert detect_program("Residency", text) == program


def test_a_reminder_with_a_calendar_request_stays_a_reminder():
    result = rules(
        "Your itinerary for the day is below. Breakfast at 7:30, tours at 11.",
        subject="Larchmont Psychiatry",
        sender="Larchmont Psychiatry <psychres@larchmont.org>",
        calendar=ics("REQUEST", "Psychiatry residency interview - Larchmont"),
    )
    assert result.kind == "reminder", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "We don't have a parking place for you to use on campus, so take the shuttle from the lot.",
        "We do not have a date for you yet, but you remain on our interview waitlist.",
    ],
)
def test_nothing_for_you_in_logistics_or_not_yet_is_no_rejection(body):
    assert rules(body, subject="Larchmont Surgery Residency").kind != "rejection"
