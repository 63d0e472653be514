"""What the CLI prints: tables and JSON shapes for messages and records, and the one-line
confirmations of corrections. Pure functions of what the store's views return and a time zone, so
they test without a CLI or a database; times stored in UTC are shown in the applicant's zone."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from tracker.clock import iso
from tracker.ids import message_ref, record_ref
from tracker.store.views import StoredMessage, one_line
from tracker.vocabulary import MessageStatus

# Beside a kind the classifier is not sure of, as in the alert's subject: look at the email.
REVIEW_MARK = "[check]"


def local_time(value: str | None, tz: tzinfo, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """An ISO date stays as it is; an ISO date and time is shown in the applicant's zone; '-' for none."""
    if not value:
        return "-"
    if "T" not in value:
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return moment.strftime(fmt)
    return moment.astimezone(tz).strftime(fmt)


def message_items(messages: list[StoredMessage]) -> list[dict[str, Any]]:
    """`tracker messages --json`: one object per stored message, where it was first seen."""
    return [
        {
            "id": message.id,
            "folder": message.folder,
            "uid": message.uid,
            "uidvalidity": message.uidvalidity,
            "message_id": message.message_id,
            "date": message.date,
            "from": message.from_addr,
            "from_name": message.from_name,
            "subject": message.subject,
            "status": message.status,
            "error": message.error,
            "kind": message.kind,
            "program": message.program,
            "specialty": message.specialty,
            "track": message.track,
            "record_id": message.record_id,
            "needs_review": message.needs_review,
        }
        for message in messages
    ]


def kind_shown(kind: str, needs_review: bool) -> str:
    """A kind as the applicant reads it: with the review mark when the classification is not certain."""
    return f"{kind} {REVIEW_MARK}" if needs_review else kind


def messages_table(items: list[dict[str, Any]], tz: tzinfo, filtered: bool = False) -> list[str]:
    """`tracker messages`: id, date (local), kind (marked when it needs review; else the parse
    status), its record, program or sender, subject."""
    if not items:
        return ["no messages match" if filtered else "no messages yet: run `tracker poll --once`"]
    lines = [f"{'id':>6}  {'date':<16}  {'kind':<20}  {'record':>6}  {'program or sender':<30}  subject"]
    for item in items:
        kind = item["kind"] or ("unreadable" if item["status"] == MessageStatus.FAILED else item["status"])
        who = one_line(item["program"] or item["from_name"] or item["from"])
        lines.append(
            f"{message_ref(item['id']):>6}  {local_time(item['date'], tz):<16}  "
            f"{kind_shown(kind, item.get('needs_review', False))[:20]:<20}  "
            f"{record_ref(item['record_id']) or '-':>6}  {who[:30]:<30}  {one_line(item['subject'])}".rstrip()
        )
    if any(item.get("needs_review") for item in items):
        lines.append(
            f"{REVIEW_MARK}: not certain; open the email, then correct it with "
            "`tracker set M42 --kind ...` (its id) if it is wrong."
        )
    return lines


def records_table(items: list[dict[str, Any]], tz: tzinfo, filtered: bool = False) -> list[str]:
    """`tracker records`: id, program, specialty, track, status, deadline and interview (local)."""
    if not items:
        return ["no records match" if filtered else "no records yet"]
    lines = [
        f"{'id':>5}  {'program':<36} {'specialty':<28} {'track':<12}  {'status':<10} "
        f"{'deadline':<17} interview"
    ]
    for item in items:
        lines.append(
            f"{record_ref(item['id']):>5}  {one_line(item['program'])[:36]:<36} "
            f"{(item['specialty'] or '-')[:28]:<28} "
            f"{item['track'] or '-':<12}  {item['status']:<10} {local_time(item['respond_by'], tz):<17} "
            f"{local_time(item['interview_date'], tz)}"
        )
    return lines


def record_line(row: Any, tz: tzinfo, changed: Mapping[str, Any] | None = None) -> str:
    """The confirmation `tracker record` prints (`row`: a records row): status, interview, what changed."""
    what = " ".join(str(row[k]) for k in ("program", "specialty", "track") if row[k])
    line = f"record {record_ref(row['id'])}: {what}: {row['status']}"
    if row["interview_date"]:
        line += f", interview {local_time(row['interview_date'], tz)}"
    changed = changed or {}
    if changed.get("signal"):
        line += f"; signal {changed['signal']}"
    if changed.get("note"):
        line += "; note added"
    return line


def message_line(message: StoredMessage) -> str:
    """The confirmation `tracker set` prints."""
    return (
        f"message {message_ref(message.id)}: {message.kind}, {message.program or '-'}, "
        f"{message.specialty or '-'}, {message.track or '-'}; record {record_ref(message.record_id) or '-'}"
    )


def possible_duplicate_lines(pairs: list[tuple[int, int]]) -> list[str]:
    """`tracker records`' closing lines: each pair that may be one program, with the two commands
    that settle it."""
    lines = []
    for first, second in pairs:
        both = f"{record_ref(first)} {record_ref(second)}"
        lines.append(
            f"Possibly the same program: records {record_ref(first)} and {record_ref(second)}. "
            f"`tracker merge {both}` or `tracker keep-apart {both}`."
        )
    return lines


def interview_date(text: str, tz: tzinfo) -> str:
    """`--date`: YYYY-MM-DD stays a date; YYYY-MM-DDTHH:MM is a time in `tz`, stored in UTC."""
    try:
        if "T" in text or " " in text.strip():
            moment = datetime.fromisoformat(text.strip().replace(" ", "T"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=tz)
            return iso(moment) or ""
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError as e:
        raise ValueError(f"{text!r} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM") from e


def classify_line(path: Path, item: dict[str, Any]) -> str:
    """`tracker classify` without --json: the kind (with the review mark), where, the confidence."""
    where = " / ".join(str(item[k]) for k in ("program", "specialty", "track") if item[k])
    return f"{path}: {kind_shown(item['kind'], item['needs_review'])}  {where}  ({item['confidence']})"


def not_classified_line(path: Path, reason: str) -> str:
    """`tracker classify` without --json, for a file it could not read as an email."""
    return f"{path}: not classified: {reason}"
