# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""The general causes behind the tenth batch's misses, each in wording of its own (not the holdout's):
invitations that offer a day of the program's, a choice of dates as a question, British and
third-person wording; rejections and waitlists in other words; a day "called off"; a kind's word in a
list; a friend's or a landlord's mail that names an interview or residents."""

from __future__ import annotations

import pytest
from test_classification_helpers import APPLICANT, judge, parsed

from tracker.understanding.classify import Classification, addressed_to_you, classify
from tracker.understanding.extraction import message_view
from tracker.understanding.programs import detect_program
from tracker.understanding.signals import find_signals


def rules(body: str, **kwargs: object) -> Classification:
    """The phrase rules alone (the net switched off): what these tests are about."""
    return classify(parsed(body, **kwargs), applicant=APPLICANT, net=False)


def signal_names(body: str, **kwargs: object) -> set[str]:
    return {hit.signal.name for hit in find_signals(message_view(parsed(body, **kwargs)))}


# -- invitations ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # spending a day with the program
        "Our chair would love you to spend an afternoon with us in January; write back with a Friday that suits.",
        "We want you to visit us for a day this winter. Our coordinator will follow up with the options.",
        # a day of the program's, offered to you
        "I can book you into one of our remaining sessions in February. Reply with your pick.",
        "Dr. Osei asked me to put you on the schedule; the residency runs visits on Tuesdays.",
        "Good news: our faculty have approved you for a recruitment session in January.",
        # British and formal wording
        "The interview committee would welcome the chance to speak with you over video. Please advise which afternoon suits you best.",
        "We are keen to meet you in person this winter and hope you can join our residents for the day.",
        # the earlier batches' rule misses (b8, b9), in other words
        "We need you to come meet the team on one of our Friday visits this winter.",
        "Use the link to grab whichever slot suits you best.",
        "Ashgrove Cardiology has a seat reserved for you on December 9. Confirm it in the portal.",
        "Our committee offers you a place among the applicants we will host this winter.",
        "The faculty are eager to spend an afternoon with you.",
        # a choice of dates as a question
        "Would 4 March or 11 March work for your residency visit?",
        "Tues or Weds next week for a Zoom with our program director?",
    ],
)
def test_invitations_in_other_words_are_invitations(body):
    result = rules(body, subject="Ashgrove Residency")
    assert result.kind == "invitation", result.evidence
    assert not any(e.startswith("weak invitation evidence") for e in result.evidence), result.evidence


def test_a_day_of_ours_is_no_invitation_when_it_is_an_info_session():
    names = signal_names(
        "We hope to see you at one of our virtual info sessions this fall.", subject="Ashgrove Residency"
    )
    assert "a day of ours for you" not in names


def test_a_choice_of_dates_with_nothing_about_residency_is_unrelated():
    result = judge(
        "Sat or Sun for brunch? The new place on 5th.", subject="weekend", sender="Alex <alex.r@yahoo.com>"
    )
    assert result.kind == "other", result.evidence


def test_a_program_writing_about_the_applicant_to_a_mentor_is_read_as_to_the_applicant():
    body = (
        "Dear Dr. Whitcomb, thank you for the call. Our committee would very much like to meet Jordan Lee "
        "this winter; could you pass on that January 9 and January 16 are open? Best, Mira Santos, Program Director"
    )
    result = rules(
        body, subject="Ashgrove Internal Medicine", sender="Mira Santos <msantos@ashgrove-health.org>"
    )
    assert result.kind == "invitation", result.evidence
    assert not any(e.startswith("weak invitation evidence") for e in result.evidence), result.evidence


def test_the_applicants_name_is_read_as_you_inside_a_sentence_but_not_in_a_greeting():
    view = message_view(
        parsed("Dear Jordan, we hope to see Jordan soon and to read Jordan's essay. Hi Jordan")
    )
    text = addressed_to_you(view, APPLICANT.name).text
    assert text.startswith("Dear Jordan, we hope to see you soon and to read your essay.")
    assert text.rstrip().endswith("Hi Jordan")
    assert addressed_to_you(view, "").text == view.text


# -- rejections -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "We finished choosing whom to interview last week. I am sorry that your candidacy was not among those.",
        "We shall not be including you in the interview round for 2027.",
        "We are not in a position to offer you an interview at this time.",
        "Regrettably we are not in a position to advance your candidacy.",
    ],
)
def test_rejections_in_other_words_are_rejections(body):
    result = rules(body, subject="Ashgrove Neurology Residency")
    assert result.kind == "rejection", result.evidence


# -- waitlists ------------------------------------------------------------------------------------


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
def test_waitlists_in_other_words_are_waitlists(body):
    result = rules(body, subject="Ashgrove Residency update")
    assert result.kind == "waitlist", result.evidence


# -- cancellations --------------------------------------------------------------------------------


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


# -- a kind's word in a list ----------------------------------------------------------------------


def test_a_kinds_word_in_a_list_of_kinds_is_no_evidence_of_that_kind():
    body = "Track each interview offer, waitlist and regret in one sheet, and cancellations too."
    names = signal_names(body, subject="Advising office")
    assert "waitlist" not in names
    assert "waitlist" in signal_names("You are on our waitlist for now.", subject="Ashgrove Residency")


# -- everyday mail --------------------------------------------------------------------------------


def test_a_friends_mail_about_an_interview_is_unrelated():
    result = judge(
        "hope the interview went well!! call me after, I want to hear everything",
        subject="tomorrow",
        sender="Alex <alex.r@yahoo.com>",
    )
    assert result.kind == "other", result.evidence


def test_a_building_notice_to_residents_is_unrelated():
    result = judge(
        "Residents of Building C: the pool closes Monday for cleaning. Manage your notification preferences online.",
        subject="Pool closure",
        sender="Harbor View Apartments <noreply@harborview-living.com>",
    )
    assert result.kind == "other", result.evidence


def test_an_invitation_from_a_personal_address_is_still_an_invitation():
    result = rules(
        "Hi Jordan, this is Dr. Banks, PD of the Ashgrove EM residency. We would like to invite you to interview on December 4 or December 11.",
        subject="EM interview",
        sender="Lena Banks <lenabanks.md@gmail.com>",
    )
    assert result.kind == "invitation", result.evidence


# -- the program a letter names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "from_name", "program"),
    [
        # a sender named for an office ("Pediatrics Education") names no program: the signature does
        (
            "Our dates are full.\n\nClearwater General Hospital, Department of Pediatrics\n",
            "Pediatrics Education",
            "Clearwater General Hospital",
        ),
        # a heading in capitals is not part of the name below it
        (
            "CAMPUS NOTES\nMarlow University Neurology Residency - Winter letter\n\nNews.\n",
            "",
            "Marlow University",
        ),
        # a person's title line is not joined to the program line below it
        (
            "We would like to meet you.\n\nAnita Rao, MD\nProgram Director\nSilverton Family Medicine Residency\n",
            "Anita Rao",
            "Silverton",
        ),
        # a specialty's adjective alone is no institution
        (
            "See you soon.\n\nBen Ortiz | Surgical Residency Coordinator | Eastbrook Health\n",
            "Ben Ortiz",
            "Eastbrook Health",
        ),
        # a name signing after a closing is not joined to the title line below it
        (
            "We will write again.\n\nKind regards,\nPriya Natarajan\nNeurology Residency Coordinator, Oakmont Health\n",
            "",
            "Oakmont Health",
        ),
    ],
)
def test_the_program_is_read_past_signature_lines_headings_and_office_names(text, from_name, program):
    assert detect_program("Update", text, from_name=from_name, applicant_name="Jordan Lee") == program
