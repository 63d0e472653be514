"""Classification commands: `classify`, `eval`, and the corrections `set`, `record`, `records`,
`reprocess`."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from tracker.cli import tables
from tracker.cli.app import App, pass_app
from tracker.cli.arguments import MESSAGE, RECORD, since_option, specialty_option
from tracker.cli.season import evaluate_season
from tracker.clock import utcnow
from tracker.config import Applicant, Rule
from tracker.errors import ParseError, TrackerError
from tracker.specialties import specialty_of
from tracker.store.corrections import find_message, reprocess, set_correction, set_record, stored_body
from tracker.store.records import list_records, rebuild
from tracker.store.views import latest_activity, records_needing_review, stored_message
from tracker.understanding.classify import CONTRACT_KEYS, classify
from tracker.understanding.evaluate import evaluate
from tracker.understanding.message import NOT_AN_EMAIL, parse_message
from tracker.vocabulary import KINDS as _KINDS
from tracker.vocabulary import STATUSES as _STATUSES
from tracker.vocabulary import TRACKS as _TRACKS


def _classification_settings(app: App) -> tuple[Applicant, list[Rule]]:
    """[applicant] and [[rules]] from the config when there is one, else the defaults."""
    if app.config_option or os.environ.get("TRACKER_CONFIG") or app.config_file.exists():
        return app.config.applicant, list(app.config.rules)
    return Applicant(), []


@click.command("classify")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one object per file.")
@pass_app
def classify_command(app: App, files: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files: kind, program, specialty, track, dates, deadline, platform, evidence."""
    applicant, rules = _classification_settings(app)
    problems = 0
    for path in files:
        item, problem = _classify_file(path, applicant, rules)
        if problem:
            problems += 1
            click.echo(f"tracker: error: {path}: {problem}", err=True)
            if not as_json:
                continue  # the error says it all; JSON Lines keep one object per file
        click.echo(json.dumps(item, ensure_ascii=False) if as_json else tables.classify_line(path, item))
    if problems:
        click.get_current_context().exit(1)


def _classify_file(path: Path, applicant: Applicant, rules: list[Rule]) -> tuple[dict[str, Any], str | None]:
    """`tracker classify --json`'s object for one file, and why it could not be read (None when it could).

    An unreadable file still gets an object, every field null, marked for review.
    """
    try:
        parsed = parse_message(path.read_bytes())
        if not (parsed.from_addr or parsed.subject or parsed.date or parsed.message_id):
            raise ParseError("not an email (no From, Subject, Date or Message-ID header): give an .eml file")
        result = classify(parsed, applicant=applicant, rules=rules)
    except (OSError, ParseError) as e:
        reason = (e.strerror or str(e)) if isinstance(e, OSError) else str(e)
        if reason == NOT_AN_EMAIL:  # bytes without a header, refused by parse_message itself
            reason += ": give an .eml file"
        item: dict[str, Any] = {"file": str(path), **dict.fromkeys(CONTRACT_KEYS)}
        item.update(interview_dates=[], needs_review=True, evidence=[f"unreadable: {reason}"])
        return item, reason
    return {"file": str(path), **result.contract()}, None


@click.command("eval")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--season",
    is_flag=True,
    help="DIR is a season (mail/ and truth.toml): compare records, counts and statuses with the truth.",
)
@click.option("--json", "as_json", is_flag=True, help="With --season: the report as JSON.")
@click.option("--show/--no-show", default=True, show_default=True, help="List every mismatch.")
@pass_app
def eval_command(app: App, directory: Path, season: bool, as_json: bool, show: bool) -> None:
    """Per-field accuracy of the classification against DIR/labels.toml, or with --season the
    records made from a season's mail against its truth."""
    if season:
        report = evaluate_season(directory)
        if as_json:
            click.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        else:
            for line in report.lines(show):
                click.echo(line)
        return
    result = evaluate(directory)
    for line in result.lines():
        click.echo(line)
    if show:
        for miss in result.mismatches:
            click.echo(f"  {miss.file}: {miss.field}: expected {miss.expected!r}, got {miss.got!r}")


def _body_of(app: App) -> Callable[[int], str]:
    return stored_body(app.store)


@click.command("set")
@click.argument("message", type=MESSAGE)
@click.option("--kind", type=click.Choice(list(_KINDS)), help="The message's kind.")
@click.option("--program", help="The institution, as you write it.")
@click.option("--specialty", help="The ERAS specialty (aliases such as OB/GYN or Gen Surg work).")
@click.option("--track", type=click.Choice(list(_TRACKS)), help="The track.")
@pass_app
def set_command(
    app: App, message: str, kind: str | None, program: str | None, specialty: str | None, track: str | None
) -> None:
    """Correct a message's classification (MESSAGE: its id such as M42, from `tracker messages`, or its
    Message-ID); kept across reprocessing."""
    if not any((kind, program, specialty, track)):
        raise click.UsageError("give at least one of --kind, --program, --specialty, --track")
    canonical = specialty_of(specialty) if specialty else None
    if specialty and canonical is None:
        raise TrackerError(f"unknown specialty {specialty!r}", "use the ERAS name, e.g. Internal Medicine")
    message_pk = find_message(app.store, message)
    fields = {
        "kind": kind,
        "program": program.strip() if program else None,
        "specialty": canonical,
        "track": track,
    }
    set_correction(app.store, message_pk, fields)
    rebuild(app.store, _body_of(app))
    corrected = stored_message(app.store, message_pk)
    assert corrected is not None  # find_message found it
    click.echo(tables.message_line(corrected))


@click.command("record")
@click.argument("record_id", metavar="RECORD", type=RECORD)
@click.option("--status", type=click.Choice(list(_STATUSES)), help="What happened, in your words.")
@click.option("--date", "when", metavar="YYYY-MM-DD[THH:MM]", help="The booked interview date (and time).")
@click.option("--signal", type=click.Choice(["gold", "silver", "none"]), help="The signal you sent it.")
@click.option("--note", help="A note (impressions, thank-you sent); appended with today's date.")
@click.option("--impressions", help="Your impressions of the interview, for the rank list (replaces them).")
@click.option(
    "--rank",
    type=click.IntRange(min=0),
    help="Its place on your rank list (1: first choice; the others move down); 0 takes it off.",
)
@pass_app
def record_command(
    app: App,
    record_id: int,
    status: str | None,
    when: str | None,
    signal: str | None,
    note: str | None,
    impressions: str | None,
    rank: int | None,
) -> None:
    """Tell a record (RECORD: its id such as R7, from `tracker records`) what the mail did not: status,
    interview date, signal, notes, impressions, rank."""
    if not any((status, when, signal, note)) and impressions is None and rank is None:
        raise click.UsageError(
            "give at least one of --status, --date, --signal, --note, --impressions, --rank"
        )
    try:
        interview_date = tables.interview_date(when, app.config.applicant.tz) if when else None
    except ValueError as e:
        raise click.BadParameter(str(e), param_hint="--date") from e
    row = set_record(
        app.store,
        record_id,
        status=status,
        interview_date=interview_date,
        signal=signal,
        note=note,
        impressions=impressions,
        rank=rank,
    )
    line = tables.record_line(row, app.config.applicant.tz, {"signal": signal, "note": note})
    if impressions is not None:
        line += "; impressions saved" if row["impressions"] else "; impressions cleared"
    if rank is not None:
        line += f"; rank {row['rank']}" if row["rank"] else "; off the rank list"
    click.echo(line)


@click.command("records")
@click.option("--json", "as_json", is_flag=True, help="A JSON array, one object per record.")
@click.option("--status", type=click.Choice(list(_STATUSES)), help="Only records with this status.")
@click.option("--specialty", help="Only records of this specialty (aliases such as OB/GYN work).")
@click.option("--since", metavar="YYYY-MM-DD", help="Only records with mail or a change since this day.")
@click.option("--review", is_flag=True, help="Only records holding a message that needs review.")
@pass_app
def records_command(
    app: App, as_json: bool, status: str | None, specialty: str | None, since: str | None, review: bool
) -> None:
    """List the programs: id (R7, what `tracker record` takes), program, specialty, track, status,
    deadline, interview date; then the records that may be one program."""
    tz = app.config.applicant.tz
    canonical = specialty_option(specialty)
    start = since_option(since, tz)
    items = list_records(app.store, utcnow(), tz)
    filtered = any((status, canonical, start, review))
    if filtered:
        active = latest_activity(app.store) if start else {}
        doubtful = records_needing_review(app.store) if review else set()
        items = [
            item
            for item in items
            if (status is None or item["status"] == status)
            and (canonical is None or item["specialty"] == canonical)
            and (start is None or (item["id"] in active and active[item["id"]] >= start))
            and (not review or item["id"] in doubtful)
        ]
    if as_json:
        click.echo(json.dumps(items, indent=2, ensure_ascii=False))
        return
    for line in tables.records_table(items, tz, filtered=filtered):
        click.echo(line)
    pairs = {
        (min(item["id"], other), max(item["id"], other))
        for item in items
        for other in item["possibly_same_as"]
    }
    for line in tables.possible_duplicate_lines(sorted(pairs)):
        click.echo(line)


@click.command("reprocess")
@pass_app
def reprocess_command(app: App) -> None:
    """Re-classify every stored message from its raw bytes, keeping your corrections."""
    classified, failed = reprocess(app.store, applicant=app.config.applicant, rules=app.config.rules)
    click.echo(f"{classified} message(s) re-classified, {failed} failed to parse")
