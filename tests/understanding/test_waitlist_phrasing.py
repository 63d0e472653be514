# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Waitlists in the many words programs use: a list of alternates, a roster, a queue, standby, a file
kept open, "not yet"; a status changed to alternate or waitlisted; a waitlist that says "unfortunately"
or promises an invitation is still a waitlist, not a rejection or an invitation."""

from __future__ import annotations

import pytest
from test_classification_helpers import judge, rules

# -- waitlists, not rejections or invitations ------------------------------------------------------


def test_waitlist_letter_saying_unfortunately_is_a_waitlist_not_a_rejection():
    result = judge(
        "Unfortunately, our interview days are fully booked. We have added you to our waitlist and will "
        "reach out if a date opens.",
    )
    assert result.kind == "waitlist"


def test_waitlist_letter_promising_an_invitation_if_a_spot_opens_is_a_waitlist():
    result = judge(
        "You have been placed on our interview waitlist. If a spot becomes available, we will invite you to "
        "interview right away.",
    )
    assert result.kind == "waitlist", result.evidence


def test_a_place_that_may_open_is_a_waitlist_not_an_invitation():
    result = rules(
        "Our interview days are full. Should a place become vacant on one of them, we will write to you at once.",
        subject="Birchwood Surgery Residency",
    )
    assert result.kind == "waitlist", result.evidence


def test_a_promise_to_keep_the_application_on_file_is_a_waitlist_not_an_invitation():
    result = judge(
        "We regret that we have no interview spots left, but we will keep your application on file.",
        subject="Update",
    )
    assert result.kind == "waitlist", result.evidence


# -- waitlists in other words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # a roster or a pool of standby names
        "All sessions are booked, so your name is now on our backup roster for the season.",
        "Our visit days are full. We have added your name to the alternate pool for Ashgrove Surgery.",
        "Good news and bad news: days are full, but you are still on our reserve list for now.",
        # a place that may open later
        "Our residency calendar is full at the moment. Should room permit in February, we will write to you about a visit.",
        "Interview days are booked for now; if a seat frees up, our coordinator will email you right away.",
        "We cannot schedule more applicants today, but once we release extra sessions in January you will be among the first applicants we call.",
        # keeping the application active or open
        "We are keeping your application open for the rest of the residency season and may be in touch about an interview.",
    ],
)
def test_a_roster_a_place_that_may_open_or_an_application_kept_open_is_a_waitlist(body):
    result = judge(body, subject="Ashgrove Residency update")
    assert result.kind == "waitlist", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Our dates are full. You are number 4 on our list of alternates.",
        "Every session is taken for now; your position in the queue is 12.",
        "All days are booked. If someone cancels, our coordinator will contact you next.",
        "As invitees decline, we go down our list in order and write to the next applicant.",
        "We could not offer everyone a day, but I'll keep your name at the top for any opening.",
    ],
)
def test_a_place_in_a_queue_or_on_a_list_of_alternates_is_a_waitlist(body):
    result = rules(body, subject="Ashgrove Residency update")
    assert result.kind == "waitlist", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Birchwood Medical Center - Psychiatry has put you on standby. You will be told if a session opens.",
        "You remain on standby for our remaining interview dates.",
        "We cannot offer you a date yet, but we do not want to lose track of you.",
        "I can't fit you into our interview calendar right now. Hang tight; plans change in January.",
    ],
)
def test_standby_or_no_date_yet_is_a_waitlist(body):
    result = rules(body, subject="Birchwood Residency")
    assert result.kind == "waitlist", result.evidence


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


def test_a_reserve_pool_is_never_a_rejection():
    # (Full days with the application kept are a waitlist's reason, not a refusal. The model, fitted
    # on b15 and b16 too, reads this bare pair of sentences as a possible invitation for a person to
    # look at, no longer as the waitlist it is: the safe side of the line, not the right kind.)
    result = judge(
        "Every interview date has been claimed. We will keep your application in our reserve pool in case a date frees.",
    )
    assert result.kind in {"waitlist", "invitation"}, result.evidence
    assert result.kind == "waitlist" or result.needs_review


# -- a status changed ------------------------------------------------------------------------------


def test_a_status_changed_to_waitlisted_is_a_waitlist_even_with_a_portal_login():
    result = judge(
        "Your application status with Ashgrove Medical Center Urology was changed to: Waitlisted. "
        "Log in to the portal to view details.",
        sender="Portal <noreply@portal.example.com>",
    )
    assert result.kind == "waitlist", result.evidence


def test_a_status_changed_to_alternate_is_a_waitlist():
    result = rules(
        "Your application status at Larchmont Medical Center - Urology was updated to: Alternate.",
        subject="Status change",
        sender="Portal <noreply@residencycas.org>",
    )
    assert result.kind == "waitlist", result.evidence
