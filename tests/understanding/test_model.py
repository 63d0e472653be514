"""The invitation safety net (tracker/understanding/model.py): a statistical second opinion that may
only raise a message the phrase rules did not call an invitation to a possible invitation, for review."""

from __future__ import annotations

import importlib.util
import json
import sys
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.config import Applicant, Rule
from tracker.understanding.classify import Classification, classify
from tracker.understanding.message import ParsedMessage, parse_message
from tracker.understanding.model import Model, Shipped, features, from_json, shipped, train

ROOT = Path(__file__).resolve().parents[2]
APPLICANT = Applicant(email="jordan.lee.match2027@gmail.com", name="Jordan Lee")


def message(
    subject: str, body: str, sender: str = '"Quillon Peds" <peds@quillonhealth.org>'
) -> ParsedMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Jordan Lee <jordan.lee.match2027@gmail.com>"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 09 Nov 2026 09:00:00 -0500"
    msg["Message-ID"] = "<net-test@quillonhealth.org>"
    msg.set_content(body)
    return parse_message(msg.as_bytes())


def both(parsed: ParsedMessage, **kwargs: object) -> tuple[Classification, Classification]:
    """(rules alone, rules + net)."""
    rules_only = classify(parsed, applicant=APPLICANT, net=False, **kwargs)  # type: ignore[arg-type]
    with_net = classify(parsed, applicant=APPLICANT, **kwargs)  # type: ignore[arg-type]
    return rules_only, with_net


# Wording no phrase rule knows (checked by the first assertion of the test that uses it).
UNSEEN = [
    (
        "Quillon Pediatrics",
        "Jordan, our committee liked your file and wants to spend a morning with you and our residents "
        "in January. Reply with a Tuesday that works.",
    ),
    (
        "Quillon Pediatrics - next round",
        "Your application has progressed to the next round. A morning on Zoom with the faculty and residents "
        "comes next; reply with the Thursday that suits you.",
    ),
]


@pytest.mark.parametrize(("subject", "body"), UNSEEN)
def test_net_flags_an_invitation_in_wording_the_rules_do_not_know(subject, body):
    rules_only, with_net = both(message(subject, body))
    assert rules_only.kind != "invitation"
    assert with_net.kind == "invitation"
    assert with_net.needs_review
    assert with_net.confidence <= 0.3
    assert any(e.startswith("model: possible invitation (p=0.") for e in with_net.evidence)
    # What the mail says is still read: the same fields as without the net, plus the deadline/link.
    assert with_net.program == rules_only.program


def test_net_leaves_the_applicants_own_mail_and_the_users_rules_alone():
    subject, body = UNSEEN[0]
    own = message(subject, body, sender="Jordan Lee <jordan.lee.match2027@gmail.com>")
    assert classify(own, applicant=APPLICANT).kind == "other"
    ruled = classify(message(subject, body), applicant=APPLICANT, rules=[Rule(body="committee", kind="info")])
    assert ruled.kind == "info"
    assert not any(e.startswith("model:") for e in ruled.evidence)


def test_net_says_nothing_about_plain_other_mail():
    parsed = message(
        "Your order has shipped",
        "Your package with 2 items left our warehouse today and arrives Thursday. Track it online.",
        sender="Shop <orders@shop.example.com>",
    )
    rules_only, with_net = both(parsed)
    assert with_net.kind == rules_only.kind == "other"


SENTENCES = [
    "We regret that we cannot offer you an interview this season.",
    "Unfortunately your application will not move forward.",
    "You have been placed on our waitlist.",
    "Your interview on December 3 is confirmed.",
    "This is a reminder that your interview is tomorrow.",
    "Our December 10 session is cancelled.",
    "We would love to have you spend a morning with our residents.",
    "Please pick a date on our calendar page.",
    "Join our residents for a virtual happy hour.",
    "The faculty enjoyed reading your application.",
    "Your order has shipped.",
    "Thank you for applying to our program.",
    "Reply with a Tuesday that works.",
]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=5),
    st.sampled_from(["Quillon Pediatrics", "Update", "Your application", ""]),
)
def test_net_only_ever_raises_to_invitation_never_lowers_nor_makes_a_rejection(sentences, subject):
    rules_only, with_net = both(message(subject, " ".join(sentences)))
    if with_net.kind != rules_only.kind:
        assert rules_only.kind != "invitation"
        assert with_net.kind == "invitation"
        assert with_net.needs_review
    assert with_net.kind != "rejection" or rules_only.kind == "rejection"
    if rules_only.kind == "invitation":
        assert with_net.contract() == rules_only.contract()


@pytest.mark.parametrize(("p_bias", "flags_unrelated"), [(0.85, False), (3.0, True)])
def test_net_needs_to_be_sure_about_mail_with_nothing_about_residency_in_it(
    monkeypatch, p_bias, flags_unrelated
):
    # A net that gives every message the same probability: sigmoid(0.85) = 0.70, sigmoid(3.0) = 0.95.
    net = Shipped(Model(bias=p_bias, weights={}), threshold=0.45, strict_threshold=0.9)
    monkeypatch.setattr("tracker.understanding.classify.shipped", lambda: net)
    unrelated = message(
        "Hello",
        "Choose a time to talk with one of our advisers about your student loans.",
        sender="Someone <someone@lenders.example.com>",
    )
    related = message("Hello", "Our faculty enjoyed reading your file and would love to chat.")
    assert (classify(unrelated, applicant=APPLICANT).kind == "invitation") is flags_unrelated
    assert classify(related, applicant=APPLICANT).kind == "invitation"
    assert classify(related, applicant=APPLICANT, net=False).kind != "invitation"


def test_features_name_the_platform_the_sender_domain_and_subject_words():
    feats = features("New date", "We would like to meet you", "noreply@app.thalamusgme.com", "Thalamus")
    assert {"p:thalamus", "d:thalamusgme.com", "s:new date", "like to", "n:thalamus"} <= feats
    assert "#" in features("", "Dec 12", "a@b.org")


def test_training_is_deterministic_and_learns_the_difference():
    docs = [
        ({"like", "to", "meet", "you", "pick", "a", "date"}, True),
        ({"like", "to", "meet", "you", "choose", "date"}, True),
        ({"regret", "not", "offer", "you"}, False),
        ({"regret", "filled", "you"}, False),
        ({"your", "order", "shipped"}, False),
    ]
    first, second = train(docs, min_df=1), train(docs, min_df=1)
    assert first == second
    assert first.log_odds({"meet", "date"}) > 0 > first.log_odds({"regret", "filled"})


def test_shipped_model_loads_once_and_knows_the_words_of_invitations():
    net = shipped()
    assert net is not None
    assert net is shipped()
    assert 0.0 < net.threshold < 1.0
    assert net.model.weights.get("interview", 0) > 0
    assert (
        net.model.probability("Interview invitation", "We would like to invite you", "a@b.org")
        > net.threshold
    )


def test_a_model_file_of_another_format_is_refused():
    data = json.loads((ROOT / "tracker" / "understanding" / "model.json").read_text())
    data["version"] = 99
    with pytest.raises(ValueError, match="model format 99"):
        from_json(json.dumps(data))


def test_without_a_readable_model_the_rules_still_classify(tmp_path, monkeypatch, caplog):
    (tmp_path / "model.json").write_text("{not json")
    monkeypatch.setattr("tracker.understanding.model.resources.files", lambda _package: tmp_path)
    shipped.cache_clear()
    try:
        subject, body = UNSEEN[0]
        rules_only, with_net = both(message(subject, body))
        assert with_net.contract() == rules_only.contract()
        assert "the invitation safety net is off" in caplog.text
    finally:
        monkeypatch.undo()
        shipped.cache_clear()
    assert shipped() is not None


def load_training_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_model", ROOT / "scripts" / "train_model.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_model"] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_model_is_what_the_training_script_produces():
    script = load_training_script()
    assert script.build() == (ROOT / "tracker" / "understanding" / "model.json").read_text(encoding="utf-8")
