"""`tracker classify` and `tracker eval`: JSON lines with exactly the contract keys, the config's
applicant and rules applied, an unreadable file reported without stopping the rest, per-field accuracy."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tracker.cli import cli
from tracker.understanding.classify import CONTRACT_KEYS

CORPUS = Path(__file__).parents[1] / "data" / "corpus"


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


def test_eval_does_not_score_the_platform_of_mail_about_no_program(tmp_path):
    # A shop's receipt: labelled "other" with a platform the writers of the sets disagree on; the
    # classifier says it came through no program ("other"), and only the kind is scored.
    (tmp_path / "receipt.eml").write_bytes(
        b"From: Shop <orders@shop.example.com>\r\nTo: jordan.lee.match2027@gmail.com\r\n"
        b"Subject: Your order has shipped\r\nDate: Tue, 10 Nov 2026 09:30:00 -0500\r\n\r\n"
        b"Your ring light is on its way. Track your package in your account.\r\n"
    )
    (tmp_path / "labels.toml").write_text(
        '[applicant]\nemail = "jordan.lee.match2027@gmail.com"\n\n'
        '["receipt.eml"]\nkind = "other"\nplatform = "email"\n'
    )
    output = CliRunner().invoke(cli, ["eval", str(tmp_path)]).output
    assert "platform" not in output
    classified = CliRunner().invoke(cli, ["classify", "--json", str(tmp_path / "receipt.eml")]).output
    assert json.loads(classified)["kind"] == "other" and json.loads(classified)["platform"] == "other"
