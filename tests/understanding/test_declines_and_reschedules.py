# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""The applicant's own decision and a move to another day: a decline, withdrawal or cancellation the
applicant made is a cancellation with `declined` whatever kind the model ranks first (it is a fact,
like an auto-reply); a program's cancellation is not declined; an interview moved to a day the mail
names is a booking on that day, and the day it was moved from is no interview day."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from test_classification_helpers import APPLICANT, ET, judge, parsed

from tracker.understanding.classify import classify, decide
from tracker.understanding.dates import date_role, find_dates
from tracker.understanding.model import Model
from tracker.vocabulary import KINDS

THALAMUS = "Thalamus <noreply@thalamusgme.com>"
ERAS = "ERAS Interview Scheduling <erasinterviews-noreply@aamc.org>"
JANUARY = datetime(2027, 1, 5, 10, 0, tzinfo=ET)


def _model(bias: dict[str, float]) -> Model:
    """A model that gives every message the same probabilities."""
    policy = {"possible_invitation": 0.25, "unsignalled_invitation": 0.5, "unrelated_invitation": 0.9,
              "sure": 0.5, "sure_invitation": 0.8}  # fmt: skip
    return Model(KINDS, tuple(bias.get(kind, 0.0) for kind in KINDS), {}, {"policy": policy})


# -- the applicant's own decision -------------------------------------------------------------------


def test_a_decline_is_a_cancellation_whatever_kind_the_model_ranks_first():
    for first in ("rejection", "invitation", "info"):
        model = _model({first: 4.0, "cancellation": 1.0})
        probabilities = model.probabilities({})
        kind, confidence, review, notes = decide(
            probabilities, {first, "cancellation"}, model, asleep=False, declined=True
        )
        assert kind == "cancellation"
        # the model's doubt stays visible: a person looks when it gave the cancellation little chance
        assert (confidence, review) == (probabilities["cancellation"], True)
        assert [n.render() for n in notes] == ["model: the applicant's own decision"]
        assert decide(probabilities, {first}, model, asleep=False)[0] == first


def test_a_decline_the_model_reads_as_a_rejection_is_still_the_applicants_decline():
    body = "You have declined your interview.\n\nProgram: Ochsner Clinic Foundation Program\nSpecialty: Internal Medicine - Categorical\nStatus: Declined"
    result = classify(
        parsed(body, subject="ERAS Interview Declined", sender=ERAS),
        applicant=APPLICANT,
        model=_model({"rejection": 5.0}),
    )
    assert (result.kind, result.declined) == ("cancellation", True), result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "ERAS Interview Declined",
            "Dear Jordan Lee,\n\nYou have declined your interview.\n\nProgram: Ochsner Clinic Foundation Program\nSpecialty: Internal Medicine - Categorical\nStatus: Declined\n\nThe program has been notified. If you declined in error, please contact the program directly.",
            ERAS,
        ),
        (
            "Invitation Declined - Intermountain Health General Surgery Residency - Preliminary",
            "Dear Jordan Lee,\n\nThis confirms that you have declined your interview invitation for IMC General Surgery 2026-2027 – Preliminary.\n\nThe program has been notified. If you declined by mistake, please contact the program coordinator directly.",
            "Interview Broker <no-reply@interviewbroker.com>",
        ),
        (
            "Interview Cancellation Confirmation",
            "Hi Jordan,\n\nYou have cancelled the following interview:\n\nProgram: Kaiser Permanente Northern California (Oakland) - General Surgery Residency\nDate: Tuesday, January 5, 2027\n\nThe program has been notified and the date has been released. Your invitation is now marked as Declined.",
            THALAMUS,
        ),
        (
            "RE: Interview Invitation",
            "Hi Jordan,\n\nThank you for letting us know. I have cancelled your interview on Friday, November 20 and released the date to another applicant.\n\nAmanda\nResidency Program Coordinator, Internal Medicine\nPenn State Health",
            "Amanda Reigle <areigle@pennstatehealth.psu.edu>",
        ),
        (
            "RE: Interview invitation - Mayo Clinic General Surgery",
            "Dear Jordan,\n\nThank you for letting us know, and for withdrawing early so that another applicant can have the spot. We have released your invitation on our end.\n\nBrianna Schultz\nGeneral Surgery Residency\nMayo Clinic",
            "Mayo Clinic General Surgery Residency <gensurgresidency@mayo.edu>",
        ),
    ],
)
def test_the_applicants_decline_withdrawal_or_cancellation_confirmed_is_declined(subject, body, sender):
    result = judge(body, subject=subject, sender=sender)
    assert (result.kind, result.declined) == ("cancellation", True), result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "Interview Cancelled",
            "Hi Jordan,\n\nThe program has cancelled its interview day. Your interview day has been cancelled.\n\nProgram: McGaw Medical Center of Northwestern University – Neurology Residency\nDate: Thursday, January 21, 2027",
            THALAMUS,
        ),
        (
            "Thursday, January 21 interview day cancelled",
            "Dear Jordan,\n\nWe regret to inform you that we have had to cancel our interview day on Thursday, January 21, 2027 because of an accreditation site visit. We apologize for the disruption to your plans.\n\nJacqueline Reyes\nResidency Program Coordinator, Neurology",
            "Neurology Residency <neurology-residency@northwestern.edu>",
        ),
    ],
)
def test_a_programs_cancellation_is_not_the_applicants_decline(subject, body, sender):
    result = judge(body, subject=subject, sender=sender, sent=JANUARY)
    assert (result.kind, result.declined) == ("cancellation", False), result.evidence


# -- a move to another day ----------------------------------------------------------------------------


def test_a_reschedule_notice_is_a_booking_on_the_new_date_not_the_previous_one():
    body = (
        "Hi Jordan,\n\nYour interview with Beth Israel Deaconess Medical Center – Internal Medicine Residency Program has been rescheduled.\n\n"
        "Program: Beth Israel Deaconess Medical Center – Internal Medicine Residency Program\n"
        "Previous date: Thursday, January 14, 2027\nNew date: Thursday, February 4, 2027\nTime: 8:30 AM – 1:00 PM EST\nInterview type: Virtual"
    )
    result = judge(body, subject="Interview Rescheduled", sender=THALAMUS, sent=JANUARY)
    assert result.kind == "scheduled", result.evidence
    assert result.interview_dates == ["2027-02-04"]


def test_a_coordinator_moving_the_applicant_to_a_day_is_a_booking_and_the_released_day_is_gone():
    body = (
        "Hi Jordan,\n\nThanks for letting us know, and no problem at all. We have added one final interview date this season, "
        "Thursday, February 4, 2027, and I have moved you to that day. Your interview on Thursday, January 14 has been released. "
        "You will receive an updated confirmation from Thalamus shortly.\n\nMelissa Ortiz\nResidency Program Coordinator\nInternal Medicine Residency Program\nBeth Israel Deaconess Medical Center"
    )
    result = judge(
        body,
        subject="RE: BIDMC IM interview – request to change date",
        sender="Melissa Ortiz <mortiz2@bidmc.harvard.edu>",
        sent=JANUARY,
    )
    assert (result.kind, result.declined) == ("scheduled", False), result.evidence
    assert result.interview_dates == ["2027-02-04"]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            "Previous date: Thursday, January 14, 2027 New date: Thursday, February 4, 2027",
            ["earlier", "booked"],
        ),
        (
            "Original Interview Date: Wednesday, January 13, 2027 Rescheduled Date: Tuesday, February 2, 2027",
            ["earlier", "booked"],
        ),
        ("Old date: January 7 Updated date: January 21", ["earlier", "booked"]),
        ("Your interview on Thursday, January 14 has been released.", ["earlier"]),
        ("Your interview on Thursday, January 14 has been cancelled.", ["interview"]),
        ("Interview date: Thursday, January 14, 2027", ["booked"]),
    ],
)
def test_a_labelled_or_released_date_has_its_role(sentence, role):
    mentions = find_dates(sentence, date(2027, 1, 5), ET)
    assert [date_role(sentence, m) for m in mentions] == role


# -- an interview for another kind of position ---------------------------------------------------------


def test_an_interview_for_a_job_in_a_lab_invites_no_one_however_sure_the_model_is():
    model = _model({"invitation": 5.0, "other": 1.0})
    probabilities = model.probabilities({})
    assert decide(probabilities, {"invitation"}, model, asleep=False)[0] == "invitation"
    kind, _confidence, review, _notes = decide(
        probabilities, {"invitation"}, model, asleep=False, elsewhere=True
    )
    assert (kind, review) == ("other", True)
    body = (
        "Dear Jordan,\n\nThank you for applying for the Clinical Research Coordinator position in my lab. "
        "We'd like to invite you to a 30-minute Zoom interview for the position. Could you let me know your "
        "availability on Monday, November 9 or Tuesday, November 10?\n\nNathan Pierce, MD, PhD"
    )
    result = judge(
        body,
        subject="Interview invitation - Clinical Research Coordinator, Pierce Lab",
        sender="Dr. Nathan Pierce <npierce@bsd.uchicago.edu>",
    )
    assert result.kind != "invitation", result.evidence


def test_a_coordinator_who_withdrew_or_removed_the_invitation_after_her_decline_confirms_it():
    for said in (
        "Thanks for letting us know. I\u2019ve withdrawn the UK Med-Peds invitation in ERAS, so you may see a status change.",
        "Thank you for letting us know - I've removed the preliminary invitation. We'll see you on the 14th!",
    ):
        result = judge(said, subject="RE: Declining interview invitation")
        assert (result.kind, result.declined) == ("cancellation", True), result.evidence
