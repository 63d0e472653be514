# ruff: noqa: E501  (test data and mail names read better on one line)
"""`tracker eval --season DIR`: the records a season's mail makes, measured against its truth."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.cli.season import SeasonTruth, TruthProgram, compare

MAIL = Path(__file__).parent.parent / "data" / "mail" / "identity"


def _truth(programs: list[TruthProgram], unrelated: list[str], counts: dict[str, int]) -> SeasonTruth:
    return SeasonTruth(
        applicant={"email": "jordan.lee.match2027@gmail.com"},
        as_of=datetime(2027, 1, 31, tzinfo=UTC),
        programs=programs,
        counts=counts,
        unrelated=unrelated,
    )


def _program(key: str, messages: list[str], status: str = "completed") -> TruthProgram:
    return TruthProgram(key, key, "Internal Medicine", "categorical", True, status, tuple(messages))


def test_compare_names_splits_wrong_merges_unrelated_links_and_statuses() -> None:
    truth = _truth(
        [_program("upmc", ["a", "b"]), _program("mayo", ["c"]), _program("mayo-az", ["d"], "scheduled")],
        ["news"],
        {"Internal Medicine": 3},
    )
    landed = {"a": 1, "b": 2, "c": 3, "d": 3, "news": 1}
    report = compare("s", truth, landed, {"Internal Medicine": 4}, {1: "completed", 2: "invited", 3: "completed"})
    assert report.splits == {"upmc": [1, 2]}
    assert report.merges == {3: ["mayo", "mayo-az"]}
    assert report.unrelated_linked == {"news": 1}
    assert report.counts == {"Internal Medicine": (4, 3)}
    assert report.statuses["mayo-az"] == ("completed", "scheduled")
    assert report.status_right == 2
    text = "\n".join(report.lines())
    assert "programs split over several records: 1" in text
    assert "records merging different programs:  1" in text


def test_a_program_whose_mail_made_no_record_is_reported_unlinked() -> None:
    truth = _truth([_program("upmc", ["a"])], [], {"Internal Medicine": 1})
    report = compare("s", truth, {"a": None}, {}, {})
    assert report.unlinked == {"upmc": ["a"]}
    assert report.statuses["upmc"] == ("no record", "completed")
    assert report.counts == {"Internal Medicine": (0, 1)}


def _maildir_season(tmp_path: Path) -> Path:
    season = tmp_path / "season"
    cur = season / "mail" / "cur"
    cur.mkdir(parents=True)
    (season / "mail" / "new").mkdir()
    names = {}
    for number, source in enumerate(sorted(MAIL.glob("*.eml")), start=1):
        raw = source.read_bytes()
        header = raw.split(b"\nDate: ", 1)[1].split(b"\n", 1)[0].decode()
        stamp = int(parsedate_to_datetime(header).timestamp())
        name = f"{stamp}.M{number:03d}P1.{source.stem}:2,S"
        shutil.copy(source, cur / name)
        names[source.stem] = name
    upmc = [names[n] for n in ("upmc-invite", "upmc-thalamus-confirmation", "upmc-presbyterian-social")]
    unrelated = [names[n] for n in ("newsletter-naming-programs", "partner-forwarded-invitation",
                                    "coordinator-out-of-office")]
    (season / "truth.toml").write_text(
        f"unrelated = {json.dumps(unrelated)}\n"
        '[applicant]\nemail = "jordan.lee.match2027@gmail.com"\nname = "Jordan Lee"\n'
        'timezone = "America/New_York"\nas_of = "2026-11-10T12:00:00-05:00"\n'
        f'[[program]]\nkey = "upmc"\ninstitution = "University of Pittsburgh Medical Center"\n'
        f'specialty = "Internal Medicine"\ntrack = "categorical"\ninvited = true\nfinal_status = "scheduled"\n'
        f"messages = {json.dumps(upmc)}\n"
        f'[[program]]\nkey = "mayo"\ninstitution = "Mayo Clinic"\nspecialty = "Internal Medicine"\n'
        f'track = "categorical"\ninvited = true\nfinal_status = "invited"\n'
        f'messages = {json.dumps([names["mayo-rochester-invite"]])}\n'
        f'[[program]]\nkey = "mayo-az"\ninstitution = "Mayo Clinic Arizona"\nspecialty = "Internal Medicine"\n'
        f'track = "categorical"\ninvited = true\nfinal_status = "invited"\n'
        f'messages = {json.dumps([names["mayo-arizona-invite"]])}\n'
        '[counts]\n"Internal Medicine" = 3\n'
    )
    return season


def test_eval_season_runs_the_pipeline_on_the_mailbox_and_prints_the_report(tmp_path: Path) -> None:
    season = _maildir_season(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--season", str(season), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output[result.output.index("{") :])
    assert report["messages"] == 8 and report["programs"] == 3
    assert report["wrong_merges"] == {}
    assert report["unrelated_linked"] == {}
    assert report["final_status"]["mayo-az"] == {"tracker": "invited", "truth": "invited"}
    text = runner.invoke(cli, ["eval", "--season", str(season)]).output
    assert "final status right:" in text


def test_eval_season_on_a_folder_without_truth_says_so_in_one_line(tmp_path: Path) -> None:
    from tracker.cli import main

    (tmp_path / "mail" / "cur").mkdir(parents=True)
    assert main(["eval", "--season", str(tmp_path)]) == 1


SEASONS = Path(__file__).parent.parent / "data" / "seasons"


@pytest.mark.parametrize("name", ["season-a", "season-c", "season-d"])
def test_the_development_seasons_keep_one_record_per_program(name: str) -> None:
    # A regression guard on the seasons identity was developed on (season B stays frozen, out of
    # the suite): no program split, no two programs merged, no unrelated mail linked, every count.
    from tracker.cli.season import evaluate_season

    report = evaluate_season(SEASONS / name)
    assert report.splits == {}
    assert report.merges == {}
    assert report.unrelated_linked == {}
    assert {s: got for s, (got, _) in report.counts.items()} == {s: want for s, (_, want) in report.counts.items()}


def test_a_truth_names_specialties_as_a_writer_would_and_is_read_by_their_eras_names(tmp_path: Path) -> None:
    (tmp_path / "truth.toml").write_text(
        '[applicant]\nemail = "a@example.org"\nas_of = "2027-02-05T12:00:00-05:00"\n'
        '[[program]]\nkey = "tulane-gs"\ninstitution = "Tulane"\nspecialty = "General Surgery"\n'
        'track = "preliminary"\ninvited = true\nfinal_status = "completed"\nmessages = ["x"]\n'
        '[counts]\n"General Surgery" = 1\n"OB/GYN" = 0\n'
    )
    truth = SeasonTruth.load(tmp_path)
    assert truth.programs[0].specialty == "Surgery"
    assert truth.counts == {"Surgery": 1, "Obstetrics and Gynecology": 0}
