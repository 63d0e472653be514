"""What the commands take: ids of a record (R12, or 12 as before the prefixes) and of a message (M42,
42, or its Message-ID), and the filters' values. A record id where a message id belongs, or the
reverse, is a one-line usage error naming the command that lists the right ids."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

import click

from tracker.ids import parse_message_ref, parse_record_ref
from tracker.specialties import specialty_of


class RecordId(click.ParamType):
    """A record id: R12, r12 or 12."""

    name = "record"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        try:
            return parse_record_ref(str(value))
        except ValueError as e:
            self.fail(str(e), param, ctx)


class MessageRef(click.ParamType):
    """A message: M42, m42, 42 or its Message-ID (returned as the number or the Message-ID)."""

    name = "message"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        try:
            return parse_message_ref(str(value))
        except ValueError as e:
            self.fail(str(e), param, ctx)


RECORD = RecordId()
MESSAGE = MessageRef()


def specialty_option(text: str | None) -> str | None:
    """`--specialty`: the ERAS name for what the applicant typed (aliases work); a usage error if unknown."""
    if text is None:
        return None
    canonical = specialty_of(text)
    if canonical is None:
        raise click.BadParameter(
            f"unknown specialty {text!r}: use the ERAS name, e.g. Internal Medicine", param_hint="--specialty"
        )
    return canonical


def since_option(text: str | None, tz: tzinfo) -> datetime | None:
    """`--since`: the start of that day (or that time) in the applicant's zone."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace(" ", "T"))
    except ValueError:
        raise click.BadParameter(f"{text!r} is not YYYY-MM-DD", param_hint="--since") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)
