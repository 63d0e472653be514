"""The labelled corpus (tests/data/corpus): it covers every kind, platform, encoding and structure,
and the classifier meets its bar on it; `evaluate` reports mismatches and kind confusion."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.understanding.classify import KINDS
from tracker.understanding.evaluate import evaluate

CORPUS = Path(__file__).parents[1] / "data" / "corpus"


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


def test_eval_reports_the_share_flagged_for_review_and_the_sure_invitations(tmp_path):
    import shutil

    from test_classification_helpers import eml

    # A message a person should look at (a weak mention of an interview) and a plain invitation,
    # given without review, labelled info to count a wrong sure invitation.
    (tmp_path / "weak.eml").write_bytes(
        eml("Our coordinator will be in touch with you soon about an interview.")
    )
    shutil.copy(CORPUS / "inv-coordinator-001.eml", tmp_path / "sure.eml")
    (tmp_path / "labels.toml").write_text('["weak.eml"]\nkind = "invitation"\n["sure.eml"]\nkind = "info"\n')
    report = evaluate(tmp_path)
    assert (report.flagged, report.files) == (1, 2)
    assert report.flagged_share == 0.5
    assert (report.confident_invitations, report.confident_invitations_right) == (1, 0)
    assert "flagged for review   50.0%  (1/2)" in report.lines()
    assert "sure invitations     0.0%  (0/1 right)" in report.lines()


def test_eval_counts_a_program_named_in_another_spelling_of_its_institution(tmp_path):
    import shutil

    # The letter says "Granite State University"; a label in another spelling of the same place is
    # the same institution, though not the same spelling; a different university is neither.
    for name in ("a.eml", "b.eml"):
        shutil.copy(CORPUS / "inv-coordinator-001.eml", tmp_path / name)
    (tmp_path / "labels.toml").write_text(
        '["a.eml"]\nprogram = "Granite State University Medical Center"\n'
        '["b.eml"]\nprogram = "Granite Falls College"\n'
    )
    report = evaluate(tmp_path)
    assert report.accuracy("program") == 0.0
    assert report.same_institution == 1
    assert "  same institution  50.0%  (1/2)" in report.lines()
