# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""The general causes behind the eleventh batch's misses, each in wording of its own (not the holdout's):
a place that came free, a place kept for you, "made the cut", scheduling opened for you, the applicant
among those a program wants to see, a choice of dates without a question; rejections and waitlists in
other words; a letter greeting another person; the applicant's first name on another person; invitations
spoken of in general; a choice of evenings; everyday logistics; program names from the sender's domain."""

from __future__ import annotations

import pytest
from test_classification_helpers import APPLICANT, parsed

from tracker.understanding.classify import (
    Classification,
    about_residency,
    addressed_elsewhere,
    addressed_to_you,
    classify,
)
from tracker.understanding.extraction import message_view
from tracker.understanding.programs import detect_program
from tracker.understanding.signals import find_signals


def rules(body: str, **kwargs: object) -> Classification:
    """The phrase rules alone (the net switched off): what these tests are about."""
    return classify(parsed(body, **kwargs), applicant=APPLICANT, net=False)


def signal_names(body: str, **kwargs: object) -> set[str]:
    return {hit.signal.name for hit in find_signals(message_view(parsed(body, **kwargs)))}


def decided(result: Classification) -> bool:
    return not any(e.startswith("weak invitation evidence") for e in result.evidence)


# -- invitations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # a place that came free (pooled: to everyone on a list, first to claim it)
        "A spot became available on our February 2 interview day. Everyone on our alternates list gets this note; it goes to the first to book it.",
        "A place on the January 26 session has just become free. Reply first to take it.",
        # a place kept for you
        "Dr. Yu asked me to tell you that we are holding a seat for you on one of our March visits.",
        "We've saved a spot for you at one of our December sessions; the portal lists them.",
        # chosen, in everyday words
        "Congratulations, you made the cut for our interview season! Watch for the scheduling email.",
        # scheduling opened for you
        "We've unlocked the scheduling page for you; pick any open Tuesday.",
        "I just sent you the self-scheduling link for our residency interviews.",
        # a choice of dates without a question mark
        "Our PM&R faculty can see you Feb 3 or Feb 10, whichever suits.",
        "Residency visit: Monday, March 1 or Monday, March 8 - your call.",
    ],
)
def test_invitations_in_other_words_are_invitations(body):
    result = rules(body, subject="Birchwood Residency")
    assert result.kind == "invitation", result.evidence
    assert decided(result), result.evidence


def test_a_program_telling_a_mentor_the_applicant_is_among_those_it_hopes_to_meet_is_an_invitation():
    body = (
        "Dear Dr. Alvarez, thanks for the letter. Your mentee Jordan is among the applicants we hope to meet "
        "this winter; could Jordan send us a preferred date? Omar Haddad, Program Director"
    )
    result = rules(body, subject="Birchwood Neurology", sender="Omar Haddad <ohaddad@birchwoodhealth.org>")
    assert result.kind == "invitation", result.evidence
    assert decided(result), result.evidence


def test_lock_in_a_date_is_a_claim_on_a_date():
    assert "claim a date" in signal_names("Let's lock in a date for your residency interview this week.")


def test_a_place_that_may_open_is_a_waitlist_not_an_invitation():
    result = rules(
        "Our interview days are full. Should a place become vacant on one of them, we will write to you at once.",
        subject="Birchwood Surgery Residency",
    )
    assert result.kind == "waitlist", result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "We miss you",
            "We don't want to lose you! Here is 20% off your next order.",
            "Shop <deals@shop.example.com>",
        ),
        (
            "Flight UA 412",
            "Your standby status for flight UA 412 to Denver is confirmed.",
            "Air <alerts@air.example.com>",
        ),
    ],
)
def test_waitlist_words_of_everyday_life_are_no_waitlist(subject, body, sender):
    assert rules(body, subject=subject, sender=sender).kind != "waitlist"


def test_made_the_list_with_nothing_about_residency_is_no_invitation():
    result = rules(
        "Great news from the climbing gym: you made the leaderboard list this month!",
        subject="November standings",
        sender="Boulder Barn <hello@boulderbarn.fit>",
    )
    assert result.kind == "other", result.evidence


# -- rejections -----------------------------------------------------------------------------------


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
def test_rejections_in_other_words_are_rejections(body):
    result = rules(body, subject="Birchwood Neurology Residency")
    assert result.kind == "rejection", result.evidence


# -- waitlists ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Birchwood Medical Center - Psychiatry has put you on standby. You will be told if a session opens.",
        "You remain on standby for our remaining interview dates.",
        "We cannot offer you a date yet, but we do not want to lose track of you.",
        "I can't fit you into our interview calendar right now. Hang tight; plans change in January.",
    ],
)
def test_waitlists_in_other_words_are_waitlists(body):
    result = rules(body, subject="Birchwood Residency")
    assert result.kind == "waitlist", result.evidence


# -- a letter to someone else ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "greeting",
    ["Dear Jordan Whitfield,", "Dear Dr. Patel,", "Hello Casey Nguyen:", "Dear Morgan,"],
)
def test_a_rejection_greeting_another_person_is_not_the_applicants_rejection(greeting):
    body = f"{greeting}\n\nThank you for applying. We are unable to offer you an interview this season.\n\nBirchwood Surgery"
    result = rules(body, subject="Birchwood Surgery Residency")
    assert result.kind == "info", result.evidence
    assert result.needs_review
    assert any("not the applicant" in e for e in result.evidence), result.evidence


def test_a_waitlist_greeting_another_person_is_not_the_applicants_waitlist():
    body = "Dear Jordan Okafor,\n\nYou have been placed on our waitlist for interviews.\n\nBirchwood EM"
    assert rules(body, subject="Birchwood EM Residency").kind == "info"


@pytest.mark.parametrize(
    "greeting",
    [
        "Dear Jordan,",
        "Dear Dr. Lee,",
        "Dear Jordan Lee,",
        "Dear Jordan A. Lee,",
        "Dear Lee Jordan,",
        "Dear Jordan Lee-Park,",
        "Dear Residency Applicant,",
        "Hello all,",
        "Dear Future Colleague,",
    ],
)
def test_a_rejection_greeting_the_applicant_or_no_one_in_particular_stays_a_rejection(greeting):
    body = f"{greeting}\n\nThank you for applying. We are unable to offer you an interview this season.\n\nBirchwood Surgery"
    result = rules(body, subject="Birchwood Surgery Residency")
    assert result.kind == "rejection", result.evidence
    assert not any("not the applicant" in e for e in result.evidence)


def test_an_invitation_greeting_another_person_stays_an_invitation_for_review():
    body = "Dear Jordan Whitfield,\n\nWe are delighted to invite you to interview with our program on January 12.\n"
    result = rules(body, subject="Birchwood Surgery Residency")
    assert result.kind == "invitation"
    assert result.needs_review


def test_a_forward_greets_whom_the_forwarder_wrote_to_not_the_applicant():
    view = message_view(parsed("Dear Morgan,\n\nWe are unable to offer you an interview."))
    assert addressed_elsewhere(view, APPLICANT.name) == "Morgan"
    assert addressed_elsewhere(view, "") is None


# -- the applicant's first name on another person -------------------------------------------------


def test_the_applicants_first_name_before_another_surname_is_another_person():
    view = message_view(
        parsed(
            "Our alumna Jordan Alvarez will talk about the programs that interviewed her. We hope to see Jordan there."
        )
    )
    text = addressed_to_you(view, APPLICANT.name).text
    assert "alumna Jordan Alvarez will talk" in text
    assert text.rstrip().endswith("We hope to see you there.")


def test_the_applicants_first_name_before_a_day_or_a_month_is_still_the_applicant():
    view = message_view(parsed("Dear Dr. Ruiz, we would love to see Jordan Monday or Jordan January 12."))
    text = addressed_to_you(view, APPLICANT.name).text
    assert text.rstrip().endswith("we would love to see you Monday or you January 12.")


def test_a_greeting_that_names_no_person_is_not_someone_else():
    view = message_view(parsed("Hello from Birchwood!\n\nWe are unable to offer you an interview."))
    assert addressed_elsewhere(view, APPLICANT.name) is None


def test_someone_else_who_was_invited_to_interview_is_no_invitation():
    result = rules(
        "Fourth-years: Dr. Kim, who was invited to interview at six programs last year, shares her advice on Monday at noon in the library.",
        subject="Advising hour",
        sender="Student Affairs <studentaffairs@birchwoodmed.edu>",
    )
    assert result.kind != "invitation", result.evidence


def test_invitations_spoken_of_in_general_are_no_evidence():
    names = signal_names(
        "Our guide covers how to reply to an interview invitation and what to do the moment an interview offer lands.",
        subject="Student affairs guide",
    )
    assert "interview invitation" not in names
    assert "interview offer" not in names
    assert "interview invitation" in signal_names("Attached is your interview invitation from our program.")


# -- a choice of evenings -------------------------------------------------------------------------


def test_a_choice_of_evenings_for_a_residents_gathering_is_no_invitation():
    body = "Residents' trivia night for applicants: Tuesday, Jan 5 or Wednesday, Jan 6 - which night works for you?"
    assert "a choice of dates" not in signal_names(body, subject="Birchwood residents")
    assert rules(body, subject="Birchwood residents").kind != "invitation"


# -- everyday logistics ---------------------------------------------------------------------------


def test_an_everyday_appointment_asking_you_to_arrive_early_is_unrelated():
    result = rules(
        "Your haircut with Sam is confirmed for Friday at 2 PM. Please arrive 5 minutes early.",
        subject="See you Friday",
        sender="Studio Nine <bookings@studionine.com>",
    )
    assert result.kind == "other", result.evidence


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Please arrive by 7:15 at the hospital's main entrance; parking is in Garage C.",
            "Coordinator <c@birchwood.org>",
        ),
        ("Please arrive by 7:30 at the main lobby. Coffee is on us.", "Oakdale FM <office@oakdalefm.org>"),
    ],
)
def test_logistics_from_a_hospital_or_a_program_are_a_reminder(body, sender):
    assert rules(body, subject="Monday", sender=sender).kind == "reminder"


def test_a_booked_selection_is_scheduled():
    result = rules(
        "Your selection is confirmed: Thursday, February 4, 9 AM to noon. Zoom details will follow.",
        subject="Birchwood Residency",
    )
    assert result.kind == "scheduled", result.evidence


# -- programs ---------------------------------------------------------------------------------------


def test_a_person_above_residency_coordinator_is_no_program():
    text = "See you Monday.\n\nPriya Nair\nResidency Program Coordinator\nEastfield Regional Hospital\n"
    assert detect_program("Monday", text, from_name="Priya Nair") == "Eastfield Regional Hospital"


@pytest.mark.parametrize(
    ("text", "domain", "program"),
    [
        ("Brookline Neurology would like to see you in January.", "brooklineneuro.org", "Brookline"),
        ("Thanks,\nAnn\nProgram Director, Tarn Hollow Family Medicine", "tarnhollow.org", "Tarn Hollow"),
        ("Brookline Neurology would like to see you in January.", "gmail.com", None),
        ("Brookline Neurology would like to see you in January.", "otherplace.org", None),
    ],
)
def test_a_name_the_senders_domain_spells_is_the_program(text, domain, program):
    assert detect_program("Hello", text, from_name="Ann Kay", domain=domain) == program


# -- what the net may speak about -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sender", "about"),
    [
        (
            "Choose a time to talk with one of our advisers about your student loans.",
            "Lenders <hi@lenders.example.com>",
            False,
        ),
        ("Our faculty would love to chat with you.", "Someone <someone@example.com>", True),
        ("Are you free on the 5th?", "Larkspur IM <im@larkspur.example.org>", True),
        ("You have a new message. Log in to view it.", "MyERAS <myeras-noreply@aamc.org>", True),
    ],
)
def test_about_residency_reads_the_words_the_senders_name_and_the_platforms(body, sender, about):
    view = message_view(parsed(body, subject="Hello", sender=sender))
    assert about_residency(view) is about
