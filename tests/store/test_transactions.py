"""Store.transaction: a transaction inside another is a savepoint of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.store.database import Store


def states(store: Store) -> dict[str, str]:
    return {row["key"]: row["value"] for row in store.query("SELECT key, value FROM state")}


def test_nested_transaction_commits_with_the_outer_one(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    with store.transaction() as db:
        db.execute("INSERT INTO state (key, value) VALUES ('outer', '1')")
        with store.transaction() as inner:
            inner.execute("INSERT INTO state (key, value) VALUES ('inner', '2')")
        assert db.in_transaction
    assert states(store) == {"outer": "1", "inner": "2"}


def test_failed_nested_transaction_undoes_only_its_own_writes(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    with store.transaction() as db:
        db.execute("INSERT INTO state (key, value) VALUES ('outer', '1')")
        with pytest.raises(RuntimeError), store.transaction() as inner:
            inner.execute("INSERT INTO state (key, value) VALUES ('inner', '2')")
            raise RuntimeError("boom")
        db.execute("INSERT INTO state (key, value) VALUES ('after', '3')")
    assert states(store) == {"outer": "1", "after": "3"}


def test_failure_after_a_nested_transaction_rolls_back_everything(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    with pytest.raises(RuntimeError), store.transaction() as db:
        with store.transaction() as inner:
            inner.execute("INSERT INTO state (key, value) VALUES ('inner', '2')")
        db.execute("INSERT INTO state (key, value) VALUES ('outer', '1')")
        raise RuntimeError("boom")
    assert states(store) == {}
    with store.transaction() as db:  # the connection is usable again
        db.execute("INSERT INTO state (key, value) VALUES ('next', '4')")
    assert states(store) == {"next": "4"}
