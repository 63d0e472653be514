"""How records and messages are named to the applicant: a program record is R12, a message M12, so
one number never stands for two things in what is shown or typed.

The store and JSON keep plain integers; these forms are for people. Reading accepts the prefixed
form in either case and, for commands written before the prefixes, the bare number.
"""

from __future__ import annotations

import re

RECORD_PREFIX = "R"
MESSAGE_PREFIX = "M"

_REF = re.compile(r"\s*([RrMm]?)\s*(\d+)\s*")


def record_ref(record_id: object) -> str:
    """A record's id as shown: 'R12'; '' for none."""
    return f"{RECORD_PREFIX}{record_id}" if record_id not in (None, "") else ""


def message_ref(message_id: object) -> str:
    """A message's id as shown: 'M12'; '' for none."""
    return f"{MESSAGE_PREFIX}{message_id}" if message_id not in (None, "") else ""


def split_ref(text: str) -> tuple[str, int] | None:
    """('R', 12), ('M', 12) or ('', 12) for a bare number; None when `text` is no such id."""
    match = _REF.fullmatch(text)
    if match is None:
        return None
    return match[1].upper(), int(match[2])


def parse_record_ref(text: str) -> int:
    """A record id from 'R12', 'r12' or '12'; ValueError saying what to type instead."""
    found = split_ref(text)
    if found is None:
        raise ValueError(f"{text!r} is not a record id such as R12, from `tracker records`")
    prefix, number = found
    if prefix == MESSAGE_PREFIX:
        raise ValueError(
            f"{text.strip()} is a message id; give a record id such as R12, from `tracker records`"
        )
    return number


def parse_message_ref(text: str) -> str:
    """A message reference from 'M42', 'm42', '42' (the number, as text) or a Message-ID (as given);
    ValueError for a record id such as R12."""
    found = split_ref(text)
    if found is None:
        return text
    prefix, number = found
    if prefix == RECORD_PREFIX:
        raise ValueError(
            f"{text.strip()} is a record id; give a message id such as M42, from `tracker messages`"
        )
    return str(number)
