"""Program identity commands: `merge`, `keep-apart` and `split` records, kept through reprocessing."""

from __future__ import annotations

import click

from tracker.cli.app import App, pass_app
from tracker.store.corrections import find_message, keep_apart, merge_records, split_record, stored_body


@click.command("merge")
@click.argument("keep", type=int)
@click.argument("others", type=int, nargs=-1, required=True)
@pass_app
def merge_command(app: App, keep: int, others: tuple[int, ...]) -> None:
    """Make records one program: KEEP takes the mail and notes of OTHERS, now and after reprocess."""
    merged = merge_records(app.store, keep, list(others), stored_body(app.store))
    click.echo(f"Merged record(s) {', '.join(map(str, others))} into record {merged}.")


@click.command("keep-apart")
@click.argument("first", type=int)
@click.argument("second", type=int)
@pass_app
def keep_apart_command(app: App, first: int, second: int) -> None:
    """Say two records are different programs, so they are never joined or asked about again."""
    keep_apart(app.store, first, second)
    click.echo(f"Records {first} and {second} are kept apart.")


@click.command("split")
@click.argument("record", type=int)
@click.argument("messages", nargs=-1, required=True)
@pass_app
def split_command(app: App, record: int, messages: tuple[str, ...]) -> None:
    """Move MESSAGES (ids or Message-IDs) out of RECORD into a program record of their own."""
    ids = [find_message(app.store, message) for message in messages]
    new = split_record(app.store, record, ids, stored_body(app.store))
    where = f"record {new}" if new is not None else "no record (they change no status)"
    click.echo(f"Moved {len(ids)} message(s) out of record {record} into {where}.")
