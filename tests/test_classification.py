# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Classification: the corpus bar, the hard cases, safety rules, user rules and the CLI contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_classification_helpers import APPLICANT, judge, parsed

from tracker.cli import cli
from tracker.config import Rule
from tracker.understanding.classify import CONTRACT_KEYS, KINDS, classify
from tracker.understanding.evaluate import evaluate

CORPUS = Path(__file__).parent / "data" / "corpus"


@pytest.fixture(scope="module")
def corpus_report():
    return evaluate(CORPUS)


def test_corpus_has_every_kind_platform_and_twenty_specialties():
    import tomllib

    labels = tomllib.loads((CORPUS / "labels.toml").read_text())
    labels.pop("applicant")
    assert len(list(CORPUS.glob("*.eml"))) >= 100
    assert set(labels) == {p.name for p in CORPUS.glob("*.eml")}
    assert {v["kind"] for v in labels.values()} == set(KINDS)
    assert {v["platform"] for v in labels.values() if "platform" in v} == {
        "thalamus",
        "eras",
        "interview_broker",
        "residencycas",
        "email",
        "other",
    }
    assert len({v["specialty"] for v in labels.values() if v.get("specialty")}) >= 20


def test_corpus_covers_every_encoding_and_structure():
    raw = b"\n".join(p.read_bytes() for p in CORPUS.glob("*.eml")).lower()
    for marker in (
        b"content-transfer-encoding: quoted-printable",
        b"content-transfer-encoding: base64",
        b'charset="windows-1252"',
        b'charset="iso-8859-1"',
        b"multipart/alternative",
        b"text/calendar",
        b"subject: fwd:",
    ):
        assert marker in raw, marker
    html_only = [p for p in CORPUS.glob("*.eml") if b"text/plain" not in p.read_bytes()]
    assert html_only


def test_corpus_invitation_recall_is_complete(corpus_report):
    assert corpus_report.invitations >= 30
    assert corpus_report.invitation_recall == 1.0, [
        m for m in corpus_report.mismatches if m.field == "kind" and m.expected == "invitation"
    ]


def test_corpus_kind_accuracy_is_at_least_95_percent(corpus_report):
    assert corpus_report.accuracy("kind") >= 0.95, [m for m in corpus_report.mismatches if m.field == "kind"]


def test_corpus_fields_are_mostly_right(corpus_report):
    for name in ("program", "specialty", "track", "platform", "format", "interview_dates", "respond_by"):
        assert corpus_report.accuracy(name) >= 0.9, (
            name,
            [m for m in corpus_report.mismatches if m.field == name],
        )


# -- invitations in words the corpus does not use -----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "We would be honored to have you join us for an interview day at Brookfield University.",
        "You have been selected for a virtual interview with the Brookfield University Psychiatry program.",
        "Please use the link below to book your interview date: https://calendly.com/brookfield-psych/interview",
        "Good news! A slot has opened up on December 9 and it is yours if you want it. Reply to claim it.",
        "Dear applicant, we are excited to extend an interview invitation to you for our categorical program.",
    ],
)
def test_invitations_in_unseen_wording_are_invitations(body):
    result = judge(body, subject="Brookfield University")
    assert result.kind == "invitation", result.evidence


def test_invitation_whose_subject_says_only_an_update_is_an_invitation():
    result = judge(
        "Dear Jordan, the committee has reviewed your application and would like to invite you to interview "
        "with the Surgery residency at Brookfield University.",
        subject="An update on your application",
    )
    assert result.kind == "invitation"
    assert result.program == "Brookfield University"
    assert result.specialty == "Surgery"


def test_weak_invitation_evidence_is_an_invitation_needing_review_never_other():
    result = judge(
        "Hi Jordan, could you let us know your availability for an interview in early December? Thanks, Sam",
        subject="Hello from Brookfield",
        sender="Sam Ortiz <sortiz@brookfield.edu>",
    )
    assert result.kind == "invitation"
    assert result.needs_review is True
    assert result.confidence < 0.6
    assert any("weak invitation" in e for e in result.evidence)


def test_slot_opened_from_the_waitlist_is_an_invitation():
    result = judge(
        "You are currently on our waitlist. An interview date has just become available on Jan 12; "
        "the first applicant to respond gets it.",
        subject="Waitlist update",
    )
    assert result.kind == "invitation"


# -- waitlists and rejections -------------------------------------------------------------------


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


def test_unfortunately_alone_is_not_a_rejection():
    result = judge(
        "Unfortunately the residents' holiday party has been moved indoors because of the weather. "
        "We regret any inconvenience.",
        subject="Holiday party",
    )
    assert result.kind != "rejection"


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


# -- info and other -----------------------------------------------------------------------------


def test_own_outgoing_mail_quoting_an_invitation_is_other():
    result = judge(
        "Thank you for the interview invitation! I'd love to schedule my interview for Dec 3.\n\n"
        "On Mon, Coordinator wrote:\n> We are pleased to invite you to interview.",
        subject="Re: Interview invitation",
        sender=f"Jordan Lee <{APPLICANT.email}>",
    )
    assert result.kind == "other"
    assert "own address" in result.evidence[0]


def test_myeras_new_message_notice_is_info_never_dropped():
    result = judge(
        "You have a new message. Please log in to MyERAS to read it.",
        subject="MyERAS",
        sender="MyERAS <noreply@aamc.org>",
    )
    assert result.kind == "info"
    assert result.platform == "eras"


def test_nrmp_did_i_match_is_info_despite_congratulations_and_interview():
    result = judge(
        "Congratulations! Did I Match? Results are available in the R3 system. Your interview season is over.",
        subject="Did I Match?",
        sender="NRMP <noreply@nrmp.org>",
    )
    assert result.kind == "info"


def test_invitation_to_a_pre_interview_social_is_info():
    result = judge(
        "We'd like to invite you to a pre-interview dinner with our residents the evening before your "
        "interview day. Dress is casual.",
        subject="Pre-interview dinner",
    )
    assert result.kind == "info", result.evidence


def test_post_interview_thank_you_letter_is_info():
    result = judge(
        "Thank you for interviewing with us yesterday. It was a pleasure to meet you, and we hope you enjoyed "
        "your day at Brookfield University.",
        subject="Thank you",
    )
    assert result.kind == "info"


def test_bank_statement_is_other():
    result = judge(
        "Your statement for account ending 1234 is available. Minimum payment due Dec 20.",
        subject="Statement ready",
        sender="Bank <alerts@bank.example>",
    )
    assert result.kind == "other"
    assert result.program is None


# -- scheduled, reminder, cancellation ------------------------------------------------------------


def test_confirmation_reminder_and_cancellation():
    assert judge("Your interview on December 4 has been confirmed. See you then!").kind == "scheduled"
    assert (
        judge("Just a reminder: your interview is tomorrow at 9 AM. Zoom link: https://zoom.us/j/1").kind
        == "reminder"
    )
    assert judge("We regret that we must cancel your interview on December 4.").kind == "cancellation"
    assert (
        judge("We have received your request to withdraw and confirm your cancellation.").kind
        == "cancellation"
    )


# -- user rules and explanations ----------------------------------------------------------------


def test_user_rules_apply_before_built_in_rules():
    rule = Rule.model_validate(
        {
            "from": r"@brookfield\.edu$",
            "subject": "update",
            "kind": "invitation",
            "program": "Brookfield University",
            "specialty": "Gen Surg",
        }
    )
    result = judge(
        "Please log in to our portal for news about your application.",
        subject="Application update",
        sender="Brookfield <gme@brookfield.edu>",
        rules=[rule],
    )
    assert result.kind == "invitation"
    assert result.program == "Brookfield University"
    assert result.specialty == "Surgery"
    assert result.evidence[0].startswith("rule #1")
    assert result.needs_review is False


def test_a_rule_that_does_not_match_changes_nothing():
    rule = Rule.model_validate({"from": r"@elsewhere\.edu$", "kind": "rejection"})
    result = judge("We are pleased to invite you to interview.", rules=[rule])
    assert result.kind == "invitation"


def test_every_result_carries_its_evidence():
    result = judge("We are pleased to invite you to interview at Brookfield University.")
    assert result.evidence
    assert any("invite" in e for e in result.evidence)


def test_classification_is_a_pure_function_of_its_inputs():
    message = parsed("Please schedule your interview within 2 days.")
    first = classify(message, applicant=APPLICANT)
    second = classify(message, applicant=APPLICANT)
    assert first == second


# -- the CLI contract ---------------------------------------------------------------------------


def test_classify_json_lines_have_exactly_the_contract_keys(tmp_path):
    files = [CORPUS / "hard-fwd-dec-jan-invitation.eml", CORPUS / "hard-latin1-rejection.eml"]
    env = {"TRACKER_CONFIG": str(tmp_path / "absent.toml")}
    result = CliRunner().invoke(cli, ["classify", *map(str, files), "--json"], env=env)
    assert result.exit_code != 0  # TRACKER_CONFIG names a file that does not exist: an error
    result = CliRunner().invoke(cli, ["classify", *map(str, files), "--json"], env={"TRACKER_CONFIG": ""})
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 2
    assert all(list(item) == ["file", *CONTRACT_KEYS] for item in lines)
    assert lines[0]["kind"] == "invitation"
    assert lines[0]["interview_dates"] == ["2027-01-06", "2027-01-14"]
    assert lines[1]["kind"] == "rejection"
    assert lines[1]["respond_by"] is None


def test_classify_with_a_config_applies_the_applicant_address(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text(
        '[applicant]\nemail = "me@example.com"\n[mailbox]\nmaildir = "mail"\n'
        '[[rules]]\nsubject = "^Brookfield"\nkind = "waitlist"\n'
    )
    own = tmp_path / "own.eml"
    from test_classification_helpers import eml

    own.write_bytes(eml("We are pleased to invite you to interview.", sender="Me <me@example.com>"))
    ruled = tmp_path / "ruled.eml"
    ruled.write_bytes(eml("Hello there.", subject="Brookfield news"))
    result = CliRunner().invoke(cli, ["--config", str(config), "classify", str(own), str(ruled), "--json"])
    assert result.exit_code == 0, result.output
    kinds = [json.loads(line)["kind"] for line in result.output.splitlines()]
    assert kinds == ["other", "waitlist"]


def test_classify_reports_an_unreadable_file_and_goes_on(tmp_path):
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    good = CORPUS / "hard-latin1-rejection.eml"
    result = CliRunner().invoke(
        cli, ["classify", str(empty), str(good), "--json"], env={"TRACKER_CONFIG": ""}
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [item["kind"] for item in lines] == [None, "rejection"]


def test_eval_prints_per_field_accuracy():
    result = CliRunner().invoke(cli, ["eval", str(CORPUS), "--no-show"])
    assert result.exit_code == 0, result.output
    assert "kind" in result.output and "invitation recall" in result.output
    assert "program" in result.output


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "After careful review of your application, we are pleased to invite you to interview at Brookfield University.",
            "invitation",
        ),
        (
            "We would like to extend an invitation for you to interview with our Family Medicine program.",
            "invitation",
        ),
        ("Don't miss out - schedule your interview today with Brookfield University!", "invitation"),
        ("Don't forget to schedule your interview with Brookfield University.", "invitation"),
        (
            "Reminder: you have not yet scheduled your interview with Brookfield University. Please choose a date.",
            "invitation",
        ),
        (
            "Congratulations! You're invited to interview with the Brookfield University Pediatrics program.",
            "invitation",
        ),
        (
            "Interview invitations for our program have all been sent; applicants who have not received one will not receive an interview this year.",
            "rejection",
        ),
        ("Regretfully, we are unable to move forward with your candidacy.", "rejection"),
        (
            "Your application has been reviewed; at this time, you have not been selected for an interview.",
            "rejection",
        ),
        ("We regret to inform you that we will be unable to extend an interview offer.", "rejection"),
        (
            "You are on our alternate list for interview dates and we will contact you if a date opens.",
            "waitlist",
        ),
        (
            "You're all set! Your interview with Brookfield University has been scheduled for December 3.",
            "scheduled",
        ),
        ("Your interview is in 3 days. Here is the Zoom meeting ID and passcode.", "reminder"),
        ("Your interview has been rescheduled to January 12.", "cancellation"),
        ("We have received your withdrawal from the interview season. Best of luck.", "cancellation"),
        ("We invite all interviewees to a virtual happy hour with our residents on Thursday.", "info"),
        ("Brookfield University has invited you to schedule an interview.", "invitation"),
        ("Our faculty would like to interview you for the Neurology residency.", "invitation"),
        ("Please let us know whether you would like to interview with us in December.", "invitation"),
        ("We are now scheduling interviews and hope to include you.", "invitation"),
        ("We have completed our selection and you were not among those selected to interview.", "rejection"),
        ("Your application will not be considered further this season.", "rejection"),
        ("Unfortunately we have to cancel the interview day scheduled for Dec 3.", "cancellation"),
        ("You're all set for December 3! Parking details will follow.", "scheduled"),
        ("Due to the winter storm, all interviews on January 12 are postponed.", "cancellation"),
        (
            "Your interview invitation from Cedar Valley Health has expired because no date was selected.",
            "cancellation",
        ),
        ("Hi Jordan - we have a few interview spots left in January. Would you like one? Sam", "invitation"),
        ("Cedar Valley Health has sent you an interview invitation via Rezrate.", "invitation"),
        ("Our program director would like to meet with you for an interview.", "invitation"),
        ("You are receiving this email because you have been offered an interview with us.", "invitation"),
        ("We would like to schedule you for an interview.", "invitation"),
        ("Please RSVP by Nov 20 for the virtual interview day.", "invitation"),
        ("Reply with your top three date choices for your interview.", "invitation"),
        ("Thank you for applying. We will begin sending interview invitations in October.", "info"),
        (
            "Interview invitations have been sent out. If you did not receive one, you remain under consideration.",
            "info",
        ),
        ("Tips for your upcoming interview season: dress, questions to ask, and thank-you notes.", "info"),
        (
            "The program has filled its interview schedule and will not be extending further invitations.",
            "rejection",
        ),
        ("Your application status has been updated to: Not Invited.", "rejection"),
        ("We are sorry to let you know that we cannot invite you for an interview this year.", "rejection"),
        ("We can no longer offer you an interview as all slots are full.", "rejection"),
        ("If we are unable to offer you an interview by December, we will let you know.", "info"),
        ("Thank you for interviewing with us. We are not able to provide interview feedback.", "info"),
        (
            "We are pleased to invite you to interview. Please do not schedule more than one interview date.",
            "invitation",
        ),
        (
            "You are currently on hold for interview consideration. We will update you in December.",
            "waitlist",
        ),
        ("Your interview date of December 8 has been reserved.", "scheduled"),
        ("Your interview starts in 24 hours. Join here: https://zoom.us/j/123", "reminder"),
        (
            "Due to unforeseen circumstances, we must move your interview from December 8 to December 15.",
            "cancellation",
        ),
        ("As requested, we have withdrawn your application from consideration.", "cancellation"),
        ("You have declined the interview invitation from Brookfield University.", "cancellation"),
        (
            "Unfortunately we had to change our format to virtual; your invitation to interview stands.",
            "invitation",
        ),
    ],
)
def test_real_world_phrasing(body, kind):
    result = judge(body)
    assert result.kind == kind, result.evidence


def test_an_invitation_quoting_nrmp_policy_is_still_an_invitation():
    result = judge(
        "We are pleased to invite you to interview with the Surgery residency at Brookfield University. "
        "In keeping with NRMP policy and the Match Participation Agreement, you are under no obligation to rank us.",
    )
    assert result.kind == "invitation"


def test_nrmp_system_mail_is_info_whatever_it_says():
    result = judge(
        "Congratulations on your interview invitations! Remember to certify your rank order list.",
        sender="NRMP <support@nrmp.org>",
    )
    assert result.kind == "info"


@pytest.mark.parametrize(
    "body",
    [
        "This email confirms that we have received your application to our residency program.",
        "Thank you for registering for our virtual open house next Tuesday.",
        "You are registered for the applicant webinar on December 2.",
    ],
)
def test_confirmations_of_other_things_are_not_scheduled_interviews(body):
    assert judge(body).kind == "info"


def test_an_invitation_to_an_interview_day_with_lunch_and_a_tour_is_an_invitation():
    result = judge(
        "We would like to invite you to interview on a day including lunch with residents and a campus tour. "
        "The evening before, join us for a pre-interview social.",
    )
    assert result.kind == "invitation"
    assert not any("weak invitation" in e for e in result.evidence)


def test_will_earlier_in_the_sentence_does_not_make_an_offer_conditional():
    assert (
        judge(
            "The committee will hold interviews in December and we are pleased to invite you to interview."
        ).kind
        == "invitation"
    )
    waitlist = judge(
        "You have been placed on our waitlist. We may invite you to interview later in the season."
    )
    assert waitlist.kind == "waitlist"


def test_eval_reports_mismatches_and_kind_confusion(tmp_path):
    import shutil

    shutil.copy(CORPUS / "hard-latin1-rejection.eml", tmp_path / "a.eml")
    (tmp_path / "labels.toml").write_text(
        '["a.eml"]\nkind = "waitlist"\nprogram = ""\nspecialty = "Neurology"\n'
    )
    report = evaluate(tmp_path)
    assert report.accuracy("kind") == 0.0
    assert report.accuracy("specialty") == 1.0
    assert report.accuracy("program") == 0.0  # "" means null; the letter names its hospital
    assert "  kind waitlist read as rejection: 1" in report.lines()


def test_evidence_names_the_rule_that_set_each_field():
    rules = [
        Rule.model_validate({"subject": "Brookfield", "program": "Brookfield University"}),
        Rule.model_validate({"body": "portal", "kind": "info"}),
    ]
    result = judge("See the portal.", subject="Brookfield news", rules=rules)
    assert result.evidence[:2] == ["rule #1 sets program Brookfield University", "rule #2 sets kind info"]
