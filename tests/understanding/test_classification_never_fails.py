"""Classification never fails a message: arbitrary text classifies into the vocabularies."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_classification_helpers import APPLICANT

from tracker.understanding import classify as classification
from tracker.understanding.classify import KINDS, classify
from tracker.understanding.message import ParsedMessage

WORDS = st.sampled_from(
    [
        "invite",
        "interview",
        "waitlist",
        "unfortunately",
        "not",
        "if",
        "scheduled",
        "cancelled",
        "reminder",
        "Dec",
        "3",
        "12/5",
        "within",
        "48",
        "hours",
        "Residency",
        "Program",
        "at",
        "University",
        "of",
        "Hospital",
        "Thalamus",
        "ERAS",
        "Fwd:",
        "Re:",
        ">",
        "On",
        "wrote:",
        "--",
        ",",
        ".",
        "!",
        "?",
        "\n",
        "\n\n",
        "Surgery",
        "IM",
        "OB/GYN",
        "TY",
        "categorical",
        "preliminary",
        "zoom",
        "in-person",
        "https://x.org/a",
        "2026-13-45",
        "31/31",
        "99:99pm",
    ]
)
TEXT = st.one_of(st.text(max_size=400), st.lists(WORDS, max_size=80).map(" ".join))


def message(subject: str, text: str) -> ParsedMessage:
    return ParsedMessage(
        message_id="<m@x>",
        from_name="Sender",
        from_addr="sender@example.org",
        to=[APPLICANT.email],
        subject=subject,
        date=datetime(2026, 11, 10, tzinfo=UTC),
        in_reply_to="",
        references=[],
        text=text,
        html="",
        links=[],
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(subject=TEXT, text=TEXT)
def test_any_text_classifies_into_the_vocabularies(subject, text):
    # The inner classifier, so a crash fails the test instead of meeting the safety net.
    result = classification._classify(message(subject, text), applicant=APPLICANT, rules=(), now=None)
    assert not any("classifier error" in e for e in result.evidence)
    assert result.kind in KINDS
    assert result.platform in {"thalamus", "eras", "interview_broker", "residencycas", "email", "other"}
    assert result.format in {"virtual", "in_person", "hybrid", "unknown"}
    assert result.track in {None, "categorical", "preliminary", "advanced", "transitional"}
    assert 0 <= result.confidence <= 1
    assert result.evidence


def test_a_classifier_failure_keeps_a_possible_invitation_for_review(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(classification, "_classify", broken)
    result = classify(message("Interview", "Please choose your interview date."), applicant=APPLICANT)
    assert (result.kind, result.needs_review) == ("invitation", True)
    assert "classifier error" in result.evidence[0]
    assert classify(message("Hello", "Lunch?"), applicant=APPLICANT).kind == "info"
