"""What the model reads of a message: its features, by name.

- `signal:NAME` for each signal found (`signals.toml`), `kind:KIND` when any signal of that kind was
  found and `subject:KIND` when one was found in the subject: a new signal counts at once through
  its kind, and the model learns how much the signal itself adds; `kinds:A+B` for two kinds found
  together, and `discounted:KIND` for a kind whose signals matched only where a guard discounted
  them (negated, conditional, spoken of in general);
- `calendar:*` for a calendar part (a request awaiting an answer, a cancellation);
- `context:*` for what world the mail belongs to (residency, a hospital, a list, an auto-reply, a
  personal mailbox, a letter to someone else, a reply, a forward) and `fields:*` for what
  extraction found (offered dates, a deadline, a link to act on);
- `d:`, `a:`, `tld:`, `p:` and `n:` for the sender's domain, address, top-level domain, platform and
  name words;
- `w:` and `s:` for the words (and pairs of words) of the body's start and of the subject, each
  worth `WORDS_WEIGH`/sqrt(their number), so that long mail does not outvote short mail.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from itertools import combinations

from tracker.lexicon import NRMP_DOMAIN, PLATFORM_DOMAINS
from tracker.understanding.context import about_residency, bulk, personal, residency_context, residency_word
from tracker.understanding.extraction import Extraction, MessageText
from tracker.understanding.signals import Hit

# How much of the body is read for words: mail says what it is near the top; newsletters are long.
BODY_CHARS = 4000
# What the words weigh together, against one signal's 1: enough that wording no signal knows still
# moves the model (chosen with scripts/train_model.py --cv).
WORDS_WEIGH = 3.0
_WORD = re.compile(r"[a-z][a-z']*|\d+")
# Each platform's main domain, and NRMP's.
_PLATFORMS = {domains[0]: name for name, domains in PLATFORM_DOMAINS.items() if name != "other"} | {
    NRMP_DOMAIN: "nrmp"
}


@dataclass(frozen=True)
class Facts:
    """A message as the model reads it: the view, the signals found, and the structure around them."""

    view: MessageText
    hits: tuple[Hit, ...]
    fields: Extraction
    calendar_request: str | None = None
    calendar_cancels: bool = False
    reply: bool = False
    addressed_elsewhere: bool = False
    list_headers: bool = False
    auto_headers: bool = False
    # Kinds whose signals matched only where a guard discounted them ("If a spot opens, we will
    # invite you": an invitation's words, made conditional).
    discounted: frozenset[str] = frozenset()


def words(text: str) -> list[str]:
    return ["#" if word.isdigit() else word.strip("'") for word in _WORD.findall(text.lower())]


def _text_features(prefix: str, text: str) -> list[str]:
    found = words(text)
    return [prefix + w for w in found] + [f"{prefix}{a} {b}" for a, b in zip(found, found[1:], strict=False)]


def sender_features(address: str, name: str) -> dict[str, float]:
    out: dict[str, float] = {}
    address = address.lower()
    domain = address.rsplit("@", 1)[-1] if "@" in address else ""
    if domain:
        parts = domain.split(".")
        out["d:" + ".".join(parts[-2:])] = 1.0
        out["tld:" + parts[-1]] = 1.0
        out["a:" + address] = 1.0
        for suffix, platform in _PLATFORMS.items():
            if domain == suffix or domain.endswith("." + suffix):
                out["p:" + platform] = 1.0
    for word in words(name):
        out["n:" + word] = 1.0
    return out


def features(facts: Facts) -> dict[str, float]:
    """The features of one message."""
    view = facts.view
    out: dict[str, float] = {}
    kinds: set[str] = set()
    for hit in facts.hits:
        out["signal:" + hit.signal.name] = 1.0
        kinds.add(hit.signal.kind)
        if hit.in_subject:
            out["subject:" + hit.signal.kind] = 1.0
    # A calendar request awaiting an answer speaks for an invitation, a cancelling one for a
    # cancellation, as a signal of that kind would.
    if facts.calendar_request:
        out["calendar:request"] = 1.0
        kinds.add("invitation")
    if facts.calendar_cancels:
        out["calendar:cancel"] = 1.0
        kinds.add("cancellation")
    for kind in kinds:
        out["kind:" + kind] = 1.0
    for kind in facts.discounted:
        out["discounted:" + kind] = 1.0
    # Two kinds found together ("a slot opened" beside the waitlist's words, "pick a new date" in a
    # cancellation) mean something neither does alone.
    for first, second in combinations(sorted(kinds), 2):
        out[f"kinds:{first}+{second}"] = 1.0
    if view.calendars:
        out["calendar:any"] = 1.0
    head = view.subject + " " + view.text[:4000]
    everyday_only = bool(residency_word(head)) and not residency_word(head, everyday=False)
    flags = {
        "residency": residency_context(view),
        "about residency": about_residency(view),
        "everyday words only": everyday_only,
        "bulk": bulk(view),
        "personal mailbox": personal(view),
        "list headers": facts.list_headers,
        "auto-reply headers": facts.auto_headers,
        "forwarded": view.forwarded,
        "reply": facts.reply,
        "someone else": facts.addressed_elsewhere,
        "links": bool(view.links),
    }
    out.update({"context:" + name: 1.0 for name, present in flags.items() if present})
    fields = facts.fields
    if fields.interview_dates:
        out["fields:dates"] = 1.0
    if fields.respond_by is not None:
        out["fields:deadline"] = 1.0
    out.update(sender_features(view.from_addr, view.from_name))
    text = _text_features("w:", view.text[:BODY_CHARS]) + _text_features("s:", view.subject)
    if text:
        value = WORDS_WEIGH / math.sqrt(len(set(text)))
        for name in text:
            out[name] = value
    return out
