"""Whom a message is for: the applicant, a list, a machine, someone else; and the applicant named in
the third person, read as "you"."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.lexicon import MONTH_ABBREVIATIONS, PERSONAL_DOMAINS, WEEKDAY_ABBREVIATIONS
from tracker.understanding.context import bulk, from_platform, personal
from tracker.understanding.extraction import MessageText
from tracker.understanding.message import ParsedMessage

# Who a message is for, besides the applicant: mail of these audiences makes no record of hers.
AUDIENCES = ("applicant", "list", "auto-reply", "someone-else", "personal")
_LIST_HEADERS = ("List-Unsubscribe", "List-Id", "List-Post")
_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")


def auto_reply_headers(parsed: ParsedMessage) -> bool:
    """Headers that mark a machine's answer (Auto-Submitted, X-Autoreply ...)."""
    headers = parsed.audience_headers
    auto = str(headers.get("Auto-Submitted", "no")).strip().lower()
    return bool(auto and auto != "no") or any(h in headers for h in _AUTO_HEADERS)


def list_headers(parsed: ParsedMessage) -> bool:
    """Headers that mark a mailing list's mail (List-Id, Precedence: bulk ...)."""
    headers = parsed.audience_headers
    precedence = str(headers.get("Precedence", "")).strip().lower()
    return precedence in {"bulk", "list", "junk"} or any(h in headers for h in _LIST_HEADERS)


def audience(view: MessageText, parsed: ParsedMessage, name: str, asleep: bool) -> str:
    """Whose mail this is: a machine's auto-reply; a mailing list's or a notice service's; a letter
    (or a forwarded original) greeting someone else; a personal mailbox's note; or the applicant's."""
    if asleep or auto_reply_headers(parsed):
        return "auto-reply"
    if (bulk(view) or list_headers(parsed)) and not from_platform(view):
        return "list"
    if addressed_elsewhere(view, name, in_forward=True):
        return "someone-else"
    if personal(view) or (view.forwarded and view.forwarded_by.rsplit("@", 1)[-1] in PERSONAL_DOMAINS):
        return "personal"
    return "applicant"


# "Dear Jordan Smith,", "Hello Dr. Okafor:": the name a letter greets, in its first lines.
_GREETING = re.compile(
    r"\A\s*(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ \t]+"
    r"(?:(?P<title>(?i:dr|mr|mrs|ms|mx|miss|prof|professor))\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})[ \t]*[,:!\n]"
)
_GREETING_ON_A_LINE = re.compile(_GREETING.pattern.replace(r"\A\s*", r"^[ \t]*", 1), re.M)
# Greetings that name no one in particular ("Dear Residency Applicant", "Hello Future Residents").
_NOBODY = frozenset(
    {
        "applicant", "applicants", "candidate", "candidates", "colleague", "colleagues", "student",
        "students", "doctor", "doctors", "all", "everyone", "everybody", "team", "friend", "friends", "sir",
        "madam", "future", "residency", "resident", "residents", "interviewee", "interviewees", "there",
        "folks", "class", "prospective", "valued", "member", "members", "user", "participant",
        "participants", "medical", "physician", "physicians", "again", "and", "or", "of", "the", "to",
    }
)  # fmt: skip


def _pieces(parts: list[str]) -> set[str]:
    return {*parts, *(piece for part in parts for piece in re.split(r"[-'’]", part) if len(piece) > 1)}


def addressed_elsewhere(view: MessageText, name: str, *, in_forward: bool = False) -> str | None:
    """The person the letter greets when it is plainly someone other than the applicant ("Dear
    Jordan Smith," to Jordan Lee: another applicant's letter sent by mistake), else None. Only a
    greeting at the very start of the mail counts; a forward's greeting is the forwarder's business,
    unless `in_forward` asks whom the forwarded original greets."""
    parts = [part.lower() for part in name.replace(".", " ").split() if len(part) > 1]
    if not parts or (view.forwarded and not in_forward):
        return None
    # "Whitfield-Osei" is also "Whitfield" and "Osei"; "O'Neill" also "Neill"
    pieces, surnames = _pieces(parts), _pieces(parts[1:])
    greeting = _GREETING.match(view.text[:200])
    if not greeting and view.forwarded:
        # a platform's notice greets below its summary ("Program: ...", then "Dear Jonah Feld,")
        greeting = _GREETING_ON_A_LINE.search(view.text[:1200])
    if not greeting:
        return None
    greeted = [word.lower() for word in greeting["name"].split() if not word.endswith(".")]
    if not greeted or any(word in _NOBODY for word in greeted):
        return None
    if greeting["title"]:
        # "Dear Dr. Smith": a surname; the applicant's own, or any part of their name, is them.
        return None if greeted[-1] in pieces else greeting["name"]
    if len(greeted) == 1:
        return None if greeted[0] in pieces else greeting["name"]
    # "Jordan Smith" to Jordan Lee: the same first name, another surname, another person ("Lee
    # Jordan", surname first, is still the applicant).
    words = {piece for word in greeted for piece in re.split(r"[-'’]", word)}
    return None if words & surnames else greeting["name"]


_CAPITALISED_STEMS = "|".join(stem.title() for stem in (*WEEKDAY_ABBREVIATIONS, *MONTH_ABBREVIATIONS))
_DAY_OR_MONTH = rf"(?:{_CAPITALISED_STEMS})[a-z]*\b"


def addressed_to_you(view: MessageText, name: str) -> MessageText:
    """The view with the applicant named in the third person read as "you": a program writing to a
    mentor or a dean ("we would be keen to see Jordan at one of our sessions", forwarded to the
    applicant) says to them what it would say to the applicant. Only a name inside a sentence, after
    a lower-case word or a comma, is read so; a greeting ("Dear Jordan,", "Hi Jordan") stays."""
    parts = name.split()
    if not parts or len(parts[0]) < 2 or parts[0] not in view.text:
        return view
    full, first = re.escape(" ".join(parts)), re.escape(parts[0])
    # "your classmate Jordan Reyes" is another Jordan: the first name alone only when no other
    # capitalised name (a day or a month aside: "to see Jordan Monday") follows it.
    pattern = re.compile(
        rf"(?<=[a-z,] )(?<!Dear )(?<!Hi )(?<!Hello )(?<!Hey )(?:Dr\.? )?"
        rf"(?:{full}|{first}(?! (?!{_DAY_OR_MONTH})[A-Z][a-z]))\b(?:'s)?"
    )
    if not pattern.search(view.text):
        return view
    text = pattern.sub(lambda m: "your" if m.group(0).endswith("'s") else "you", view.text)
    return replace(view, text=text)
