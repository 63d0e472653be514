"""Program identity commands: `merge`, `keep-apart` and `split` records, kept through reprocessing."""

from __future__ import annotations

import click

from tracker.cli.app import App, pass_app
from tracker.cli.arguments import MESSAGE, RECORD
from tracker.ids import message_ref, record_ref
from tracker.store.corrections import find_message, keep_apart, merge_records, split_record, stored_body


@click.command("merge")
@click.argument("keep", type=RECORD)
@click.argument("others", type=RECORD, nargs=-1, required=True)
@pass_app
def merge_command(app: App, keep: int, others: tuple[int, ...]) -> None:
    """Make records one program: KEEP (R7) takes the mail and notes of OTHERS (R12 ...), now and
    after reprocess."""
    merged = merge_records(app.store, keep, list(others), stored_body(app.store))
    click.echo(f"Merged record(s) {', '.join(map(record_ref, others))} into record {record_ref(merged)}.")


@click.command("keep-apart")
@click.argument("first", type=RECORD)
@click.argument("second", type=RECORD)
@pass_app
def keep_apart_command(app: App, first: int, second: int) -> None:
    """Say two records (R7 R12) are different programs, so they are never joined or asked about again."""
    keep_apart(app.store, first, second)
    click.echo(f"Records {record_ref(first)} and {record_ref(second)} are kept apart.")


@click.command("split")
@click.argument("record", type=RECORD)
@click.argument("messages", type=MESSAGE, nargs=-1, required=True)
@pass_app
def split_command(app: App, record: int, messages: tuple[str, ...]) -> None:
    """Move MESSAGES (M42 ..., or Message-IDs) out of RECORD (R7) into a program record of their own."""
    ids = [find_message(app.store, message) for message in messages]
    new = split_record(app.store, record, ids, stored_body(app.store))
    where = f"record {record_ref(new)}" if new is not None else "no record (they change no status)"
    moved = ", ".join(map(message_ref, ids))
    click.echo(f"Moved message(s) {moved} out of record {record_ref(record)} into {where}.")
