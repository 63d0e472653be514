"""The changes the pages make, each through the function the matching CLI command calls:

- correct a message: `set_correction` then `rebuild`, as `tracker set`;
- a record's status, interview date, signal, notes and impressions: `set_record`, as `tracker record`;
- merge or keep apart two records: `merge_records` / `keep_apart`, as `tracker merge` / `keep-apart`;
- the rank list's order: `set_record(rank=...)`, as `tracker record ID --rank N`.

Every request reaching here has passed the CSRF check (`security.Guard`). Each returns a redirect
(so reloading the page sends nothing again) or, for a change the store refused, a page saying why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from tracker.clock import iso
from tracker.errors import TrackerError
from tracker.specialties import canonical_specialty
from tracker.store.corrections import keep_apart, merge_records, set_correction, set_record, stored_body
from tracker.store.records import rebuild
from tracker.vocabulary import KINDS, STATUSES, TRACKS
from tracker.web import ranklist
from tracker.web.dashboard import Dashboard, redirect, safe_next

log = logging.getLogger(__name__)

Form = dict[str, str]


class Refused(Exception):
    """A change the store refused (a TrackerError), with the page to go back to."""

    def __init__(self, error: TrackerError, back: str) -> None:
        super().__init__(str(error))
        self.error = error
        self.back = back


async def form_of(request: Request) -> Form:
    form = await request.form()
    return {key: value for key, value in form.items() if isinstance(value, str)}


def _int(form: Form, name: str) -> int:
    try:
        return int(form.get(name, ""))
    except ValueError as e:
        raise TrackerError(f"{name} is not a number", "reload the page and try again") from e


# -- messages -----------------------------------------------------------------------------------


def correction_fields(form: Form) -> dict[str, str | None]:
    """The correction a review form asks for, checked as `tracker set` checks its options."""
    kind = form.get("chosen_kind", "") if form.get("kind") == "chosen" else form.get("kind", "")
    if kind not in KINDS:
        raise TrackerError(f"unknown kind {kind!r}", f"choose one of {', '.join(KINDS)}")
    specialty = form.get("specialty", "").strip()
    canonical = canonical_specialty(specialty) if specialty else None
    if specialty and canonical is None:
        raise TrackerError(f"unknown specialty {specialty!r}", "choose an ERAS specialty from the list")
    track = form.get("track", "").strip()
    if track and track not in TRACKS:
        raise TrackerError(f"unknown track {track!r}", f"choose one of {', '.join(TRACKS)}")
    program = " ".join(form.get("program", "").split())
    return {"kind": kind, "program": program or None, "specialty": canonical, "track": track or None}


def correct_message(d: Dashboard, message_pk: int, form: Form) -> Response:
    back = safe_next(form.get("next"), "/review")
    try:
        if d.store.query_one("SELECT 1 FROM messages WHERE id = ?", (message_pk,)) is None:
            raise TrackerError(f"no stored message {message_pk}", "reload the review queue")
        fields = correction_fields(form)
        now = d.now()
        set_correction(d.store, message_pk, fields, now)
        rebuild(d.store, stored_body(d.store), now)
    except TrackerError as e:
        raise Refused(e, back) from e
    log.info("web: message %d corrected: %s", message_pk, fields)
    return redirect(back, f"message-{message_pk}", done="corrected", message=message_pk)


# -- records ------------------------------------------------------------------------------------


def interview_value(day: str, at: str, d: Dashboard) -> str | None:
    """The date (and time) fields as `tracker record --date` stores them: a bare ISO date, or a
    time in the applicant's zone stored in UTC."""
    if not day.strip():
        return None
    try:
        when = date.fromisoformat(day.strip())
        if not at.strip():
            return when.isoformat()
        return iso(datetime.combine(when, time.fromisoformat(at.strip()), d.tz))
    except ValueError as e:
        raise TrackerError(
            f"{day} {at} is not a date and time", "use the date picker, e.g. 2026-12-03"
        ) from e


def edit_record(d: Dashboard, record_id: int, form: Form) -> Response:
    """Save what changed in a record's form (unchanged fields are not rewritten)."""
    back = safe_next(form.get("next"), "/programs")
    row = d.store.query_one("SELECT * FROM records WHERE id = ?", (record_id,))
    if row is None:
        raise Refused(TrackerError(f"no record {record_id}", "reload the programs page"), back)
    changes: dict[str, Any] = {}
    try:
        status = form.get("status", "")
        if status and status != form.get("status_was", "") and status in STATUSES:
            changes["status"] = status
        interview = interview_value(form.get("interview_day", ""), form.get("interview_time", ""), d)
        if interview is not None and interview != (row["interview_date"] or ""):
            changes["interview_date"] = interview
        signal = form.get("signal", "")
        if signal and signal != (row["signal"] or ""):
            changes["signal"] = signal
        for name in ("notes", "impressions"):
            if name in form and form[name].strip() != (row[name] or "").strip():
                changes[name] = form[name]
        if changes:
            set_record(d.store, record_id, now=d.now(), **changes)
    except TrackerError as e:
        raise Refused(e, back) from e
    log.info("web: record %d changed: %s", record_id, sorted(changes))
    return redirect(back, f"record-{record_id}", done="saved" if changes else "unchanged", open=record_id)


def merge(d: Dashboard, form: Form) -> Response:
    try:
        keep, other = _int(form, "keep"), _int(form, "other")
        merge_records(d.store, keep, [other], stored_body(d.store), d.now())
    except TrackerError as e:
        raise Refused(e, "/programs") from e
    return redirect("/programs", f"record-{keep}", done="merged", record=keep, other=other, open=keep)


def apart(d: Dashboard, form: Form) -> Response:
    try:
        first, second = _int(form, "first"), _int(form, "second")
        keep_apart(d.store, first, second, d.now())
    except TrackerError as e:
        raise Refused(e, "/programs") from e
    return redirect("/programs", done="kept-apart", record=first, other=second)


# -- the rank list ------------------------------------------------------------------------------


def rank_move(d: Dashboard, form: Form) -> Response:
    try:
        record_id = _int(form, "record")
        offset = {"up": -1, "down": 1}.get(form.get("direction", ""), 0)
        ranklist.move(d.store, record_id, offset, d.tz, d.now())
    except TrackerError as e:
        raise Refused(e, "/rank") from e
    return redirect("/rank", f"rank-{record_id}", done="ranked")


def rank_order(d: Dashboard, from_script: bool, form: Form) -> Response:
    """The whole order at once, as the dragged list sends it ("7,3,12")."""
    try:
        order = [int(part) for part in form.get("order", "").split(",") if part.strip()]
        shown = {entry.record.id for entry in ranklist.rank_list(d.store, d.tz, d.now())}
        if not order or not set(order) <= shown:
            raise TrackerError("the rank list changed meanwhile", "reload the page and try again")
        ranklist.reorder(d.store, order, d.now())
    except (TrackerError, ValueError) as e:
        error = e if isinstance(e, TrackerError) else TrackerError("the order is not a list of records")
        if from_script:
            return Response(error.message, status_code=409, media_type="text/plain")
        raise Refused(error, "/rank") from e
    if from_script:
        return Response(status_code=204)
    return redirect("/rank", done="ranked")


async def perform(d: Dashboard, request: Request, change: Callable[..., Response], *args: object) -> Response:
    """Read the form, make the change off the event loop (the store's writes block), and show a
    refused change's reason."""
    form = await form_of(request)
    try:
        return await run_in_threadpool(change, d, *args, form)
    except Refused as refused:
        return await run_in_threadpool(d.problem, request, refused.error, refused.back)
