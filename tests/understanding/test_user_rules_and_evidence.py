"""The user's rules apply before the built-in ones and say what they set; every result carries its
evidence; classification is a pure function of its inputs."""

from __future__ import annotations

from test_classification_helpers import APPLICANT, judge, parsed

from tracker.config import Rule
from tracker.understanding.classify import classify


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


def test_evidence_names_the_rule_that_set_each_field():
    rules = [
        Rule.model_validate({"subject": "Brookfield", "program": "Brookfield University"}),
        Rule.model_validate({"body": "portal", "kind": "info"}),
    ]
    result = judge("See the portal.", subject="Brookfield news", rules=rules)
    assert result.evidence[:2] == ["rule #1 sets program Brookfield University", "rule #2 sets kind info"]


def test_every_result_carries_its_evidence():
    result = judge("We are pleased to invite you to interview at Brookfield University.")
    assert result.evidence
    assert any("invite" in e for e in result.evidence)


def test_classification_is_a_pure_function_of_its_inputs():
    message = parsed("Please schedule your interview within 2 days.")
    first = classify(message, applicant=APPLICANT)
    second = classify(message, applicant=APPLICANT)
    assert first == second
