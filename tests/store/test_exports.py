"""Exports: the CSV has one row per record with the documented columns; the ICS imports with the
icalendar library, in the applicant's time zone, and keeps each interview's UID across exports,
corrections (`tracker set`) and `tracker reprocess`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import mail
import pytest
from cli_helpers import run
from icalendar import Calendar

from tracker.clock import iso
from tracker.errors import TrackerError
from tracker.store.database import NewMessage, Store
from tracker.store.exports import CSV_COLUMNS, assign_uids, export_csv, export_ics, revise

TZ = ZoneInfo("America/Chicago")
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=UTC)


def add_record(store: Store, program: str, status: str, **fields: Any) -> int:
    """A record as the classification writes it, with one status event."""
    row = {
        "program": program,
        "specialty": fields.pop("specialty", "Internal Medicine"),
        "track": fields.pop("track", "categorical"),
        "status": status,
        "created_at": iso(NOW),
        "updated_at": iso(NOW),
        **fields,
    }
    with store.transaction() as db:
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        cursor = db.execute(f"INSERT INTO records ({columns}) VALUES ({marks})", list(row.values()))
        record_id = int(cursor.lastrowid or 0)
        db.execute(
            "INSERT INTO record_events (record, status, source, at) VALUES (?, ?, 'mail', ?)",
            (record_id, status, iso(NOW)),
        )
    return record_id


def set_status(store: Store, record_id: int, status: str, **fields: Any) -> None:
    assignments = ", ".join(f"{name} = ?" for name in ["status", *fields])
    with store.transaction() as db:
        db.execute(f"UPDATE records SET {assignments} WHERE id = ?", [status, *fields.values(), record_id])
        db.execute(
            "INSERT INTO record_events (record, status, source, at) VALUES (?, ?, 'user', ?)",
            (record_id, status, iso(NOW)),
        )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "tracker.sqlite3") as opened:
        yield opened


@pytest.fixture
def season(store: Store) -> dict[str, int]:
    return {
        "lakeshore": add_record(
            store,
            "Lakeshore Health",
            "scheduled",
            invited_at="2026-10-06T15:00:31+00:00",
            platform="thalamus",
            respond_by="2026-10-08T15:00:31+00:00",
            interview_date="2026-11-17T08:00:00-06:00",
            format="virtual",
            signal="gold",
            notes="Great wellness curriculum; ask about the night float",
            schedule_url="https://app.thalamusgme.com/applicant/interviews/7Q2K9",
        ),
        "northgate-prelim": add_record(
            store,
            "Northgate University Hospitals",
            "scheduled",
            track="preliminary",
            invited_at="2026-10-23T17:02:10+00:00",
            platform="interview_broker",
            interview_date="2026-12-16",
            format="virtual",
        ),
        "saint-brendan": add_record(
            store,
            "Saint Brendan's Hospital",
            "invited",
            specialty="Transitional Year",
            track="transitional",
            invited_at="2026-11-02T16:45:20+00:00",
            platform="thalamus",
            format="in_person",
        ),
        "pinecrest": add_record(store, "Pinecrest University", "rejected"),
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def read_events(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_csv_has_the_documented_columns_and_one_row_per_record(store: Store, season: dict[str, int]) -> None:
    path = Path(store.path).parent / "records.csv"
    assert export_csv(store, path, TZ) == 4
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].split(",") == list(CSV_COLUMNS)
    rows = read_csv(path)
    assert [r["program"] for r in rows] == [
        "Lakeshore Health",
        "Northgate University Hospitals",
        "Pinecrest University",
        "Saint Brendan's Hospital",
    ]
    lakeshore = rows[0]
    assert lakeshore == {
        "program": "Lakeshore Health",
        "specialty": "Internal Medicine",
        "track": "categorical",
        "status": "scheduled",
        "invited_at": "2026-10-06 10:00",  # 15:00 UTC in Chicago (CDT)
        "platform": "thalamus",
        "deadline": "2026-10-08 10:00",
        "interview_date": "2026-11-17 08:00",
        "format": "virtual",
        "signal": "gold",
        "notes": "Great wellness curriculum; ask about the night float",
    }
    assert rows[1]["interview_date"] == "2026-12-16"
    assert rows[1]["track"] == "preliminary"
    assert rows[2]["status"] == "rejected" and rows[2]["invited_at"] == ""


def test_csv_quotes_commas_quotes_and_newlines_in_notes(store: Store) -> None:
    add_record(store, 'Mercy "Main", Campus', "invited", notes="line one,\nline two")
    path = Path(store.path).parent / "records.csv"
    export_csv(store, path, TZ)
    [row] = read_csv(path)
    assert row["program"] == 'Mercy "Main", Campus'
    assert row["notes"] == "line one,\nline two"


def test_csv_of_an_empty_store_is_just_the_header(store: Store) -> None:
    path = Path(store.path).parent / "empty.csv"
    assert export_csv(store, path, TZ) == 0
    assert read_csv(path) == []
    assert path.read_text(encoding="utf-8-sig").strip() == ",".join(CSV_COLUMNS)


def test_ics_imports_with_icalendar_in_the_applicants_time_zone(store: Store, season: dict[str, int]) -> None:
    path = Path(store.path).parent / "interviews.ics"
    assert export_ics(store, path, TZ, NOW) == 2
    calendar = Calendar.from_ical(path.read_bytes())
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Chicago"]
    events = read_events(path)
    assert set(events) == {
        "Interview: Lakeshore Health Internal Medicine",
        "Interview: Northgate University Hospitals Internal Medicine (preliminary)",
    }
    timed = events["Interview: Lakeshore Health Internal Medicine"]
    start = timed.decoded("DTSTART")
    assert start == datetime(2026, 11, 17, 8, 0, tzinfo=TZ)
    assert timed["DTSTART"].params["TZID"] == "America/Chicago"
    assert "Link: https://app.thalamusgme.com" in str(timed["DESCRIPTION"])
    all_day = events["Interview: Northgate University Hospitals Internal Medicine (preliminary)"]
    assert all_day.decoded("DTSTART") == date(2026, 12, 16)
    assert all_day.decoded("DTEND") == date(2026, 12, 17)


def test_ics_keeps_uids_across_exports_and_bumps_the_sequence(
    store: Store, season: dict[str, int], tmp_path: Path
) -> None:
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    export_ics(store, first, TZ, NOW)
    set_status(store, season["lakeshore"], "completed")
    set_status(store, season["saint-brendan"], "scheduled", interview_date="2026-12-11")
    export_ics(store, second, TZ, NOW)

    before = {str(e["UID"]): e for e in read_events(first).values()}
    after = {str(e["UID"]): e for e in read_events(second).values()}
    assert set(before) < set(after)  # the new interview is added, the old ones keep their UID
    assert len(after) == 3
    for uid, event in before.items():
        assert after[uid]["SUMMARY"] == event["SUMMARY"]
        assert int(after[uid]["SEQUENCE"]) >= int(event["SEQUENCE"])
    lakeshore_uid = next(uid for uid, e in before.items() if "Lakeshore" in str(e["SUMMARY"]))
    assert int(after[lakeshore_uid]["SEQUENCE"]) > int(before[lakeshore_uid]["SEQUENCE"])


def test_ics_uids_of_two_stores_never_collide(tmp_path: Path) -> None:
    uids = []
    for name in ("one", "two"):
        with Store(tmp_path / name / "tracker.sqlite3") as other:
            add_record(other, "Harbor Bay Medical Center", "scheduled", interview_date="2026-12-09")
            export_ics(other, tmp_path / name / "i.ics", TZ, NOW)
            uids += [str(e["UID"]) for e in read_events(tmp_path / name / "i.ics").values()]
    assert len(uids) == 2 and uids[0] != uids[1]


def test_an_events_sequence_goes_up_only_when_its_content_changes() -> None:
    first = revise({}, {"U": "a", "V": "b"})
    assert first == {"U": ["a", 0], "V": ["b", 0]}
    second = revise(first, {"U": "a", "V": "c"})  # only V changed
    assert second == {"U": ["a", 0], "V": ["c", 1]}
    assert revise(second, {"V": "b"}) == {"U": ["a", 0], "V": ["b", 2]}  # back and forth still counts


def test_a_uid_stays_with_its_messages_when_records_merge_or_split() -> None:
    def fresh(record_id: int) -> str:
        return f"new-{record_id}"

    bound = {5: "U", 8: "U", 9: "V"}
    # Unchanged: each record keeps its UID; a record with nothing bound gets a new one.
    assert assign_uids({1: [5, 8], 2: [9], 3: [12]}, bound, fresh) == {1: "U", 2: "V", 3: "new-3"}
    # The same records under new row ids (a rebuild) keep their UIDs.
    assert assign_uids({7: [5, 8], 4: [9]}, bound, fresh) == {7: "U", 4: "V"}
    # Merged: the UID of the oldest message wins.
    assert assign_uids({1: [5, 8, 9]}, bound, fresh) == {1: "U"}
    # Split: the UID stays with the part that holds its oldest message.
    assert assign_uids({1: [8], 2: [5]}, bound, fresh) == {1: "new-1", 2: "U"}


# -- the UID is stable for the life of the interview, whatever the mail or the user change ----------

CONFIRMATION = mail.load("store/lakeshore-interview-confirmed.eml")


def write_config(tmp_path: Path, specialty: str | None) -> Path:
    """A config whose rule classifies the confirmation (kind, program and, if given, specialty)."""
    rule = {"from": "@lakeshore\\.example\\.org$", "kind": "scheduled", "program": "Lakeshore Health"}
    if specialty:
        rule["specialty"] = specialty
    path = tmp_path / "config.toml"
    path.write_text(
        '[applicant]\nemail = "jordan@example.org"\ntimezone = "America/Chicago"\n'
        f'[mailbox]\nmaildir = "{tmp_path / "Maildir"}"\n[store]\npath = "{tmp_path / "tracker.sqlite3"}"\n'
        "[[rules]]\n" + "".join(f"{key} = '{value}'\n" for key, value in rule.items())
    )
    return path


class Tracker:
    """The `tracker` command over one config, as a shell would run it."""

    def __init__(self, tmp_path: Path, capsys: pytest.CaptureFixture[str], mp: pytest.MonkeyPatch) -> None:
        self.tmp_path, self.capsys, self.monkeypatch = tmp_path, capsys, mp
        self.config = write_config(tmp_path, None)
        self.exports = 0

    def __call__(self, *args: str) -> str:
        code, out, err = run(["--config", str(self.config), *args], self.capsys, self.monkeypatch)
        assert code == 0, err
        return out

    def export(self) -> dict[str, tuple[str, int]]:
        """Export the calendar; returns {UID: (SUMMARY, SEQUENCE)}."""
        self.exports += 1
        path = self.tmp_path / f"interviews-{self.exports}.ics"
        self("export", "--ics", str(path))
        return {str(e["UID"]): (str(e["SUMMARY"]), int(e["SEQUENCE"])) for e in read_events(path).values()}

    def record_ids(self) -> list[int]:
        with Store(self.tmp_path / "tracker.sqlite3") as store:
            return [int(r["id"]) for r in store.query("SELECT id FROM records")]


@pytest.fixture
def tracker(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Tracker:
    cli = Tracker(tmp_path, capsys, monkeypatch)
    with Store(tmp_path / "tracker.sqlite3") as store:
        store.store_batch("test", "INBOX", 1, [NewMessage(1, CONFIRMATION)], 1)
    return cli


def test_ics_uid_stays_when_the_specialty_is_filled_in_with_tracker_set(tracker: Tracker) -> None:
    tracker("reprocess")  # classifies the stored confirmation: Lakeshore Health, no specialty yet
    (before,) = tracker.export().items()
    assert before[1] == ("Interview: Lakeshore Health", 0)
    assert tracker.export() == dict([before])  # nothing changed: the same UID and SEQUENCE
    tracker("set", "1", "--specialty", "Internal Medicine")
    (after,) = tracker.export().items()
    # The same event, updated: a calendar that re-imports the file applies the higher SEQUENCE.
    assert after == (before[0], ("Interview: Lakeshore Health Internal Medicine", 1))
    assert tracker.export() == dict([after])  # and again


def test_ics_uid_survives_reprocess_even_when_it_rebuilds_the_record_in_a_new_row(tracker: Tracker) -> None:
    tracker.config = write_config(tracker.tmp_path, "Pediatrics")
    tracker("reprocess")
    (before,) = tracker.export().items()
    assert before[1] == ("Interview: Lakeshore Health Pediatrics", 0)
    [first_row] = tracker.record_ids()
    tracker("reprocess")  # nothing changed: the same record, the same UID
    assert tracker.export() == dict([before])
    # The rule was wrong: fixed, reprocess moves the interview to a new record row.
    tracker.config = write_config(tracker.tmp_path, "Internal Medicine")
    tracker("reprocess")
    assert tracker.record_ids() != [first_row]
    (after,) = tracker.export().items()
    assert after == (before[0], ("Interview: Lakeshore Health Internal Medicine", 1))


def test_a_cancelled_interview_stays_in_the_calendar_marked_cancelled(store: Store, tmp_path: Path) -> None:
    record = add_record(store, "Bluewater Regional Hospital", "scheduled", interview_date="2026-12-10")
    set_status(store, record, "cancelled")
    export_ics(store, tmp_path / "c.ics", TZ, NOW)
    [event] = read_events(tmp_path / "c.ics").values()
    assert str(event["STATUS"]) == "CANCELLED"


def test_export_to_an_unwritable_place_is_one_clear_error(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(TrackerError, match="cannot write"):
        export_csv(store, blocker / "records.csv", TZ)
