"""The rank list's storage and order: `set_record(rank=...)` places a record and keeps the ranks
1, 2, 3, ...; only completed interviews are listed, ranked ones first; impressions and ranks outlive
rebuilding the records; and migration 5 adds the columns to a database made before it."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tracker.errors import TrackerError
from tracker.store.corrections import set_record
from tracker.store.database import Store
from tracker.store.migrations import MIGRATIONS
from tracker.store.records import rebuild
from tracker.web.ranklist import export_text, move, rank_list, reorder

NOW = datetime(2026, 12, 20, 12, 0, tzinfo=UTC)


def add_record(store: Store, program: str, status: str = "completed", interview: str | None = None) -> int:
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO records (program, specialty, track, status, interview_date, created_at, updated_at) "
            "VALUES (?, 'Internal Medicine', 'categorical', ?, ?, '2026-10-01', '2026-10-01')",
            (program, status, interview),
        )
        # A user event keeps the record through a rebuild, as `tracker record --status` would.
        db.execute(
            "INSERT INTO record_events (record, status, source, at, detail) VALUES (?, ?, 'user', ?, ?)",
            (cursor.lastrowid, status, "2026-10-02T00:00:00+00:00", f'{{"status": "{status}"}}'),
        )
        return int(cursor.lastrowid or 0)


@pytest.fixture
def store() -> Store:
    return Store(":memory:")


def ranks(store: Store) -> dict[int, int | None]:
    return {int(r["id"]): r["rank"] for r in store.query("SELECT id, rank FROM records ORDER BY id")}


def test_placing_a_record_moves_the_others_down_and_keeps_the_ranks_contiguous(store: Store) -> None:
    a, b, c = (add_record(store, name) for name in ("Alpha", "Beta", "Gamma"))
    set_record(store, a, rank=1)
    set_record(store, b, rank=1)  # b goes first, a moves down
    set_record(store, c, rank=99)  # past the end: last
    assert ranks(store) == {a: 2, b: 1, c: 3}
    set_record(store, c, rank=0)  # off the list; the rest close the gap
    assert ranks(store) == {a: 2, b: 1, c: None}


def test_a_negative_rank_is_refused(store: Store) -> None:
    record = add_record(store, "Alpha")
    with pytest.raises(TrackerError, match="not a place"):
        set_record(store, record, rank=-1)


def test_the_rank_list_holds_completed_interviews_ranked_first_then_by_date(store: Store) -> None:
    late = add_record(store, "Late", interview="2026-12-01")
    early = add_record(store, "Early", interview="2026-11-01")
    ranked = add_record(store, "Ranked", interview="2026-12-10")
    add_record(store, "Waiting", status="invited")
    past = add_record(store, "Past scheduled", status="scheduled", interview="2026-12-15")
    set_record(store, ranked, rank=1)
    order = [entry.record.id for entry in rank_list(store, UTC, NOW)]
    # A scheduled interview whose day has passed counts as completed, as `tracker records` says.
    assert order == [ranked, early, late, past]
    assert export_text(rank_list(store, UTC, NOW)).splitlines()[0] == "1. Ranked Internal Medicine"


def test_reorder_and_move_rank_the_whole_list_as_shown(store: Store) -> None:
    a, b, c = (add_record(store, name, interview=f"2026-11-0{i}") for i, name in enumerate("ABC", start=1))
    reorder(store, [c, a, b])
    assert [e.record.id for e in rank_list(store, UTC, NOW)] == [c, a, b]
    move(store, b, -1, UTC, NOW)
    assert [e.record.id for e in rank_list(store, UTC, NOW)] == [c, b, a]
    move(store, c, -1, UTC, NOW)  # already first: stays
    assert ranks(store) == {a: 3, b: 2, c: 1}


def test_impressions_notes_and_rank_survive_rebuilding_the_records(store: Store) -> None:
    record = add_record(store, "Alpha")
    set_record(store, record, impressions="  Kind faculty  ", notes="Thank-you sent", rank=1)
    set_record(store, record, note="Second look in January")
    rebuild(store, lambda _pk: "")
    row = store.query_one("SELECT impressions, notes, rank FROM records WHERE id = ?", (record,))
    assert row is not None
    assert row["impressions"] == "Kind faculty" and row["rank"] == 1
    assert row["notes"].startswith("Thank-you sent\n") and row["notes"].endswith(": Second look in January")
    set_record(store, record, impressions="", notes="")
    row = store.query_one("SELECT impressions, notes FROM records WHERE id = ?", (record,))
    assert row is not None and (row["impressions"], row["notes"]) == (None, None)


def test_migration_5_adds_rank_and_impressions_to_an_older_database(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")
    for version, migration in enumerate(MIGRATIONS[:4], start=1):
        db.executescript(migration)
        db.execute("INSERT INTO schema_migrations VALUES (?, '2026-10-01')", (version,))
    db.execute(
        "INSERT INTO records (program, status, created_at, updated_at) VALUES ('Alpha', 'invited', 'x', 'x')"
    )
    db.commit()
    db.close()
    with Store(path) as store:
        assert store.schema_version() == len(MIGRATIONS) >= 5
        row = store.query_one("SELECT program, rank, impressions FROM records")
        assert row is not None and (row["program"], row["rank"], row["impressions"]) == ("Alpha", None, None)
