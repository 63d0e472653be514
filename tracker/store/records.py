"""One record per (program, specialty, track) and its status history, built from classified mail.

Messages are linked to a record by what they name (program, specialty, track); a message that names
no program is linked through In-Reply-To/References, then its sender, then a known program named in
its body. Status moves forward only: a newer message can take a record from invited to scheduled,
but an old invitation synced late never undoes a scheduled interview.

The user has the last word where the user decided: a record the user marked declined, cancelled or
completed keeps that status whatever mail arrives later (a late invitation blast must not undo
"declined"). A status the user set that only observes the program (invited, scheduled, waitlisted,
rejected) moves on with newer mail like any other, so an interview the user marked scheduled still
becomes cancelled when the program cancels it.

`rebuild()` replays every classified message and every user action in time order, so corrections
and reprocessing always give the same records as if the mail had arrived that way.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from tracker.clock import iso, utcnow
from tracker.lexicon import PLATFORM_DOMAINS
from tracker.store.database import Store
from tracker.store.views import status_as_of
from tracker.understanding.classify import Classification
from tracker.understanding.identity import (
    Relation,
    contradicts,
    decided,
    fullest,
    names_an_institution,
    number_key,
    other_names,
    places_in,
    program_number,
    registered_domain,
    relation,
)

log = logging.getLogger(__name__)

STATUSES = ("invited", "scheduled", "completed", "waitlisted", "rejected", "declined", "cancelled")
SIGNALS = ("gold", "silver", "none")
# The status a kind of mail gives a record; info and other mail is linked but changes nothing.
MAIL_STATUS = {
    "invitation": "invited",
    "waitlist": "waitlisted",
    "rejection": "rejected",
    "scheduled": "scheduled",
    "reminder": "scheduled",
    "cancellation": "cancelled",
}
# The user's own decisions: mail never overrides them.
USER_DECISIONS = frozenset({"declined", "cancelled", "completed"})
_CORRECTABLE = frozenset({"kind", "program", "specialty", "track", "needs_review", "evidence"})
# Which mail status may follow which (None: a record without a status yet).
_FORWARD: dict[str | None, frozenset[str]] = {
    None: frozenset({*MAIL_STATUS.values(), "declined"}),
    "new": frozenset({*MAIL_STATUS.values(), "declined"}),
    "waitlisted": frozenset(
        {"invited", "scheduled", "rejected", "cancelled", "waitlisted", "declined", "completed"}
    ),
    "invited": frozenset({"scheduled", "cancelled", "rejected", "invited", "declined", "completed"}),
    "rejected": frozenset({"invited", "scheduled", "rejected"}),
    "scheduled": frozenset({"cancelled", "scheduled", "declined", "completed"}),
    # (a cancellation that said not whose, then the program's word that it was hers: declined)
    "cancelled": frozenset({"invited", "scheduled", "cancelled", "declined"}),
    "completed": frozenset(),
    "declined": frozenset(),
}

Parse = Callable[[int], str]  # message id -> body text, for linking by the body
NOWHERE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class MessageFacts:
    """What linking needs to know about one stored message."""

    id: int
    date: datetime | None
    from_addr: str
    message_id: str
    result: Classification
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    stored: dict[str, Any] | None = None  # the stored JSON, when a correction has to be written into it
    places: frozenset[str] = frozenset()  # the states of the postal addresses the message gives
    also_named: tuple[str, ...] = ()  # other names it gives the program ("X (formerly Y)", its mailbox's)
    program_id: str = ""  # the program's ten-digit ERAS number, where the message gives one


def mail_status(result: Classification) -> str | None:
    """The status a message gives its record: a confirmation that the applicant declined is
    "declined", any other cancellation "cancelled"."""
    if result.kind == "cancellation" and result.declined:
        return "declined"
    if result.kind == "info" and result.interviewed:
        return "completed"  # the program's thanks for the interview: it took place
    return MAIL_STATUS.get(result.kind)


def about_the_applicant(result: Classification) -> bool:
    """Whether a message may make or change a record: not a list's mail, an auto-reply, a letter to
    someone else (a partner's forwarded invitation), nor a doubtful note from a personal mailbox, nor
    an interview for a job or a lab at a program's hospital."""
    if result.audience in {"list", "auto-reply", "someone-else"} or result.elsewhere or result.doubtful:
        return False
    return not (result.audience == "personal" and result.needs_review)


def mail_may_change(current: str | None, source: str, new: str) -> bool:
    """Whether a newer message of status `new` may change a record now at `current`."""
    if source == "user" and current in USER_DECISIONS:
        return False
    return new in _FORWARD.get(current, frozenset())


def correct(result: Classification, correction: sqlite3.Row | None) -> Classification:
    """The classification with the user's correction of kind, program, specialty and track on top."""
    if correction is None:
        return result
    for key in ("kind", "program", "specialty", "track"):
        value = correction[key]
        if value is not None:
            setattr(result, key, value or None)
    if correction["program"] is not None:
        result.named_as = None
    if correction["kind"]:
        result.needs_review = False
        result.audience = "applicant"  # the user's word: this mail is about the applicant
        result.elsewhere = False
        result.doubtful = False
        result.evidence = [f"corrected by the user: kind {correction['kind']}", *result.evidence]
    return result


def _is_platform_sender(address: str) -> bool:
    domain = address.rsplit("@", 1)[-1]
    known = any(domain == d or domain.endswith("." + d) for ds in PLATFORM_DOMAINS.values() for d in ds)
    return known or address.split("@", 1)[0] in {"noreply", "no-reply", "donotreply", "do-not-reply"}


def _compatible(record: sqlite3.Row, result: Classification) -> bool:
    """A record and a message do not contradict each other on specialty or track."""
    return all(
        mine is None or theirs is None or mine == theirs
        for mine, theirs in ((result.specialty, record["specialty"]), (result.track, record["track"]))
    )


Decisions = dict[tuple[str, str], bool]  # the user's: (name key, name key) -> one institution


def decisions_of(db: sqlite3.Connection) -> Decisions:
    """The user's merge (True) and keep-apart (False) decisions between institution names."""
    return {(r["a"], r["b"]): bool(r["same"]) for r in db.execute("SELECT * FROM identity_decisions")}


def _names(record: sqlite3.Row) -> list[str]:
    return json.loads(record["names"] or "[]") or [record["program"]]


def _same_institution(
    db: sqlite3.Connection, facts: MessageFacts, decisions: Decisions, split: str | None
) -> int | None:
    """The record of the institution the message names, by every spelling and sender domain its
    records have seen: one whose specialty and track agree exactly, else the only compatible one."""
    result = facts.result
    assert result.program is not None
    domain = registered_domain(facts.from_addr)
    rows = db.execute("SELECT * FROM records WHERE split_label IS ?", (split,)).fetchall()

    def same_program(record: sqlite3.Row) -> bool:
        numbers = json.loads(record["program_ids"] or "[]")
        if facts.program_id and numbers:
            # ERAS's number for the program says which it is, whatever the names; only the user's
            # own decision (about the numbers, or the names) outweighs it.
            said = {decisions.get(number_key(facts.program_id, n)) for n in numbers if n != facts.program_id}
            said.add(decided([result.program or "", *facts.also_named], _names(record), decisions))
            if False in said:
                return False
            return True in said or facts.program_id in numbers
        verdict = relation(
            result.program or "",
            _names(record),
            domain,
            frozenset(json.loads(record["domains"] or "[]")),
            decisions,
            facts.places,
            frozenset(json.loads(record["places"] or "[]")),
            facts.also_named,
        )
        return verdict is Relation.SAME

    same = [r for r in rows if _compatible(r, result) and same_program(r)]
    exact = [r["id"] for r in same if r["specialty"] == result.specialty and r["track"] == result.track]
    # (the record that has seen this very spelling, over one that only says as little: Bayview's
    # booking without a track joins Bayview, not the Osler record its domain shares)
    spelled_once = [r["id"] for r in same if result.program in _names(r)]
    if len(exact) == 1 and len(spelled_once) == 1 and exact[0] not in spelled_once:
        return int(spelled_once[0])
    if len(exact) == 1:
        return int(exact[0])
    if exact:
        # Two records the name fits: the one that has seen this very spelling, else the only one
        # the names alone fit (a shared domain may be the system's: "jax.ufl.edu" is UF's
        # Jacksonville campus, not Gainesville's program), else keep apart.
        spelled = [r["id"] for r in same if r["id"] in exact and result.program in _names(r)]
        if len(spelled) == 1:
            return int(spelled[0])
        named = [
            r["id"]
            for r in same
            if r["id"] in exact
            and relation(result.program, _names(r), decisions=decisions, also=facts.also_named)
            is Relation.SAME
        ]
        return int(named[0]) if len(named) == 1 else None
    # A message that says less than the record (no track, or no specialty) joins the only match;
    # a record that said less (no track yet) takes the detail, if it is the only one.
    if len(same) == 1:
        return int(same[0]["id"])
    # Of one institution's programs (its categorical and its preliminary Surgery), the one booked on
    # the day the message moves the interview from ("our December 10 session is moved to December 15")
    moved = set(result.moved_from)
    booked = [r for r in same if moved & _booked_day_of(db, int(r["id"]))]
    return int(booked[0]["id"]) if len(booked) == 1 else None


def _split_label(db: sqlite3.Connection, message_pk: int) -> str | None:
    row = db.execute("SELECT label FROM message_splits WHERE message = ?", (message_pk,)).fetchone()
    return str(row["label"]) if row else None


def find_record(
    db: sqlite3.Connection, facts: MessageFacts, body: Callable[[], str], decisions: Decisions | None = None
) -> int | None:
    """The record a message belongs to, if one exists: by the institution, specialty and track it
    names, then its thread (In-Reply-To, References), then its sender, then a known program in its
    body. Mail that changes no status (a newsletter, a social, a hotel booking) joins a record only
    on evidence that it comes from the program: its thread, or its sender's address or domain."""
    result = facts.result
    decisions = decisions_of(db) if decisions is None else decisions
    split = _split_label(db, facts.id)
    bearing = mail_status(result) is not None
    found = _same_institution(db, facts, decisions, split) if result.program else None
    if found is not None and result.kind == "reminder":
        # A reminder of a day another record of the specialty has booked is that interview's, when
        # the record its name fits is booked for another day ("UAB Heersink School of Medicine"
        # reminding of the Montgomery campus's February 10, not Birmingham's December 9)
        booked_day = _booked_day_of(db, found)
        if booked_day and not booked_day & _days_of(result):
            booked = _booked_on_its_day(db, facts, decisions, split)
            if booked is not None and booked != found:
                return booked
    if found is not None and (bearing or _from_the_program(db, facts, found)):
        return found
    for reference in (facts.in_reply_to, *facts.references):
        if not reference:
            continue
        row = db.execute(
            "SELECT r.* FROM messages m JOIN records r ON r.id = m.record_id WHERE m.message_id = ? LIMIT 1",
            (reference,),
        ).fetchone()
        if row and _compatible(row, result) and row["split_label"] == split:
            return int(row["id"])
    if facts.from_addr and not _is_platform_sender(facts.from_addr):
        # (an address speaks for a program once it has sent the record mail of the program's; the
        # applicant's own address, whose mail is all `other`, speaks for none of them)
        rows = db.execute(
            "SELECT DISTINCT r.* FROM messages m JOIN records r ON r.id = m.record_id "
            "WHERE m.from_addr = ? AND m.id != ? AND coalesce(m.kind, '') != 'other'",
            (facts.from_addr, facts.id),
        ).fetchall()
        compatible = [r for r in rows if _compatible(r, result) and r["split_label"] == split]
        if len(compatible) == 1 and (result.program is None or len(rows) == 1):
            return int(compatible[0]["id"])
    booked = _booked_on_its_day(db, facts, decisions, split)
    if booked is not None:
        return booked
    if result.program or not bearing:
        return None
    text = body().lower()
    if text:
        named = [
            r
            for r in db.execute("SELECT * FROM records WHERE split_label IS ?", (split,)).fetchall()
            if r["program"].lower() in text and _compatible(r, result)
        ]
        if len(named) == 1:
            return int(named[0]["id"])
    return None


def _days_of(result: Classification) -> set[str]:
    """The days a reminder, booking or cancellation speaks of: its booked day (in UTC too: the store
    keeps a booked time in UTC, and an afternoon in California is the next day there), else its one
    date."""
    at = result.interview_at
    if at is not None:
        return {at.date().isoformat(), at.astimezone(UTC).date().isoformat()}
    if len(result.interview_dates) == 1:
        return {result.interview_dates[0][:10]}
    return set()


def _booked_day_of(db: sqlite3.Connection, record_id: int) -> set[str]:
    row = db.execute("SELECT interview_date FROM records WHERE id = ?", (record_id,)).fetchone()
    return {row["interview_date"][:10]} if row and row["interview_date"] else set()


def _booked_on_its_day(
    db: sqlite3.Connection, facts: MessageFacts, decisions: Decisions, split: str | None
) -> int | None:
    """The record of the one interview booked in the message's specialty on the day a reminder,
    booking or cancellation speaks of, when nothing says it is another institution: a program's
    own reminder ("North Shore-LIJ", Wednesday, November 18) of the interview a platform booked
    under its school's name ("Zucker School of Medicine at Hofstra/Northwell", the same day); else,
    for a first booking, the one record not yet booked whose invitation offered that day. An
    applicant has one interview a day in a specialty."""
    result = facts.result
    if result.kind not in {"reminder", "scheduled", "cancellation"} or not result.specialty:
        return None
    days = _days_of(result)
    if not days:
        return None
    booked = [
        r
        for r in db.execute("SELECT * FROM records WHERE split_label IS ?", (split,)).fetchall()
        if (r["interview_date"] or "")[:10] in days and _compatible(r, result)
    ]
    if not booked and result.kind in {"scheduled", "reminder"}:
        # (the first booking: the one record not yet booked that offered that day)
        booked = [
            r
            for r in db.execute(
                "SELECT * FROM records WHERE split_label IS ? AND interview_date IS NULL "
                "AND status IN ('invited', 'waitlisted')",
                (split,),
            ).fetchall()
            if days & {d[:10] for d in json.loads(r["interview_dates"] or "[]")} and _compatible(r, result)
        ]
    if len(booked) != 1:
        return None
    record = booked[0]
    if result.program and contradicts(
        result.program,
        _names(record),
        decisions,
        facts.places,
        frozenset(json.loads(record["places"] or "[]")),
        facts.also_named,
    ):
        return None
    return int(record["id"])


def _from_the_program(db: sqlite3.Connection, facts: MessageFacts, record_id: int) -> bool:
    """Whether the sender is one the record's mail came from (the address, or the domain)."""
    if not facts.from_addr:
        return False
    row = db.execute("SELECT domains FROM records WHERE id = ?", (record_id,)).fetchone()
    domain = registered_domain(facts.from_addr)
    if domain and row and domain in json.loads(row["domains"] or "[]"):
        return True
    # (the applicant's own address, whose mail is all `other`, speaks for no program: her reply to
    # one program signs with her school's name, which is another program's)
    seen = db.execute(
        "SELECT 1 FROM messages WHERE record_id = ? AND from_addr = ? AND id != ? "
        "AND coalesce(kind, '') != 'other' LIMIT 1",
        (record_id, facts.from_addr, facts.id),
    ).fetchone()
    return seen is not None


def _create(db: sqlite3.Connection, facts: MessageFacts, now: str) -> int:
    result = facts.result
    assert result.program is not None
    cursor = db.execute(
        "INSERT INTO records (program, specialty, track, status, created_at, updated_at, names, split_label, "
        "program_ids) VALUES (?, ?, ?, 'new', ?, ?, ?, ?, ?)",
        (result.program, result.specialty, result.track, now, now, json.dumps([result.program]),
         _split_label(db, facts.id), json.dumps([facts.program_id] if facts.program_id else [])),
    )
    return int(cursor.lastrowid or 0)


def _last_status_at(db: sqlite3.Connection, record_id: int) -> str | None:
    row = db.execute("SELECT max(at) AS at FROM record_events WHERE record = ?", (record_id,)).fetchone()
    return row["at"] if row else None


def link_message(
    db: sqlite3.Connection,
    facts: MessageFacts,
    body: Callable[[], str],
    now: datetime,
    decisions: Decisions | None = None,
) -> int | None:
    """Link one classified message to its record (creating it for mail that changes a status),
    update the record from it, and return the record id."""
    result = facts.result
    stamp = iso(now) or ""
    if not about_the_applicant(result):
        db.execute("UPDATE messages SET record_id = NULL WHERE id = ?", (facts.id,))
        return None
    record_id = find_record(db, facts, body, decisions)
    new_status = mail_status(result)
    # Logistics mail starts a record only when it says exactly what it is about: a reminder names
    # the specialty, a booking names the specialty or an institution (not an airline's "United").
    specific = (
        result.kind not in {"reminder", "scheduled"}
        or result.specialty is not None
        or (result.kind == "scheduled" and names_an_institution(result.program or ""))
    )
    # (and only when it is sure of what it is: a doubtful "Re: Interview season update" from her
    # advisor at her home school's hospital is no booking of a program's)
    specific = specific and not (result.kind in {"reminder", "scheduled"} and result.needs_review)
    # (a thank-you completes the record of an interview; it makes none)
    if record_id is None and result.program and new_status and specific and result.kind != "info":
        record_id = _create(db, facts, stamp)
    if record_id is None:
        db.execute("UPDATE messages SET record_id = NULL WHERE id = ?", (facts.id,))
        return None
    record = db.execute("SELECT * FROM records WHERE id = ?", (record_id,)).fetchone()
    at = iso(facts.date) or stamp
    if new_status == "completed":
        # Thanks dated before the booked day, or before the first day offered, are for a social or
        # speak of a policy ("our post-interview communication"), not of the interview.
        offered = json.loads(record["interview_dates"] or "[]")
        first_day = record["interview_date"] or min(offered, default=None)
        if first_day and at[:10] < first_day[:10]:
            new_status = None
    if new_status:
        last = _last_status_at(db, record_id)
        current = None if record["status"] == "new" else record["status"]
        newer = last is None or at >= last
        if newer and new_status != current and mail_may_change(current, record["status_source"], new_status):
            db.execute(
                "UPDATE records SET status = ?, status_source = 'mail' WHERE id = ?",
                (new_status, record_id),
            )
            db.execute(
                "INSERT INTO record_events (record, message, status, source, at, detail) "
                "VALUES (?, ?, ?, 'mail', ?, ?)",
                (record_id, facts.id, new_status, at, f"{result.kind} mail"),
            )
    _merge_fields(db, record, result, at)
    _learn_identity(db, record, facts)
    db.execute("UPDATE records SET updated_at = ? WHERE id = ?", (stamp, record_id))
    db.execute(
        "UPDATE messages SET record_id = ?, program = coalesce(program, ?), "
        "specialty = coalesce(specialty, ?), track = coalesce(track, ?) WHERE id = ?",
        (record_id, record["program"], record["specialty"], record["track"], facts.id),
    )
    return record_id


def _learn_identity(db: sqlite3.Connection, record: sqlite3.Row, facts: MessageFacts) -> None:
    """Keep every spelling, sender domain and address state of the record's mail; show the fullest
    spelling."""
    names = _names(record)
    domains = json.loads(record["domains"] or "[]")
    places = set(json.loads(record["places"] or "[]"))
    if facts.result.kind not in {"other"}:
        places |= facts.places
    # (mail of kind `other` tells nothing of who the program is: the applicant's own note names the
    # school she signs with)
    program = facts.result.program if facts.result.kind != "other" else None
    for name in (program, *facts.also_named) if program else ():
        if name not in names:
            names.append(name)
    domain = registered_domain(facts.from_addr) if facts.result.kind not in {"other"} else None
    if domain and domain not in domains:
        domains.append(domain)
    numbers = json.loads(record["program_ids"] or "[]")
    if facts.program_id and facts.program_id not in numbers:
        numbers.append(facts.program_id)
    # The display name comes from the mail that says what the program did (an invitation, a
    # booking), not from a social's or a thank-you's signature.
    says_what_happened = program is not None and mail_status(facts.result) is not None
    shown = fullest([record["program"], str(program)]) if says_what_happened else record["program"]
    db.execute(
        "UPDATE records SET names = ?, domains = ?, places = ?, program = ?, program_ids = ? WHERE id = ?",
        (json.dumps(names), json.dumps(domains), json.dumps(sorted(places)), shown, json.dumps(numbers),
         record["id"]),
    )


def _merge_fields(db: sqlite3.Connection, record: sqlite3.Row, result: Classification, at: str) -> None:
    updates: dict[str, Any] = {}
    if result.track and not record["track"]:
        updates["track"] = result.track
    if result.specialty and not record["specialty"]:
        updates["specialty"] = result.specialty
    if result.kind in {"invitation", "waitlist"}:
        if result.kind == "invitation" and (not record["invited_at"] or at < record["invited_at"]):
            updates["invited_at"] = at
        if result.respond_by:
            updates["respond_by"] = iso(result.respond_by)
        if result.schedule_url:
            updates["schedule_url"] = result.schedule_url
    elif result.schedule_url and not record["schedule_url"]:
        updates["schedule_url"] = result.schedule_url
    if result.interview_dates:
        offered = sorted(set(json.loads(record["interview_dates"] or "[]")) | set(result.interview_dates))
        updates["interview_dates"] = json.dumps(offered)
    if result.kind in {"scheduled", "reminder"}:
        booked = iso(result.interview_at) if result.interview_at else None
        if booked is None and len(result.interview_dates) == 1:
            booked = result.interview_dates[0]
        if booked and (result.kind == "scheduled" or not record["interview_date"]):
            updates["interview_date"] = booked
    if result.platform and result.kind != "info" and (result.kind == "invitation" or not record["platform"]):
        updates["platform"] = result.platform
    if result.format and result.format != "unknown":
        updates["format"] = result.format
    if updates:
        columns = ", ".join(f"{key} = ?" for key in updates)
        db.execute(f"UPDATE records SET {columns} WHERE id = ?", (*updates.values(), record["id"]))


# -- stored messages ----------------------------------------------------------------------------


def facts_of(row: sqlite3.Row, correction: sqlite3.Row | None) -> MessageFacts:
    data = json.loads(row["classification"])
    result = correct(Classification.from_json(data), correction)
    if result.named_as:
        # Linked by the name the mail first gives; a fuller spelling from the same mail (a school or
        # a hospital another message of the program may not give) is only for display.
        result.program = result.named_as
    if correction is not None:
        # What the alerts and the digest read: the corrected fields, no longer needing review.
        data = {**data, **{k: v for k, v in result.contract().items() if k in _CORRECTABLE}}
    sender = row["from_name"] if registered_domain(row["from_addr"] or "") else ""
    program = result.program or ""
    told = data.get("also_named") or [] if correction is None or not correction["program"] else []
    also = tuple(dict.fromkeys([*told, *other_names(program, row["subject"] or "", sender or "")]))
    return MessageFacts(
        id=int(row["id"]),
        date=datetime.fromisoformat(row["date"]) if row["date"] else None,
        from_addr=row["from_addr"] or "",
        message_id=row["message_id"] or "",
        result=result,
        in_reply_to=data.get("in_reply_to") or "",
        references=tuple(data.get("references") or ()),
        # Only a program's own mail says where the program is: a platform's footer gives the
        # platform's address, a hotel's its own.
        places=frozenset(data.get("places") or ()) if registered_domain(row["from_addr"] or "") else NOWHERE,
        stored=data if correction is not None else None,
        also_named=also if program else (),
        # (a program the user corrected is the user's word, not the number's)
        program_id="" if correction is not None and correction["program"] else data.get("program_id") or "",
    )


def stored_classification(
    result: Classification, in_reply_to: str, references: Sequence[str], body: str = ""
) -> str:
    """The `classification` column: the whole result, plus what linking needs later without parsing
    the mail again: the thread headers and the states of the addresses in the body."""
    return json.dumps(
        {
            **result.to_json(),
            "in_reply_to": in_reply_to,
            "references": list(references),
            "places": sorted(places_in(body)),
            "also_named": other_names(result.program or "", body),
            "program_id": program_number(body) if result.program else None,
        }
    )


def save_classification(
    store: Store,
    message_pk: int,
    result: Classification,
    *,
    in_reply_to: str = "",
    references: list[str] | None = None,
    body: str = "",
    now: datetime | None = None,
) -> int | None:
    """Store a message's classification (with the user's correction on top) and link its record."""
    now = now or utcnow()
    data = stored_classification(result, in_reply_to, references or [], body)
    with store.transaction() as db:
        correction = db.execute("SELECT * FROM corrections WHERE message = ?", (message_pk,)).fetchone()
        db.execute(
            "UPDATE messages SET classification = ?, classified_at = ? WHERE id = ?",
            (data, iso(now), message_pk),
        )
        row = db.execute("SELECT * FROM messages WHERE id = ?", (message_pk,)).fetchone()
        facts = facts_of(row, correction)
        _write_columns(db, facts)
        return link_message(db, facts, lambda: body, now)


def _write_columns(db: sqlite3.Connection, facts: MessageFacts) -> None:
    result = facts.result
    db.execute(
        "UPDATE messages SET kind = ?, program = ?, specialty = ?, track = ? WHERE id = ?",
        (result.kind, result.program, result.specialty, result.track, facts.id),
    )
    if facts.stored is not None:
        db.execute(
            "UPDATE messages SET classification = ? WHERE id = ?", (json.dumps(facts.stored), facts.id)
        )


def rebuild(store: Store, body_of: Parse, now: datetime | None = None) -> int:
    """Rebuild every record from the stored classifications, corrections and user actions, in time
    order. Record ids are kept; a record nothing refers to any more is removed. Returns the count."""
    now = now or utcnow()
    with store.transaction() as db:
        corrections = {int(r["message"]): r for r in db.execute("SELECT * FROM corrections").fetchall()}
        user_events = db.execute(
            "SELECT * FROM record_events WHERE source = 'user' ORDER BY at, id"
        ).fetchall()
        db.execute("DELETE FROM record_events WHERE source = 'mail'")
        db.execute("UPDATE messages SET record_id = NULL")
        db.execute(
            "UPDATE records SET status = 'new', status_source = 'mail', invited_at = NULL, "
            "platform = NULL, format = NULL, respond_by = NULL, interview_dates = '[]', "
            "interview_date = NULL, schedule_url = NULL, names = json_array(program), domains = '[]', "
            "places = '[]', program_ids = '[]'"
        )
        decisions = decisions_of(db)
        rows = db.execute(
            "SELECT * FROM messages WHERE classification IS NOT NULL ORDER BY coalesce(date, fetched_at), id"
        ).fetchall()
        timeline: list[tuple[str, int, str, Any]] = [
            (r["date"] or r["fetched_at"], 1, "mail", r) for r in rows
        ] + [(e["at"], 2, "user", e) for e in user_events]
        for _at, _order, source, item in sorted(timeline, key=lambda t: (t[0], t[1])):
            if source == "mail":
                facts = facts_of(item, corrections.get(int(item["id"])))
                _write_columns(db, facts)
                link_message(db, facts, _lazy(body_of, facts.id), now, decisions)
            else:
                _replay_user(db, item)
        # A record no status-bearing mail and no user action supports any more is gone.
        orphans = (
            "SELECT id FROM records WHERE status = 'new' AND id NOT IN (SELECT record FROM record_events)"
        )
        db.execute(f"UPDATE messages SET record_id = NULL WHERE record_id IN ({orphans})")
        db.execute(f"DELETE FROM records WHERE id IN ({orphans})")
        count = db.execute("SELECT count(*) AS n FROM records").fetchone()
    return int(count["n"])


def _lazy(body_of: Parse, message_pk: int) -> Callable[[], str]:
    return lambda: body_of(message_pk)


def _replay_user(db: sqlite3.Connection, event: sqlite3.Row) -> None:
    detail = json.loads(event["detail"] or "{}")
    updates: dict[str, Any] = {}
    if detail.get("status"):
        updates["status"] = detail["status"]
        updates["status_source"] = "user"
    if detail.get("date"):
        updates["interview_date"] = detail["date"]
    if updates:
        columns = ", ".join(f"{key} = ?" for key in updates)
        db.execute(f"UPDATE records SET {columns} WHERE id = ?", (*updates.values(), event["record"]))


def list_records(store: Store, now: datetime | None = None, tz: tzinfo = UTC) -> list[dict[str, Any]]:
    """Every record, for `tracker records`, with its status as of `now` (`status_as_of`)."""
    rows = store.query(
        "SELECT * FROM records WHERE status != 'new' ORDER BY lower(program), specialty, track, id"
    )
    alike: dict[int, list[int]] = {}
    for first, second in possible_duplicates(store):
        alike.setdefault(first, []).append(second)
        alike.setdefault(second, []).append(first)
    out = []
    for row in rows:
        out.append(
            {
                "id": row["id"],
                "program": row["program"],
                "specialty": row["specialty"],
                "track": row["track"],
                "status": status_as_of(row["status"], row["interview_date"], now, tz),
                "status_source": row["status_source"],
                "invited_at": row["invited_at"],
                "respond_by": row["respond_by"],
                "interview_date": row["interview_date"],
                "interview_dates": json.loads(row["interview_dates"] or "[]"),
                "platform": row["platform"],
                "format": row["format"],
                "schedule_url": row["schedule_url"],
                "signal": row["signal"],
                "notes": row["notes"],
                "names": _names(row),
                "rank": row["rank"],
                "impressions": row["impressions"],
                "possibly_same_as": sorted(alike.get(int(row["id"]), [])),
            }
        )
    return out


def possible_duplicates(store: Store) -> list[tuple[int, int]]:
    """Pairs of records that may be one program: their names neither match nor conflict ("Beaumont"
    and "Beaumont Dearborn"), their specialty and track agree, and you have not decided yet."""
    with store.transaction() as db:
        rows = db.execute("SELECT * FROM records WHERE status != 'new' ORDER BY id").fetchall()
        decisions = decisions_of(db)
    pairs = []
    for index, first in enumerate(rows):
        for second in rows[index + 1 :]:
            if any(
                first[c] and second[c] and first[c] != second[c] for c in ("specialty", "track")
            ):
                continue
            verdicts = {
                relation(name, _names(second), None, frozenset(), decisions) for name in _names(first)
            }
            if Relation.UNSURE in verdicts and not verdicts & {Relation.SAME, Relation.DIFFERENT}:
                pairs.append((int(first["id"]), int(second["id"])))
            elif _booked_the_same_day(first, second) and not any(
                contradicts(name, _names(second), decisions) for name in _names(first)
            ):
                # (one interview a day in a specialty: "C.S. Mott Children's Hospital" and the
                # "University of Michigan Health System" a platform booked for the same day)
                pairs.append((int(first["id"]), int(second["id"])))
    return pairs


def _booked_the_same_day(first: sqlite3.Row, second: sqlite3.Row) -> bool:
    day = (first["interview_date"] or "")[:10]
    return bool(day) and day == (second["interview_date"] or "")[:10] and first["specialty"] is not None
