"""The clock: the one source of "now", and the one form times take in the store (ISO 8601 in UTC).

Pure logic takes a `Clock` argument instead of calling `utcnow`, so tests inject time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """The current time, timezone-aware, in UTC."""
    return datetime.now(UTC)


def iso(moment: datetime | None) -> str | None:
    """A timezone-aware datetime as ISO 8601 in UTC, the only form times take in the store."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def from_iso(text: str | None) -> datetime | None:
    """The datetime an `iso` string names, or None."""
    return datetime.fromisoformat(text) if text else None
