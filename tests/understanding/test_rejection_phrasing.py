# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Rejections in the many words programs use, and what is no rejection: "unfortunately" alone, a date
no longer considered, travel not paid for, nothing for you in logistics or not yet."""

from __future__ import annotations

import pytest
from test_classification_helpers import judge, rules

# -- rejections ------------------------------------------------------------------------------------


def test_rejection_congratulating_accomplishments_is_a_rejection():
    result = judge(
        "Congratulations on your accomplishments so far. After careful consideration we will not be able to "
        "offer you an interview this season.",
    )
    assert result.kind == "rejection"
    assert any("rejection" in e for e in result.evidence)


def test_rejection_in_the_erAS_post_office_without_a_subject():
    result = judge(
        "The program has elected not to move forward with your application at this time.",
        subject="",
        sender="ERAS Post Office <erasmessages@aamc.org>",
    )
    assert result.kind == "rejection"
    assert result.platform == "eras"


@pytest.mark.parametrize(
    "body",
    [
        "We are not able to offer you a place in our interview pool this year.",
        "Sadly we will not be able to interview you this cycle. Best of luck in the Match.",
        "I'm sorry to say we can't bring you in for an interview this season.",
    ],
)
def test_explicit_rejections_without_the_words_interview_invitation(body):
    result = judge(body, subject="Your application")
    assert result.kind == "rejection", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "The selection committee made the decision not to extend you an interview this cycle.",
        "We have filled the interview schedule for this season and regret that there is no place for you.",
        "We will not be moving forward with an interview for your application this year.",
    ],
)
def test_no_interview_extended_or_no_place_left_is_a_rejection(body):
    result = judge(body, subject="Application decision")
    assert result.kind == "rejection", result.evidence


def test_a_negated_invitation_to_interview_is_a_rejection():
    result = judge(
        "We regret that we cannot invite you to interview with our program this year.", subject="Update"
    )
    assert result.kind == "rejection", result.evidence


def test_not_advancing_to_the_interview_stage_is_a_rejection():
    result = judge(
        "Your application will not progress to the interview stage this cycle.", subject="Decision"
    )
    assert result.kind == "rejection", result.evidence


def test_declining_to_interview_is_a_rejection():
    result = judge("We must respectfully decline to interview you this year.", subject="Ashgrove Surgery")
    assert result.kind == "rejection", result.evidence


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


@pytest.mark.parametrize(
    "body",
    [
        "We finished choosing whom to interview last week. I am sorry that your candidacy was not among those.",
        "We shall not be including you in the interview round for 2027.",
        "We are not in a position to offer you an interview at this time.",
        "Regrettably we are not in a position to advance your candidacy.",
    ],
)
def test_not_among_those_chosen_or_not_in_a_position_to_offer_is_a_rejection(body):
    result = rules(body, subject="Ashgrove Neurology Residency")
    assert result.kind == "rejection", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "We regret that your candidacy will not be progressing further this season.",
        "After much thought, we shall not be taking your application further.",
        "Each of our interview dates has now been filled, and we cannot offer one to you.",
        "Every interview position has been filled this year; we are unable to extend any to you.",
        "We are unable to offer you an interview at this time.",
    ],
)
def test_not_taken_further_or_every_place_filled_is_a_rejection(body):
    result = rules(body, subject="Birchwood Neurology Residency")
    assert result.kind == "rejection", result.evidence


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


# -- what is no rejection --------------------------------------------------------------------------


def test_unfortunately_alone_is_not_a_rejection():
    result = judge(
        "Unfortunately the residents' holiday party has been moved indoors because of the weather. "
        "We regret any inconvenience.",
        subject="Holiday party",
    )
    assert result.kind != "rejection"


def test_no_longer_considering_a_date_is_no_rejection():
    # "no longer considering" needs the application or the applicant as its object
    result = judge(
        "We are no longer considering Saturday sessions, so every interview day is on a weekday.",
        subject="Ashgrove Residency interview season",
    )
    assert result.kind != "rejection", result.evidence


def test_being_unable_to_pay_for_travel_is_no_rejection():
    result = judge(
        "We would like to invite you to interview on January 8. We are unable to offer reimbursement for "
        "travel to the interview.",
    )
    assert result.kind == "invitation", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "We don't have a parking place for you to use on campus, so take the shuttle from the lot.",
        "We do not have a date for you yet, but you remain on our interview waitlist.",
    ],
)
def test_nothing_for_you_in_logistics_or_not_yet_is_no_rejection(body):
    assert rules(body, subject="Larchmont Surgery Residency").kind != "rejection"


def test_a_guide_quoting_a_rejection_is_no_rejection():
    result = judge(
        'Some programs will write "we are unable to offer you an interview" - here is what to do next.',
        subject="How to handle interview season: a guide",
        sender="Student Affairs <affairs@school.edu>",
    )
    assert result.kind != "rejection", result.evidence
