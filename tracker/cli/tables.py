"""What the CLI prints: tables and JSON shapes for messages and records, and the one-line
confirmations of corrections. Pure functions of what the store's views return and a time zone, so
they test without a CLI or a database; times stored in UTC are shown in the applicant's zone."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from tracker.clock import iso
from tracker.store.views import StoredMessage
from tracker.vocabulary import MessageStatus


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
        }
        for message in messages
    ]


def messages_table(items: list[dict[str, Any]], tz: tzinfo) -> list[str]:
    """`tracker messages`: id, date (local), kind (or the parse status), program or sender, subject."""
    if not items:
        return ["no messages yet: run `tracker poll --once`"]
    lines = [f"{'id':>6}  {'date':<16}  {'kind':<12}  {'program or sender':<30}  subject"]
    for item in items:
        kind = item["kind"] or ("unreadable" if item["status"] == MessageStatus.FAILED else item["status"])
        who = item["program"] or item["from_name"] or item["from"] or ""
        lines.append(
            f"{item['id']:>6}  {local_time(item['date'], tz):<16}  {kind[:12]:<12}  "
            f"{who[:30]:<30}  {item['subject'] or ''}".rstrip()
        )
    return lines


def records_table(items: list[dict[str, Any]], tz: tzinfo) -> list[str]:
    """`tracker records`: id, program, specialty, track, status, deadline and interview (local)."""
    if not items:
        return ["no records yet"]
    lines = [
        f"{'id':>4}  {'program':<36} {'specialty':<28} {'track':<12}  {'status':<10} "
        f"{'deadline':<17} interview"
    ]
    for item in items:
        lines.append(
            f"{item['id']:>4}  {item['program'][:36]:<36} {(item['specialty'] or '-')[:28]:<28} "
            f"{item['track'] or '-':<12}  {item['status']:<10} {local_time(item['respond_by'], tz):<17} "
            f"{local_time(item['interview_date'], tz)}"
        )
    return lines


def record_line(row: Any, tz: tzinfo, changed: Mapping[str, Any] | None = None) -> str:
    """The confirmation `tracker record` prints (`row`: a records row): status, interview, what changed."""
    what = " ".join(str(row[k]) for k in ("program", "specialty", "track") if row[k])
    line = f"record {row['id']}: {what}: {row['status']}"
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
        f"message {message.id}: {message.kind}, {message.program or '-'}, {message.specialty or '-'}, "
        f"{message.track or '-'}; record {message.record_id or '-'}"
    )


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
    """`tracker classify` without --json: the kind, where, the confidence, and [review]."""
    where = " / ".join(str(item[k]) for k in ("program", "specialty", "track") if item[k])
    review = "  [review]" if item["needs_review"] else ""
    return f"{path}: {item['kind']}  {where}  ({item['confidence']}){review}"
