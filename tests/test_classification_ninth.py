# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""The general causes behind the eighth and ninth batches' misses, each in wording of its own (not
the holdout's): rejections and waitlists in other words, pooled new dates, a booked interview that is
near, sessions that will not run, advice about invitations, and everyday unrelated mail."""

from __future__ import annotations

import pytest
from test_classification_helpers import APPLICANT, judge, parsed

from tracker.understanding.classify import classify

# -- rejections in other words -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "After a close reading of every file, we are unable to progress your application this season.",
        "We regret that we won't be able to advance your candidacy for the PGY-1 year.",
        "The Ashgrove Neurology program has closed your application and will not review it further.",
        "Our committee is no longer considering your application for this Match cycle.",
        "Having filled our calendar, we are no longer able to consider your candidacy.",
    ],
)
def test_explicit_rejections_in_other_words_are_rejections(body):
    result = judge(body, subject="Ashgrove Neurology Residency")
    assert result.kind == "rejection", result.evidence


def test_no_longer_considering_a_date_is_no_rejection():
    # "no longer considering" needs the application or the applicant as its object
    result = judge(
        "We are no longer considering Saturday sessions, so every interview day is on a weekday.",
        subject="Ashgrove Residency interview season",
    )
    assert result.kind != "rejection", result.evidence


# -- waitlists in other words --------------------------------------------------------------------


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
def test_waitlists_in_other_words_are_waitlists(body):
    result = judge(body, subject="Ashgrove Residency update")
    assert result.kind == "waitlist", result.evidence


def test_an_invitation_that_mentions_a_later_opening_stays_an_invitation():
    result = judge(
        "We are delighted to invite you to interview on January 12. If an earlier date opens up, we will let you know.",
        subject="Ashgrove Pediatrics Residency",
    )
    assert result.kind == "invitation", result.evidence


# -- pooled new dates are invitations ------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "You are on the waitlist for Ashgrove Psychiatry. Additional interview days have been posted; first come, first served.",
        "Hello from the waiting list team: three more slots have just been added for waitlisted applicants at Ashgrove Surgery. Sign in to grab one.",
        "As a waitlisted applicant for Ashgrove Urology, note that spots can now be booked on the portal.",
    ],
)
def test_new_dates_released_to_the_waitlist_are_invitations(body):
    result = judge(body, subject="Ashgrove update")
    assert result.kind == "invitation", result.evidence


# -- a booked interview that is near -------------------------------------------------------------


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


def test_your_interview_with_an_adjective_is_no_weak_invitation():
    # "your hybrid interview" is one already booked, as "your interview" is
    result = judge(
        "Parking passes for your hybrid interview day are at the front desk.", subject="Ashgrove Residency"
    )
    assert result.kind != "invitation", result.evidence


# -- sessions that will not run ------------------------------------------------------------------


def test_a_session_that_will_not_run_is_a_cancellation():
    result = judge(
        "Our February 3 visit session, which you booked, will not proceed because of a power outage. Please choose another.",
        subject="February 3",
        sender="Bayfield Surgery <surgery@bayfield.example.org>",
    )
    assert result.kind == "cancellation", result.evidence


# -- advice about invitations in general ---------------------------------------------------------


def test_advice_about_interview_invites_in_general_is_no_invitation():
    result = judge(
        "How to handle interview invites: reply fast, keep a calendar, and never hold more dates than you need.",
        subject="Match tips for fourth-years",
        sender="Student Doctor Weekly <editor@sdweekly.example.org>",
    )
    assert result.kind == "info", result.evidence


def test_a_count_of_new_interview_invites_on_a_platform_is_an_invitation():
    result = judge(
        "You have 2 new interview invites waiting on your dashboard.",
        subject="Updates",
        sender="Portal <alerts@portal.example.com>",
    )
    assert result.kind == "invitation", result.evidence


def test_everyone_who_has_been_invited_is_about_others():
    result = judge(
        "Everyone who has been invited to interview is welcome at our resident trivia night on the 4th.",
        subject="Ashgrove EM residents",
    )
    assert result.kind != "invitation", result.evidence


# -- everyday unrelated mail ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        # a parcel whose contents sound like residency
        (
            "Your parcel containing the residency interview portfolio binder is out for delivery today.",
            "On its way",
            "Parcelly <updates@parcelly.example.com>",
        ),
        (
            "Tracking number 88-1234: your shipment of scrubs arrives Thursday.",
            "Shipment update",
            "Scrubs Co <orders@scrubs.example.com>",
        ),
        # a social or job network
        (
            "12 people viewed your profile this week, including residency program recruiters.",
            "Your week",
            "Network <messages-noreply@network.example.com>",
        ),
        (
            "Job alert: 5 new hospitalist jobs you may be interested in.",
            "Jobs for you",
            "Jobsite <alerts@jobsite.example.com>",
        ),
        # bulk mail whose only residency-like word is an everyday one
        (
            "This week: our podcast interview with a chef, and a match of the season. Unsubscribe at any time.",
            "Weekend reading",
            "Culture Letter <hello@culture.example.com>",
        ),
        (
            "Your application for the rewards card is approved. Please do not reply to this message.",
            "Welcome",
            "Store Card <no-reply@store.example.com>",
        ),
    ],
)
def test_everyday_mail_is_other(body, subject, sender):
    result = judge(body, subject=subject, sender=sender)
    assert result.kind == "other", result.evidence


def test_a_program_notice_from_a_no_reply_sender_is_still_info():
    # bulk markers only discount everyday words: "residency" still places the mail
    result = judge(
        "Our residency applicant portal will be closed for maintenance this weekend. Please do not reply.",
        subject="Portal notice",
        sender="Ashgrove GME <no-reply@ashgrove.example.org>",
    )
    assert result.kind == "info", result.evidence


def test_a_bulk_platform_notice_about_an_application_is_still_info():
    # an application system's own domain is no everyday sender (the rules alone: the net may still
    # ask for a second look)
    message = parsed(
        "Your application documents were received. Manage notification settings in your account.",
        subject="Documents received",
        sender="Thalamus <no-reply@thalamusgme.com>",
    )
    result = classify(message, applicant=APPLICANT, net=False)
    assert result.kind == "info", result.evidence
