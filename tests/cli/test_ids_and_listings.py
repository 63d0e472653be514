"""What the applicant types and reads in the CLI: a record is R12 and a message M12 wherever they are
shown or typed (the bare number still works where it did), the lists filter and show what needs
review, and a few rough edges (a CSV on standard output, a file that is not an email, a folded
subject) read right."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cli_helpers import run
from notify_helpers import add_message, add_record

from tracker.ids import message_ref, parse_message_ref, parse_record_ref, record_ref
from tracker.store.database import Store

NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)
DOUBT = {"kind": "invitation", "confidence": 0.4, "needs_review": True}


class Season:
    """Two records and their mail in a store, and the CLI over it."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch) -> None:
        self.capsys, self.monkeypatch = capsys, mp
        self.config = tmp_path / "config.toml"
        self.config.write_text(
            '[applicant]\ntimezone = "America/New_York"\n'
            f'[mailbox]\nmaildir = "{tmp_path / "mail"}"\n[store]\npath = "{tmp_path / "tracker.sqlite3"}"\n'
        )
        with Store(tmp_path / "tracker.sqlite3") as store:
            # Ids chosen so that one number names a record and a message that are not related.
            self.mercy = add_record(store, "Mercy Hospital", respond_by=datetime(2036, 1, 9, tzinfo=UTC))
            self.hilltop = add_record(store, "Hilltop", specialty="Pediatrics", status="waitlisted")
            self.newsletter = add_message(
                store, kind="invitation", program=None, subject="The Rounds\t- October\n newsletter",
                from_name="Lakeshore News", date=datetime(2026, 10, 15, tzinfo=UTC), classification=DOUBT,
            )  # fmt: skip
            self.invite = add_message(
                store, kind="invitation", program="Mercy Hospital", record_id=self.mercy,
                subject="Interview invitation", date=datetime(2026, 11, 19, tzinfo=UTC),
            )  # fmt: skip
            self.waitlist = add_message(
                store, kind="waitlist", program="Hilltop", specialty="Pediatrics", record_id=self.hilltop,
                subject="Waitlist", date=datetime(2026, 11, 2, 15, tzinfo=UTC),
            )  # fmt: skip

    def __call__(self, *args: str) -> tuple[int, str, str]:
        return run(["--config", str(self.config), *args], self.capsys, self.monkeypatch)


@pytest.fixture
def season(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Season:
    return Season(tmp_path, capsys, monkeypatch)


# -- R12 and M12 ----------------------------------------------------------------------------------


def test_ids_are_read_with_their_prefix_or_as_bare_numbers() -> None:
    assert (record_ref(12), message_ref(12)) == ("R12", "M12")
    assert parse_record_ref("R12") == parse_record_ref("r12") == parse_record_ref("12") == 12
    assert parse_message_ref("M42") == parse_message_ref("m42") == parse_message_ref("42") == "42"
    assert parse_message_ref("<abc-123@brookfield.edu>") == "<abc-123@brookfield.edu>"
    with pytest.raises(ValueError, match="M12 is a message id; give a record id such as R12"):
        parse_record_ref("M12")
    with pytest.raises(ValueError, match="R12 is a record id; give a message id such as M42"):
        parse_message_ref("R12")


def test_records_and_messages_show_their_ids_in_different_forms(season: Season) -> None:
    _, records, _ = season("records")
    assert f"R{season.mercy} " in records and f"R{season.hilltop} " in records
    _, messages, _ = season("messages")
    rows = {line.split()[0]: line for line in messages.splitlines()[1:] if line.split()[0].startswith("M")}
    assert set(rows) == {f"M{season.newsletter}", f"M{season.invite}", f"M{season.waitlist}"}
    assert f"R{season.mercy}" in rows[f"M{season.invite}"]  # the record it belongs to


def test_record_and_set_take_the_prefixed_id_and_the_bare_number(season: Season) -> None:
    code, out, err = season("record", f"R{season.mercy}", "--signal", "gold")
    assert code == 0, err
    assert out.startswith(f"record R{season.mercy}: Mercy Hospital")
    code, out, err = season("record", str(season.mercy), "--note", "liked it")
    assert code == 0, err
    code, out, err = season("set", f"M{season.newsletter}", "--kind", "info")
    assert code == 0, err
    assert out.startswith(f"message M{season.newsletter}: info")
    code, _, err = season("set", str(season.invite), "--track", "categorical")
    assert code == 0, err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["record", "M{m}", "--status", "declined"], "M{m} is a message id; give a record id such as R12"),
        (["set", "R{r}", "--kind", "info"], "R{r} is a record id; give a message id such as M42"),
        (["merge", "R{r}", "M{m}"], "M{m} is a message id"),
        (["keep-apart", "M{m}", "R{r}"], "M{m} is a message id"),
        (["split", "R{r}", "R{r}"], "R{r} is a record id; give a message id"),
        (["messages", "--record", "M{m}"], "M{m} is a message id"),
    ],
)
def test_a_record_id_where_a_message_id_belongs_is_a_one_line_error(
    season: Season, args: list[str], said: str
) -> None:
    ids = {"r": season.mercy, "m": season.invite}
    code, out, err = season(*(arg.format(**ids) for arg in args))
    assert code == 2 and out == ""
    assert err.startswith("tracker: error: ") and err.count("\n") == 1, err
    assert said.format(**ids) in err


def test_merge_keep_apart_and_split_take_and_say_prefixed_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    season = Season(tmp_path, capsys, monkeypatch)
    with Store(tmp_path / "tracker.sqlite3") as store:
        other = add_record(store, "Mercy Hospital Downtown")
        # Mail as the classifier leaves it, so that the records rebuilt after a merge keep it.
        for subject, day in (("Invitation", 3), ("Reminder", 4)):
            found = {
                "kind": "invitation",
                "program": "Mercy Hospital Downtown",
                "confidence": 0.9,
                "specialty": "Internal Medicine",
                "track": "categorical",
                "needs_review": False,
            }
            last = add_message(
                store, kind="invitation", program="Mercy Hospital Downtown", record_id=other,
                subject=subject, date=datetime(2026, 11, day, tzinfo=UTC), classification=found,
            )  # fmt: skip
    code, out, err = season("split", f"R{other}", f"M{last}")
    assert code == 0, err
    assert out.startswith(f"Moved message(s) M{last} out of record R{other} into ")
    code, out, err = season("keep-apart", f"R{season.mercy}", f"R{other}")
    assert code == 0, err
    assert out == f"Records R{season.mercy} and R{other} are kept apart.\n"
    code, out, err = season("merge", f"R{season.mercy}", f"R{other}")
    assert code == 0, err
    assert out == f"Merged record(s) R{other} into record R{season.mercy}.\n"
    code, _, err = season("record", "R999", "--status", "declined")
    assert code == 1 and "no record R999" in err


# -- what needs review, and the filters -----------------------------------------------------------


def test_messages_show_and_filter_the_ones_that_need_review(season: Season) -> None:
    _, out, _ = season("messages")
    row = next(line for line in out.splitlines() if line.split()[0] == f"M{season.newsletter}")
    assert "invitation [check]" in row
    assert "[check]: not certain" in out.splitlines()[-1]
    _, out, _ = season("messages", "--review")
    assert [line.split()[0] for line in out.splitlines()[1:-1]] == [f"M{season.newsletter}"]
    _, out, _ = season("messages", "--json")
    review = {item["id"]: item["needs_review"] for item in json.loads(out)}
    assert review == {season.newsletter: True, season.invite: False, season.waitlist: False}
    # Once corrected, it no longer needs review.
    season("set", f"M{season.newsletter}", "--kind", "info")
    _, out, _ = season("messages", "--review", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize(
    ("args", "listed"),
    [
        (["--kind", "waitlist"], ["waitlist"]),
        (["--specialty", "Peds"], ["waitlist"]),
        (["--since", "2026-11-02"], ["invite", "waitlist"]),
        (["--status", "parsed", "--kind", "invitation"], ["newsletter", "invite"]),
        (["--record", "R{mercy}"], ["invite"]),
        (["--record", "{mercy}"], ["invite"]),
    ],
)
def test_messages_filter_by_kind_specialty_day_status_and_record(
    season: Season, args: list[str], listed: list[str]
) -> None:
    code, out, err = season("messages", "--json", *(arg.format(mercy=season.mercy) for arg in args))
    assert code == 0, err
    assert [item["id"] for item in json.loads(out)] == [getattr(season, name) for name in listed]


def test_records_filter_by_status_specialty_day_and_review(season: Season) -> None:
    def ids(*args: str) -> list[int]:
        code, out, err = season("records", "--json", *args)
        assert code == 0, err
        return [item["id"] for item in json.loads(out)]

    assert ids("--status", "waitlisted") == [season.hilltop]
    assert ids("--specialty", "Internal Medicine") == [season.mercy]
    assert ids("--since", "2026-11-10") == [season.mercy]
    assert ids("--review") == []
    _, out, _ = season("records", "--status", "declined")
    assert out == "no records match\n"
    code, _, err = season("records", "--specialty", "Astrology")
    assert code == 2 and "unknown specialty 'Astrology'" in err and err.count("\n") == 1


def test_a_folded_subject_stays_on_its_row(season: Season) -> None:
    _, out, _ = season("messages")
    row = next(line for line in out.splitlines() if line.split()[0] == f"M{season.newsletter}")
    assert row.endswith("The Rounds - October newsletter")


# -- export, classify -------------------------------------------------------------------------------


def test_export_csv_dash_writes_the_csv_to_standard_output(season: Season) -> None:
    code, out, err = season("export", "--csv", "-")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0][0] == "program" and {row[0] for row in rows[1:]} == {"Mercy Hospital", "Hilltop"}
    assert "Wrote 2 records to standard output" in err
    assert not Path("-").exists()


def test_classify_says_a_file_that_is_not_an_email_is_not_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Interview prep: ask about call schedule.\nBring questions.\n")
    code, out, err = run(["classify", str(notes)], capsys, monkeypatch)
    assert code == 1
    assert out == "" and "None" not in err
    assert err == f"tracker: error: {notes}: not an email (no From, Subject, Date or Message-ID header): " + (
        "give an .eml file\n"
    )
