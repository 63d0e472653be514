"""The rank list: the completed interviews in the applicant's order, and the list to paste into the
NRMP's rank order list.

A completed interview is a record whose status, as of now, is completed (`views.status_as_of`: a
scheduled interview whose day has passed counts). The applicant's order is `records.rank`; the ones
not ranked yet follow, by interview date. Every change of order goes through
`corrections.set_record(rank=...)`, the function `tracker record ID --rank N` calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

from tracker.store.corrections import set_record
from tracker.store.database import Store
from tracker.store.exports import event_title
from tracker.store.views import RecordView, load_records
from tracker.vocabulary import Status
from tracker.web.queries import applicant_fields


@dataclass(frozen=True)
class RankEntry:
    """One program on the rank list."""

    record: RecordView
    rank: int | None  # as stored; None when not placed yet
    impressions: str | None

    @property
    def title(self) -> str:
        """The program as the calendar export names it: program, specialty, and a telling track."""
        return event_title(self.record)


def rank_list(store: Store, tz: tzinfo, now: datetime) -> list[RankEntry]:
    """The completed interviews: ranked ones in rank order, then the rest by interview date."""
    fields = applicant_fields(store)
    entries = [
        RankEntry(record, fields[record.id].rank, fields[record.id].impressions)
        for record in load_records(store, tz, now)
        if record.status == Status.COMPLETED and record.id in fields
    ]
    return sorted(
        entries,
        key=lambda e: (e.rank is None, e.rank or 0, e.record.interview_date or "", e.record.program.lower()),
    )


def entry_line(place: int, entry: RankEntry) -> str:
    """One line of the list to paste: "2. Lakeshore Health Internal Medicine"."""
    return f"{place}. {entry.title}"


def export_text(entries: Sequence[RankEntry]) -> str:
    """The list to paste: one numbered line per program, first choice first."""
    return "".join(entry_line(place, entry) + "\n" for place, entry in enumerate(entries, start=1))


def reorder(store: Store, order: Sequence[int], now: datetime | None = None) -> None:
    """Rank the records in `order` 1, 2, 3, ... (at once: all or nothing)."""
    with store.transaction():
        for place, record_id in enumerate(dict.fromkeys(order), start=1):
            set_record(store, record_id, rank=place, now=now)


def move(store: Store, record_id: int, offset: int, tz: tzinfo, now: datetime) -> None:
    """Move one program up (offset -1) or down (+1) the list as shown; the whole list is then ranked."""
    order = [entry.record.id for entry in rank_list(store, tz, now)]
    if record_id not in order:
        return
    place = order.index(record_id)
    target = min(max(place + offset, 0), len(order) - 1)
    order.insert(target, order.pop(place))
    reorder(store, order, now)
