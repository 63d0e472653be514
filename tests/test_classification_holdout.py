"""The held-out set (tests/holdout): messages written apart from the classifier and its corpus, to
check that the classification generalises beyond the wording it was built on."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tracker.classification import KINDS
from tracker.evaluation import Report, evaluate

HOLDOUT = Path(__file__).parent / "holdout"


@pytest.fixture(scope="module")
def holdout_report() -> Report:
    return evaluate(HOLDOUT)


def test_holdout_labels_every_message_and_every_kind():
    labels = tomllib.loads((HOLDOUT / "labels.toml").read_text())
    labels.pop("applicant")
    assert set(labels) == {p.name for p in HOLDOUT.glob("*.eml")}
    assert len(labels) >= 60
    assert {v["kind"] for v in labels.values()} == set(KINDS)


def test_holdout_invitation_recall_is_complete(holdout_report):
    assert holdout_report.invitations >= 25
    assert holdout_report.invitation_recall == 1.0, [
        m for m in holdout_report.mismatches if m.field == "kind" and m.expected == "invitation"
    ]


def test_holdout_kind_accuracy_is_at_least_90_percent(holdout_report):
    assert holdout_report.accuracy("kind") >= 0.9, [m for m in holdout_report.mismatches if m.field == "kind"]


def test_holdout_has_no_false_rejection(holdout_report):
    false_rejections = [m for m in holdout_report.mismatches if m.field == "kind" and m.got == "rejection"]
    assert not false_rejections


def test_holdout_fields_are_mostly_right(holdout_report):
    for name in ("program", "specialty", "track", "interview_dates", "respond_by", "schedule_url"):
        assert holdout_report.accuracy(name) >= 0.85, (
            name,
            [m for m in holdout_report.mismatches if m.field == name],
        )
