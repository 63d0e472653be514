# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Weak invitation evidence: a plain sentence about the applicant and an interview is an invitation
that needs review, never other; a booked, past, conditional or advised interview is not even that.
(The weak signals are the last invitation signals of signals.toml; how much they count is learned.)"""

from __future__ import annotations

import pytest
from test_classification_helpers import judge

from tracker.understanding.classify import Classification


def _invitation_signal_in_the_body(result: Classification) -> bool:
    return any(r.kind == "invitation" and r.where == "body" for r in result.reasons)


def test_interview_words_near_availability_are_an_invitation_never_other():
    # Weak words on their own; how sure the model is of them (here: sure) is learned.
    result = judge(
        "Hi Jordan, could you let us know your availability for an interview in early December? Thanks, Sam",
        subject="Hello from Brookfield",
        sender="Sam Ortiz <sortiz@brookfield.edu>",
    )
    assert result.kind == "invitation"
    assert _invitation_signal_in_the_body(result)


def test_a_plain_sentence_about_you_and_an_interview_is_weak_invitation_evidence():
    result = judge("Dr. Okafor asked me to reach out to you about an interview in December.", subject="Hello")
    assert result.kind == "invitation"
    assert result.needs_review is True
    assert _invitation_signal_in_the_body(result)


def test_your_and_an_interview_in_one_plain_sentence_is_weak_invitation_evidence():
    result = judge(
        "The next step for your application is an interview with two of our faculty.", subject="Next"
    )
    assert result.kind == "invitation"
    assert result.needs_review is True


def test_any_plain_mention_of_an_interview_is_the_last_weak_evidence():
    result = judge("Our coordinator will be in touch with you soon about an interview.", subject="Hello")
    assert result.kind == "invitation"
    assert result.needs_review is True


# -- not even weak evidence ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Your interview is on Monday at 8 AM.",
        "We enjoyed having you for an interview last week.",
        "Thank you for applying. We will contact you if you are selected for an interview.",
        "Five tips to ace your interview: prepare questions and be on time.",
    ],
)
def test_booked_past_conditional_or_advice_interviews_are_no_weak_evidence(body):
    result = judge(body, subject="Hello")
    assert result.kind != "invitation", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Your application is under review; the interview period runs through January.",
        "Your application is complete and will be considered for an interview.",
    ],
)
def test_a_period_or_a_consideration_is_no_weak_invitation_evidence(body):
    assert judge(body, subject="Status").kind != "invitation"


@pytest.mark.parametrize(
    "body",
    [
        "We are so excited about interview day on Friday!",
        "Please complete our applicant survey about the interview experience this year.",
        "Check our website for what to expect on interview day.",
    ],
)
def test_interview_days_surveys_and_advice_are_not_even_weak_evidence(body):
    assert judge(body, subject="Hello").kind != "invitation"


def test_your_interview_with_an_adjective_is_no_weak_invitation():
    # "your hybrid interview" is one already booked, as "your interview" is
    result = judge(
        "Parking passes for your hybrid interview day are at the front desk.", subject="Ashgrove Residency"
    )
    assert result.kind != "invitation", result.evidence
