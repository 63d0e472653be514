# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Replies and copies: what is quoted below a reply or a divider line is not read, and a reply's
subject does not outweigh what its new part says."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from test_classification_helpers import judge, rules

from tracker.understanding.extraction import strip_quoted

# -- a copy of an earlier mail below a divider -----------------------------------------------------


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


# -- a reply's new part ----------------------------------------------------------------------------


def test_a_rejection_above_a_quoted_invitation_is_decided_by_its_new_part():
    body = (
        "Jordan, apologies: we no longer have a date to offer you; the last ones went yesterday.\n\n"
        "On Mon, Nov 9, 2026 at 9:00 AM Larchmont Surgery wrote:\n"
        "> We are delighted to invite you to interview. Reply with your date.\n"
    )
    result = rules(body, subject="Re: Interview invitation", sender="Larchmont Surgery <gs@larchmont.org>")
    assert result.kind == "rejection", result.evidence


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


def test_a_subject_that_is_no_reply_still_counts_as_evidence_beside_the_body():
    # Not a reply: the subject's invitation is evidence (not set aside as the earlier mail's), and
    # the model weighs it against what the body says.
    body = "Hi Jordan, I'm sorry: all of our interview dates have now been filled."
    result = rules(body, subject="You're invited to interview", sender="Larchmont Surgery <gs@larchmont.org>")
    assert any(r.kind == "invitation" and r.where == "subject" for r in result.reasons), result.evidence
    assert not any(e.startswith("a reply") for e in result.evidence)
    assert result.kind in {"rejection", "invitation"}, result.evidence


def test_a_reply_whose_new_part_has_nothing_decided_keeps_its_subject():
    result = rules(
        "Here you go: Feb 3 and Feb 10 are open.",
        subject="Re: Interview invitation",
        sender="Larchmont Surgery <gs@larchmont.org>",
    )
    assert result.kind == "invitation", result.evidence


def test_a_forwarded_date_with_a_us_zone_abbreviation_keeps_its_zone() -> None:
    from zoneinfo import ZoneInfo

    from tracker.understanding.extraction import _header_date

    eastern = ZoneInfo("America/New_York")
    assert _header_date("November 4, 2026 at 4:10:22 PM CST", eastern).isoformat() == "2026-11-04T22:10:22+00:00"
    assert _header_date("Thursday, November 5, 2026 9:00 AM", eastern).isoformat() == "2026-11-05T14:00:00+00:00"


ET = ZoneInfo("America/New_York")
_OUTLOOK_ORIGINAL = (
    "________________________________\n"
    "From: Ridgeview Psychiatry Residency <psychres@ridgeview.edu>\n"
    "Sent: Monday, October 19, 2026 9:03 AM\n"
    "To: Lee, Jordan <jlee@school.edu>\n"
    "Subject: Interview Invitation - Psychiatry Residency\n\n"
    "Dear Jordan,\n\nWe are pleased to invite you to interview with the Psychiatry Residency Program at\n"
    "Ridgeview University Medical Center. Please choose one of these dates:\n\n"
    "- Monday, November 16\n- Monday, November 30\n\n"
    "Please submit your choice by Friday, October 23 at 11:59 p.m. ET. All further correspondence\n"
    "will be sent to the ERAS email on file.\n\nJolene Partridge\nProgram Coordinator\n"
)


def test_an_outlook_forward_of_the_applicants_own_invitation_is_read_on_the_original():
    result = judge(
        "Forwarding to my match email so everything is in one place.\n\n" + _OUTLOOK_ORIGINAL,
        subject="FW: Interview Invitation - Psychiatry Residency",
        sender="Lee, Jordan <jlee@school.edu>",
        sent=datetime(2026, 10, 19, 12, 47, tzinfo=ET),
    )
    assert result.kind == "invitation"
    assert result.interview_dates == ["2026-11-16", "2026-11-30"]
    assert result.respond_by == datetime(2026, 10, 23, 23, 59, tzinfo=ET)
    assert result.platform == "email"  # (the ERAS email on file is no platform to act through)


def test_a_coordinators_signed_note_above_an_outlook_forward_is_read_as_her_letter():
    note = (
        "Good afternoon,\n\nPlease see the schedule below from our chief residents for Thursday,\n"
        "December 10. Looking forward to seeing you!\n\nLoretta Simms\n"
        "Residency Program Coordinator | Department of Neurology\n"
        "Ridgeview University Medical Center | Ridgeview University School of Medicine\n"
        "3800 Reservoir Road NW, Washington, DC 20007\n\n"
    )
    inner = "From: Neurology Chiefs <chiefs@ridgeview.edu>\nSent: Monday, December 7, 2026 11:52 AM\n\nHi all, here's Thursday's schedule.\n"
    result = judge(note + inner, subject="FW: Neurology Interview Day 12/10 - schedule", sender="Loretta Simms <ls@ridgeview.edu>")
    assert result.program == "Ridgeview University Medical Center"
