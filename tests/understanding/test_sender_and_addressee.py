# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Who wrote and to whom: the applicant's own mail is other; a letter greeting another person is not
the applicant's rejection or waitlist; a program writing to a mentor about the applicant writes to the
applicant; the applicant's name inside a sentence is "you", but not on another person."""

from __future__ import annotations

import pytest
from test_classification_helpers import APPLICANT, judge, parsed, rules

from tracker.understanding.audience import addressed_elsewhere, addressed_to_you
from tracker.understanding.extraction import message_view

# -- the applicant's own mail ----------------------------------------------------------------------


def test_own_outgoing_mail_quoting_an_invitation_is_other():
    result = judge(
        "Thank you for the interview invitation! I'd love to schedule my interview for Dec 3.\n\n"
        "On Mon, Coordinator wrote:\n> We are pleased to invite you to interview.",
        subject="Re: Interview invitation",
        sender=f"Jordan Lee <{APPLICANT.email}>",
    )
    assert result.kind == "other"
    assert "own address" in result.evidence[0]


# -- a letter to someone else ----------------------------------------------------------------------


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


def test_a_forwarded_invitation_to_someone_else_is_their_news_kept_in_view_not_an_invitation():
    forwarded = (
        "look!!! can you check which of these overlap with your dates?\n\n"
        "---------- Forwarded message ---------\nFrom: Internal Medicine Residency <imresidency@birchwood.edu>\n"
        "Date: Wed, Oct 21, 2026 at 3:10 PM\nSubject: Interview Invitation\nTo: Ethan Marsh <emarsh@school.edu>\n\n"
        "Dear Ethan,\n\nCongratulations! We are delighted to invite you to interview for our Internal Medicine "
        "Residency Program on Tuesday, November 17.\n"
    )
    result = judge(forwarded, subject="Fwd: Interview Invitation", sender="Ethan Marsh <ethan.marsh@gmail.com>")
    assert result.kind == "other" and result.needs_review
    assert any("not the applicant" in line for line in result.evidence)
    # the applicant's own invitation, forwarded to her dedicated address, stays hers
    own = forwarded.replace("Dear Ethan", f"Dear {APPLICANT.name.split()[0]}")
    assert judge(own, subject="Fwd: Interview Invitation", sender="Ethan Marsh <ethan.marsh@gmail.com>").kind == "invitation"


def test_a_forwarded_platform_notice_greeting_someone_else_below_its_summary_is_their_news():
    forwarded = (
        "Sof!! UChicago IM just invited me. Can you check whether Dec 9 clashes with anything of yours?\n\n"
        "---------- Forwarded message ---------\nFrom: Thalamus <noreply@thalamusgme.com>\n"
        "Date: Mon, Nov 2, 2026 at 5:05 PM\nSubject: Interview Invitation\nTo: Jonah Feld <jonah@example.com>\n\n"
        "You have a new interview invitation\n\nProgram: Birchwood Medical Center - Internal Medicine\n"
        "Interview Type: Virtual\nAvailable Dates: Wednesday, December 9, 2026; Wednesday, December 16, 2026\n"
        "Respond By: November 9, 2026 at 11:59 PM CT\n\nDear Jonah Feld,\n\n"
        "Congratulations! The Birchwood Internal Medicine Residency has invited you to interview.\n"
    )
    result = judge(forwarded, subject="Fwd: Interview Invitation", sender="Jonah Feld <jonah.feld@gmail.com>")
    assert result.kind == "other" and result.needs_review


def test_a_forward_greets_whom_the_forwarder_wrote_to_not_the_applicant():
    view = message_view(parsed("Dear Morgan,\n\nWe are unable to offer you an interview."))
    assert addressed_elsewhere(view, APPLICANT.name) == "Morgan"
    assert addressed_elsewhere(view, "") is None


def test_a_greeting_that_names_no_person_is_not_someone_else():
    view = message_view(parsed("Hello from Birchwood!\n\nWe are unable to offer you an interview."))
    assert addressed_elsewhere(view, APPLICANT.name) is None


# -- a program writing to a mentor about the applicant ---------------------------------------------


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


def test_a_program_telling_a_mentor_the_applicant_is_among_those_it_hopes_to_meet_is_an_invitation():
    body = (
        "Dear Dr. Alvarez, thanks for the letter. Your mentee Jordan is among the applicants we hope to meet "
        "this winter; could Jordan send us a preferred date? Omar Haddad, Program Director"
    )
    result = rules(body, subject="Birchwood Neurology", sender="Omar Haddad <ohaddad@birchwoodhealth.org>")
    assert result.kind == "invitation", result.evidence
    # A letter greeting someone else is always for a person to look at, however sure the model is.
    assert result.needs_review, result.evidence


# -- the applicant's name --------------------------------------------------------------------------


def test_the_applicants_name_is_read_as_you_inside_a_sentence_but_not_in_a_greeting():
    view = message_view(
        parsed("Dear Jordan, we hope to see Jordan soon and to read Jordan's essay. Hi Jordan")
    )
    text = addressed_to_you(view, APPLICANT.name).text
    assert text.startswith("Dear Jordan, we hope to see you soon and to read your essay.")
    assert text.rstrip().endswith("Hi Jordan")
    assert addressed_to_you(view, "").text == view.text


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


@pytest.mark.parametrize(
    "greeting", ["Dear Lauren Whitfield-Osei,", "Dear Dr. Osei,", "Dear Dr. Whitfield-Osei,", "Dear Lauren Osei,"]
)
def test_an_applicant_with_a_hyphenated_surname_is_greeted_in_any_of_its_forms(greeting):
    # A hyphenated surname made every letter to this applicant "someone else's": no record, no count.
    from tracker.config import Applicant
    from tracker.understanding.classify import classify

    body = f"{greeting}\n\nWe are pleased to invite you to interview with the Birchwood Pediatrics Residency on January 12.\n"
    applicant = Applicant(email="lauren.w@gmail.com", name="Lauren Whitfield-Osei", timezone="America/Chicago")
    result = classify(parsed(body, subject="Birchwood Pediatrics Residency"), applicant=applicant)
    assert result.audience == "applicant", result.evidence
    assert not any("not the applicant" in e for e in result.evidence)


@pytest.mark.parametrize(
    ("subject", "footer"),
    [
        ("District I Bulletin - Residency Application Season", ""),
        ("Medical Student News: Interview season edition", "Update your preferences: https://www.ashs-surgery.org/preferences"),
    ],
)
def test_a_societys_bulletin_naming_programs_is_a_lists_mail(subject: str, footer: str) -> None:
    result = judge(
        "Congratulations to everyone interviewing this season! Program directors from Ashgrove Medical Center, "
        "Ridgeford University Hospital and Kestrel Valley Hospital will host an open Q&A for applicants on "
        f"Thursday, December 3 at 8:00 PM ET.\n\nAmerican Society of Hospital Surgeons\n{footer}\n",
        subject=subject,
        sender="ASHS District I <districti@ashs-surgery.org>",
    )
    assert result.audience == "list", result.evidence
