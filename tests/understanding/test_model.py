"""The model that weighs the evidence (tracker/understanding/model.py): fitted weights shipped with a
format version and reproduced by a refit, deterministic training, and the short policy around it (a
possible invitation is kept as an invitation for review; a rejection needs words that say so)."""

from __future__ import annotations

import importlib.util
import json
import sys
from email.message import EmailMessage
from pathlib import Path
from types import ModuleType

import pytest

from tracker.config import Applicant, Rule
from tracker.understanding.classify import classify, decide
from tracker.understanding.features import features, sender_features
from tracker.understanding.message import ParsedMessage, parse_message
from tracker.understanding.model import Example, Model, from_json, shipped, softmax, train
from tracker.vocabulary import KINDS

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


# Wording no signal knows: the words and the sender carry it.
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
def test_an_invitation_in_wording_no_signal_knows_is_still_an_invitation(subject, body):
    result = classify(message(subject, body), applicant=APPLICANT)
    assert not [r for r in result.reasons if r.where in {"subject", "body"}], result.evidence
    assert result.kind == "invitation", result.evidence
    assert result.program == "Quillon Pediatrics" or result.program


def test_the_model_leaves_the_applicants_own_mail_and_the_users_rules_alone():
    subject, body = UNSEEN[0]
    own = message(subject, body, sender="Jordan Lee <jordan.lee.match2027@gmail.com>")
    assert classify(own, applicant=APPLICANT).kind == "other"
    ruled = classify(message(subject, body), applicant=APPLICANT, rules=[Rule(body="committee", kind="info")])
    assert ruled.kind == "info"
    assert not any(r.rule == "model" for r in ruled.reasons)


def test_plain_other_mail_is_other():
    parsed = message(
        "Your order has shipped",
        "Your package with 2 items left our warehouse today and arrives Thursday. Track it online.",
        sender="Shop <orders@shop.example.com>",
    )
    assert classify(parsed, applicant=APPLICANT).kind == "other"


POLICY = {
    "possible_invitation": 0.15,
    "unsignalled_invitation": 0.35,
    "unrelated_invitation": 0.9,
    "sure": 0.5,
    "sure_invitation": 0.8,
}


def _model(bias: dict[str, float]) -> Model:
    """A model that gives every message the same probabilities, with POLICY."""
    return Model(KINDS, tuple(bias.get(kind, 0.0) for kind in KINDS), {}, {"policy": POLICY})


def test_a_possible_invitation_is_an_invitation_for_review_whatever_else_is_likelier():
    # info p=0.79, invitation p=0.16: above the 0.15 the policy keeps as a possible invitation when a
    # signal speaks for one
    model = _model({"info": 4.0, "invitation": 2.45})
    probabilities = model.probabilities({})
    assert probabilities["info"] > 0.7 and 0.15 < probabilities["invitation"] < 0.2
    kind, confidence, review, notes = decide(probabilities, {"invitation"}, model, asleep=False)
    assert (kind, review) == ("invitation", True)
    assert confidence == probabilities["invitation"]
    assert [n.render() for n in notes] == [
        f"model: possible invitation (p={probabilities['invitation']:.2f})"
    ]
    # without a signal of one the words must say more; in mail about nothing of residency, far more
    assert decide(probabilities, set(), model, asleep=False)[0] == "info"
    likelier = _model({"info": 2.0, "invitation": 2.2})
    p = likelier.probabilities({})
    assert 0.35 < p["invitation"] < 0.9
    assert decide(p, set(), likelier, asleep=False)[0] == "invitation"
    # (and information about nothing of residency is unrelated mail)
    assert decide(p, set(), likelier, asleep=False, related=False)[0] == "other"
    assert decide(p, {"info"}, likelier, asleep=False, related=False)[0] == "info"
    # an auto-reply invites no one
    assert decide(probabilities, {"invitation"}, model, asleep=True)[0] == "other"  # (unrelated mail)


def test_a_rejection_needs_a_signal_that_says_so(monkeypatch):
    model = _model({"rejection": 3.0, "info": 2.0})
    parsed = message("Update", "Thank you for applying to Quillon Pediatrics.")
    result = classify(parsed, applicant=APPLICANT, model=model)
    assert result.kind == "info"
    assert "no rejection without a signal of one" in " ".join(result.evidence)


def test_below_the_sure_line_a_person_should_look():
    unsure = _model({"waitlist": 1.0, "info": 0.9, "other": 0.9})
    assert decide(unsure.probabilities({}), set(), unsure, asleep=False)[2] is True
    sure = _model({"waitlist": 6.0})
    assert decide(sure.probabilities({}), set(), sure, asleep=False)[:3:2] == ("waitlist", False)


def test_features_name_the_signals_kinds_platform_sender_and_words():
    subject, body = "New date", "We would like to invite you to interview on Dec 12."
    parsed = message(subject, body, sender="Thalamus <noreply@app.thalamusgme.com>")
    result = classify(parsed, applicant=APPLICANT)
    from tracker.understanding.classify import reading_of

    reading = reading_of(parsed, APPLICANT)
    assert reading is not None
    feats = features(reading.facts)
    assert {"signal:invite to interview", "kind:invitation", "p:thalamus", "d:thalamusgme.com"} <= set(feats)
    assert {"s:new date", "w:like to", "w:#", "n:thalamus"} <= set(feats)
    assert result.kind == "invitation"
    assert "p:nrmp" in sender_features("noreply@nrmp.org", "")


def test_training_is_deterministic_and_learns_the_difference():
    examples = [
        Example({"meet": 1.0, "date": 1.0}, "invitation"),
        Example({"meet": 1.0, "choose": 1.0}, "invitation"),
        Example({"regret": 1.0, "filled": 1.0}, "rejection"),
        Example({"regret": 1.0, "not": 1.0}, "rejection"),
        Example({"order": 1.0, "shipped": 1.0}, "other"),
    ]
    first, second = train(examples), train(examples)
    assert first == second
    assert first.probabilities({"meet": 1.0})["invitation"] > 0.5
    assert first.probabilities({"regret": 1.0})["rejection"] > 0.5
    assert abs(sum(softmax([1.0, 2.0, 3.0])) - 1.0) < 1e-9


def test_shipped_weights_load_once_and_know_the_kinds():
    model = shipped()
    assert model is not None
    assert model is shipped()
    assert model.kinds == KINDS
    assert model.meta["policy"]["possible_invitation"] > 0
    probabilities = model.probabilities({"kind:invitation": 1.0, "context:residency": 1.0})
    assert max(probabilities, key=probabilities.__getitem__) == "invitation"


def test_weights_of_another_format_are_refused():
    data = json.loads((ROOT / "tracker" / "understanding" / "weights.json").read_text())
    data["version"] = 99
    with pytest.raises(ValueError, match="model format 99"):
        from_json(json.dumps(data))


def test_without_readable_weights_every_message_is_kept_for_review(tmp_path, monkeypatch, caplog):
    (tmp_path / "weights.json").write_text("{not json")
    monkeypatch.setattr("tracker.understanding.model.resources.files", lambda _package: tmp_path)
    shipped.cache_clear()
    try:
        subject, body = UNSEEN[0]
        result = classify(message(subject, "We would like to invite you to interview."), applicant=APPLICANT)
        assert (result.kind, result.needs_review) == ("invitation", True)
        assert classify(message(subject, body), applicant=APPLICANT).needs_review
        assert "every message is kept for review" in caplog.text
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


def test_shipped_weights_are_what_fitting_the_labelled_mail_gives():
    script = load_training_script()
    assert script.build() == (ROOT / "tracker" / "understanding" / "weights.json").read_text(encoding="utf-8")


def test_training_never_reads_the_frozen_set_or_the_seasons():
    script = load_training_script()
    sets = [path.relative_to(ROOT / "tests" / "data").parts[0] for path in script.training_sets()]
    assert "frozen" not in sets and "seasons" not in sets
