"""The pages: each reads the views the digest, `tracker status` and `tracker records` read, and
hands them to its template. Nothing here changes the store (`actions` does)."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response

from tracker.notify.digest import UPCOMING_DAYS
from tracker.specialties import SPECIALTIES
from tracker.store.records import list_records
from tracker.store.views import (
    interview_start,
    load_messages,
    load_record,
    load_records,
    messages_needing_review,
    stored_message,
)
from tracker.vocabulary import KIND_ORDER, KINDS, STATUSES, TRACKS, Format, Kind, Platform, kind_label
from tracker.web import charts, queries, ranklist
from tracker.web.dashboard import Dashboard
from tracker.web.mail import shown_message

FILTERS = ("specialty", "status", "platform", "format")


def season(d: Dashboard, request: Request) -> HTMLResponse:
    """Season at a glance: what needs a response, the next interview days, goals and their pace."""
    now = d.now()
    digest = d.notifications.digest_payload(now)
    records = load_records(d.store, d.tz, now)
    first = queries.first_invited(d.store)
    lines = []
    for line in digest["specialties"]:
        chart = charts.season_chart(line["specialty"], records, first, d.goal_settings, now)
        lines.append({**line, "chart": chart})
    return d.render(
        request,
        "season.html",
        digest=digest,
        specialties=lines,
        upcoming_days=UPCOMING_DAYS,
        season_start=d.goal_settings.season_start,
        season_end=d.goal_settings.season_end,
    )


def programs(d: Dashboard, request: Request) -> HTMLResponse:
    """Every record (as `tracker records --json` lists it), filtered, with its history and the
    pairs that may be one program."""
    now = d.now()
    items = list_records(d.store, now, d.tz)
    chosen = {name: request.query_params.get(name, "") for name in FILTERS}
    shown = [
        item
        for item in items
        if all(not value or str(item[name] or "") == value for name, value in chosen.items())
    ]
    fields = queries.applicant_fields(d.store)
    by_id = {item["id"]: item for item in items}
    pairs = []
    for item in items:
        for other in item["possibly_same_as"]:
            if item["id"] < other and other in by_id:
                pairs.append((item, by_id[other]))
    try:
        open_id = int(request.query_params.get("open", "0"))
    except ValueError:
        open_id = 0
    return d.render(
        request,
        "programs.html",
        items=shown,
        total=len(items),
        chosen=chosen,
        options={
            "specialty": sorted({str(i["specialty"]) for i in items if i["specialty"]}),
            "status": list(STATUSES),
            "platform": [p.value for p in Platform],
            "format": [f.value for f in Format if f != Format.UNKNOWN],
        },
        histories={item["id"]: queries.record_history(d.store, item["id"]) for item in shown},
        interview_fields={item["id"]: interview_fields(item["interview_date"], d.tz) for item in shown},
        fields=fields,
        pairs=pairs,
        open_id=open_id,
        signals=("gold", "silver", "none"),
        statuses=STATUSES,
        back=str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""),
    )


def interview_fields(value: str | None, tz: tzinfo) -> tuple[str, str]:
    """A booked interview as the form's day and time fields (the time empty when only the day is known)."""
    start = interview_start(value, tz)
    if start is None:
        return "", ""
    moment, timed = start
    return moment.date().isoformat(), moment.strftime("%H:%M") if timed else ""


def _correction_choices(d: Dashboard) -> dict[str, Any]:
    """What a correction form offers: kinds, ERAS specialties, tracks and the programs known so far."""
    return {
        "other_kinds": [(kind, kind_label(kind, 1)) for kind in KIND_ORDER if kind != Kind.INVITATION],
        "kinds": KINDS,
        "specialties": SPECIALTIES,
        "tracks": TRACKS,
        "programs": queries.known_programs(d.store),
    }


def review(d: Dashboard, request: Request) -> HTMLResponse:
    """The messages flagged for review, each with its evidence, the mail made safe, and one-click fixes."""
    items = [
        {"message": message, "shown": shown_message(d.store, message.id)}
        for message in messages_needing_review(d.store)
    ]
    return d.render(
        request,
        "review.html",
        items=items,
        corrected=request.query_params.get("message", ""),
        **_correction_choices(d),
    )


def message(d: Dashboard, request: Request) -> Response:
    """One stored message: the mail made safe, what it was classified as and why, and the correction form."""
    message_pk = int(request.path_params["message_id"])
    stored = stored_message(d.store, message_pk)
    if stored is None:
        return d.render(request, "missing.html", 404, what=f"message {message_pk}")
    views = load_messages(d.store, [message_pk])
    return d.render(
        request,
        "message.html",
        stored=stored,
        view=views[0] if views else None,
        shown=shown_message(d.store, message_pk),
        record=load_record(d.store, stored.record_id, d.tz, d.now()) if stored.record_id else None,
        **_correction_choices(d),
    )


def rank(d: Dashboard, request: Request) -> HTMLResponse:
    """The completed interviews in the applicant's order, with impressions, and the list to paste."""
    entries = ranklist.rank_list(d.store, d.tz, d.now())
    return d.render(request, "rank.html", entries=entries, export=ranklist.export_text(entries))


def rank_text(d: Dashboard, request: Request) -> PlainTextResponse:
    """The rank list as a text file to paste from."""
    text = ranklist.export_text(ranklist.rank_list(d.store, d.tz, d.now()))
    return PlainTextResponse(
        text or "No completed interviews yet.\n",
        headers={"content-disposition": 'attachment; filename="rank-list.txt"'},
    )


def health(d: Dashboard, request: Request) -> HTMLResponse:
    """Last successful sync, errors, and each channel with its last delivery."""
    digest = d.notifications.digest_payload(d.now())
    deliveries = queries.channel_deliveries(d.store)
    channels = [
        {"name": name, "describe": channel.describe(), "delivery": deliveries.pop(name, None)}
        for name, channel in d.notifications.outbox.channels.items()
    ]
    gone = [
        {"name": name, "describe": f"{name} (no longer configured)", "delivery": delivery}
        for name, delivery in deliveries.items()
    ]
    return d.render(
        request,
        "health.html",
        health=digest["health"],
        runs=queries.recent_sync_runs(d.store),
        channels=channels + gone,
        store_path=str(d.config.store_path),
        schema=d.store.schema_version(),
    )
