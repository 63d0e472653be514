"""The signals: the phrases that speak for each kind of message, as data (`signals.toml`), and how
they are read.

Each signal is one entry of the data file: its name, the kind it speaks for, its pattern, what it
means, the guards that discount a match (`unless`) and `ok` / `fail` example texts, which
`tests/understanding/test_signals.py` runs, every one. No code here or elsewhere knows a signal by
its name: code knows the guards (`GUARDS`), the facts a signal can stand for (`means`), and the
two ways a signal reads a message (`reads`). A signal's prefilter words are derived from its
pattern (`patterns.required_words`). How much a signal counts is not written anywhere by hand: the
model (`model.py`) learns it from the labelled mail.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tracker.lexicon import MONTH_STEM, WEEKDAY_STEM
from tracker.understanding.context import program_mail, residency_context
from tracker.understanding.extraction import MessageText
from tracker.understanding.patterns import expand, normalised, required_words, spaced
from tracker.vocabulary import KINDS

FORMAT_VERSION = 1
# Where a signal reads: each sentence (and the subject) on its own, or the head of the message as
# one text (the subject and the first 6,000 characters), for phrases that span sentences.
READS = ("sentences", "head")
# The facts a signal can stand for, which the classification keeps beside the kind.
MEANS = ("declined", "auto-reply", "another position", "interviewed")

# -- the guards ---------------------------------------------------------------------------------

# "Don't forget to schedule your interview" urges, it does not negate.
_NEGATION = re.compile(
    r"\b(?:not|never|unable|cannot|no longer|\w+n't|nor)\b(?! (?:forget|miss|hesitate|delay|wait))", re.I
)
_CONDITIONAL = re.compile(r"\b(?:if|should|unless|once|whether|in the event|when|as soon as)\b", re.I)
# A modal right before the phrase ("we will invite you", "we may offer") is a promise, not an offer;
# "will" earlier in the sentence ("We will hold interviews in December and are pleased to invite you") is not.
_MODAL_BEFORE = re.compile(r"\b(?:will|may|might|could)(?: \w+){0,2}\s*$", re.I)
# "... if a position opens" makes an offer conditional; "... if you are still interested" does not.
_CONDITIONAL_AFTER = re.compile(
    r"^[^.;]{0,50}\b(?:if|should|in the event|unless)\b"
    r"(?! (?:you(?:'re| are)? (?:still )?(?:interested|want|wish|would like|are available|can|have)))",
    re.I,
)
# What an "invite" is for when it is not an interview: a social, a webinar, a waitlist.
_NOT_AN_INTERVIEW = re.compile(
    r"^[^.;]{0,80}\b(?:social|dinner|happy hour|reception|meet[- ](?:and|&)[- ]greet|mixer|webinar|"
    r"open house|"
    r"information session|info session|virtual tour|wait[- ]?list|waiting list|alternate list|town hall|"
    r"q&a|lunch|celebration|second look)\b",
    re.I,
)
# "Thank you for accepting our invitation to interview", "following up on your interview invitation":
# an invitation referred back to, in a confirmation or a reminder, is no new offer.
_BACK_REFERENCE = re.compile(
    r"\b(?:accept\w*|follow\w* up (?:on|to)|in follow[- ]up to|regarding|respon\w+ to|reply\w* to|"
    r"confirm\w*|thanks? (?:you )?for|about|per) (?:our|your|the|this|my)\s*$",
    re.I,
)
_OTHERS_BEFORE = re.compile(
    r"\b(?:applicants|candidates|those|individuals|everyone|students)\s+"
    # ("applicants who have received an interview invitation", "those who received one")
    r"(?:who\s+(?:(?:are|were|have been|has been|had been|get|got|have|has|had)\s+)?"
    r"(?:(?:received|gotten|been sent|been offered|been extended)\s+(?:an?\s+|their\s+)?)?)?$|"
    # "your classmate, who was invited to interview at 14 programs", "she was invited": a third person
    r"\b(?:who|he|she|they) (?:was|were|had been|has been|have been|got)\s+$",
    re.I,
)
# "How to answer an interview invitation", "the minute an interview invitation arrives": invitations
# in general, not this mail's.
_IN_GENERAL_BEFORE = re.compile(
    r"\b(?:how to|what to do|(?:steps|things|ways) to (?:do|take)|tips (?:for|on)|"
    r"the (?:minute|moment|second|instant|day)|every|each|any)"
    r"(?: [\w-]+){0,3}? (?:an? )?$",
    re.I,
)
# A choice of evenings is a social's ("Which evening suits you better, Wednesday or Thursday?").
_AN_EVENING = re.compile(
    r"\b(?:evenings?|nights?|dinner|social|happy hour|hangout|get-together|drinks|trivia|party)\b", re.I
)
# "Keep a spreadsheet of every invitation, waitlist and rejection": a kind's bare word in a list of
# kinds names the kind, it does not say this mail is one.
_KIND_WORD = (
    r"(?:interview )?(?:invitations?|invites?|offers?|wait[- ]?lists?|rejections?|regrets?|cancell?ations?|"
    r"reminders?|confirmations?)"
)
_KIND_LIST_BEFORE = re.compile(rf"\b{_KIND_WORD}\s*(?:,|/|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?$", re.I)
_KIND_LIST_AFTER = re.compile(
    rf"^\w*\s*(?:,|/|\band\b|\bor\b)\s*(?:(?:and|or)\s+)?(?:an? )?{_KIND_WORD}\b", re.I
)
_TO_SOMETHING_ELSE = re.compile(
    r"\s+(?:to|for) (?:our|an?|the|their|his|her|my|this)\b(?![^.!?]{0,60}\binterview(?!er))", re.I
)
_CANCEL_BEFORE = re.compile(
    r"\b(?:cancel\w*|postpon\w*|reschedul\w*|call\w* off|withdr[ae]w\w*|move|moving|moved)\s+(?:\w+\s+)?$",
    re.I,
)
_TO_A_DAY = re.compile(
    rf"^[^.;]{{0,40}}?\bto (?:(?:{WEEKDAY_STEM})[a-z]*,? )?(?:(?:{MONTH_STEM})[a-z]*\.? \d|\d{{1,2}}/\d)",
    re.I,
)
_CONFIRMING = re.compile(
    r"\b(?:is|are|has been|have been|was|now) (?:now )?(?:confirmed|booked|reserved)\b", re.I
)
_REPLACEMENT = re.compile(
    r"\b(?:new|replacement|alternative|alternate|another|different|later|rescheduled|make-?up)\b", re.I
)
# "A cancellation has freed up a spot on our Jan 14 interview day": someone else's cancellation
# opening a place for the applicant, no cancellation of hers.
_OPENS_A_PLACE = re.compile(
    r"\b(?:freed|frees|opened|opens)(?: up)?\b[^.;!?]{0,20}\b(?:seats?|spots?|slots?|places?|openings?)\b"
    r"|\b(?:seats?|spots?|slots?|places?)\b[^.;!?]{0,30}"
    r"\b(?:opened|freed|bec(?:a|o)me available|is (?:now )?available)\b"
    # "due to a cancellation, we have an opening on January 8"
    r"|\b(?:have|has|there is|there's) (?:an?|one|another) (?:new )?"
    r"(?:opening|open (?:spot|slot|seat|date))\b",
    re.I,
)
# "While we are not able to extend an interview at this time, we would like to keep you on our
# interview wait list": no interview now, and a waitlist instead of a rejection.
_WAITLIST_INSTEAD = re.compile(
    r"^[^.!?]{0,120}\b(?:keep|kept|place|placed|put|add|added|hold|retain|remain)\s+(?:you\s+)?(?:on|to|in)\s+"
    r"(?:our|the|an?)\s+(?:\w+\s+)?(?:wait[- ]?list|waiting list|alternate list)"
    # "..., but we will keep your application on file": held, not turned down
    r"|^[^.!?]{0,120}\b(?:keep|keeping|hold|holding)\s+your\s+(?:application|file)\s+"
    r"(?:on file|active|open|in (?:our|the) (?:reserve|standby|alternate) (?:pool|list))",
    re.I,
)
_HELD = re.compile(
    r"\b(?:keep|keeping|hold|holding|retain)\s+(?:you|your\s+(?:application|file|name))\s+"
    r"(?:on file|active|open|on (?:our|the) (?:interview\s+)?(?:wait[- ]?list|waiting list|alternate list)|"
    r"in (?:our|the) (?:reserve|standby|alternate) (?:pool|list))",
    re.I,
)
_LOOK_FORWARD = re.compile(r"\blook(?:ing)? forward\b", re.I)
_DECLINE_TO = re.compile(r"\bdeclin\w* to\s*$", re.I)
# A sentence looking back ("we enjoyed having you for an interview"), only considering, advising or
# speaking of applicants in general offers nothing.
_LOOKING_BACK = re.compile(
    r"\b(?:enjoyed|thanks? (?:you )?for|was|were|had|hope you|consider\w*|luck|guide|explains?|learn|"
    r"prepare|preparing|faq|tips|what (?:an?|the) interview|look(?:ing)? forward|what to expect|"
    r"applicants|candidates|survey|everyone|anyone|those who|all who)\b",
    re.I,
)
# "Your virtual interview", "your in-person interview day": one already booked.
_YOUR_INTERVIEW = re.compile(r"\byour[ \t]+(?:[\w-]+[ \t]+){1,2}interview\w*", re.I)
# A subject that gives advice: what it says about interviews is about interviews in general.
_ADVICE = re.compile(
    r"\b(?:tips|how to|guide|advice|checklist|dos and don'?ts|mistakes to avoid|"
    r"(?:things|steps) to (?:do|take)|what to do)\b",
    re.I,
)


@dataclass(frozen=True)
class InSentence:
    """One match being judged: the sentence (or head) it is in, the match, the text before it (80
    characters), the clause of that text the match is in, and the rest of the sentence."""

    sentence: str
    match: re.Match[str]
    before: str
    clause: str
    after: str


_CONCESSION = re.compile(r"^\s*(?:while|although|though|whilst|even though)\b[^,]*,(.*)$", re.I | re.S)


def _reading(sentence: str, match: re.Match[str]) -> InSentence:
    before = sentence[max(0, match.start() - 80) : match.start()]
    # Only the clause the phrase is in: "Unfortunately, you have been placed on our waitlist" keeps it.
    clause = re.split(r"[;:!]|\s[-–—]\s|,\s+(?:but|and|so)\b", before)[-1]
    # "While we cannot offer you an interview, we have placed you ...": the concession is its own
    if concession := _CONCESSION.match(clause):
        clause = concession.group(1)
    return InSentence(sentence, match, before, clause, sentence[match.end() :])


# Each guard: when it discounts a match. Their names are what `unless` lists in the data file.
GUARDS: dict[str, Callable[[InSentence], bool]] = {
    # the clause before the phrase negates it ("we are not able to invite you")
    "negated": lambda r: bool(_NEGATION.search(r.clause)),
    # the clause before makes it conditional ("If a spot opens, we will invite you")
    "conditional": lambda r: bool(_CONDITIONAL.search(r.clause)),
    # a modal right before promises rather than offers ("we will invite you")
    "promised": lambda r: bool(_MODAL_BEFORE.search(r.clause)),
    # "we must decline to interview you"
    "declined": lambda r: bool(_DECLINE_TO.search(r.clause)),
    # about others ("applicants selected for interview", "she was invited")
    "others": lambda r: bool(_OTHERS_BEFORE.search(r.clause)),
    # a condition after the phrase ("... if a position opens"; not "if you are still interested")
    "condition-after": lambda r: bool(_CONDITIONAL_AFTER.match(r.after)),
    # an invitation to a social, a webinar or a waitlist, unless the phrase names the interview
    "event-after": lambda r: (
        bool(_NOT_AN_INTERVIEW.match(r.after)) and "interview" not in r.match.group(0).lower()
    ),
    # an invitation referred back to ("thank you for accepting our invitation to interview")
    "back-reference": lambda r: bool(_BACK_REFERENCE.search(r.clause)),
    # invitations in general ("how to answer an interview invitation", "every interview offer")
    "in-general": lambda r: bool(_IN_GENERAL_BEFORE.search(r.clause)),
    # a choice of evenings, drinks or a party is a social's
    "evening": lambda r: bool(_AN_EVENING.search(r.sentence)),
    # a kind's bare word in a list of kinds ("every invitation, waitlist and rejection")
    "kind-list": lambda r: bool(_KIND_LIST_BEFORE.search(r.before) or _KIND_LIST_AFTER.match(r.after)),
    # invited to an object that is no interview ("You're invited to our Ask Us Anything night")
    "object-elsewhere": lambda r: bool(_TO_SOMETHING_ELSE.match(r.after)),
    # moved to a day the mail names ("we have moved your interview to Thursday, January 14"): a
    # booking on a new day, no cancellation
    "to-a-new-day": lambda r: bool(_TO_A_DAY.match(r.after)),
    # the booking itself being confirmed ("your interview on December 4 has been confirmed")
    "confirming": lambda r: bool(_CONFIRMING.search(r.sentence)),
    # a day asked for in place of one that was cancelled ("choose a replacement date")
    "replacement": lambda r: bool(_REPLACEMENT.search(r.match.group(0))),
    # no interview now, but a place on the waitlist ("..., we would like to keep you on our wait list")
    "waitlist-instead": lambda r: bool(_WAITLIST_INSTEAD.match(r.after)),
    # a cancellation that opened a place for the applicant ("a cancellation has freed up a spot")
    "opens-a-place": lambda r: bool(_OPENS_A_PLACE.search(r.sentence)),
    # "we look forward to the chance to interview you": a booked interview
    "looked-forward": lambda r: bool(_LOOK_FORWARD.search(r.clause)),
    # the object of a cancellation ("we must cancel your interview on December 4")
    "cancelled": lambda r: bool(_CANCEL_BEFORE.search(r.clause)),
    # a sentence that negates, makes a condition or looks back anywhere is not plainly said
    "not-plain": lambda r: any(p.search(r.sentence) for p in (_NEGATION, _CONDITIONAL, _LOOKING_BACK)),
    # "your virtual interview": one already booked
    "your-interview": lambda r: any(
        m.start() <= r.match.start() < m.end() for m in _YOUR_INTERVIEW.finditer(r.sentence)
    ),
}
# Guards on the message as a whole: when a signal found in it does not count.
MESSAGE_GUARDS: dict[str, Callable[[MessageText], bool]] = {
    # a phrase that says nothing of residency ("choose a time", "please arrive early") counts only
    # in mail about residency or from a hospital
    "unrelated": lambda view: not residency_context(view),
    # a subject that gives advice ("Five things to do when an interview invitation arrives")
    "advice": lambda view: bool(_ADVICE.search(view.subject)),
    # mail that names no residency, program or specialty ("an exclusive interview with the mayor")
    "off-topic": lambda view: not program_mail(view),
    # mail that keeps the application waiting ("we will keep your application in our reserve pool
    # in case a date frees"): full days are then a waitlist's reason, not a refusal
    "held": lambda view: bool(_HELD.search(view.text)),
}

# -- the data -----------------------------------------------------------------------------------

# Pieces the data file may use besides its own `[pieces]`: the lexicon's month and weekday stems.
_LEXICON_PIECES = {"MONTH_STEM": MONTH_STEM, "WEEKDAY_STEM": WEEKDAY_STEM}
_KEYS = frozenset({"name", "kind", "pattern", "describe", "unless", "means", "reads", "ok", "fail"})


@dataclass(frozen=True)
class Signal:
    """One entry of `signals.toml`."""

    name: str
    kind: str
    pattern: re.Pattern[str]
    describe: str
    unless: tuple[str, ...] = ()
    means: str = ""
    reads: str = "sentences"
    ok: tuple[str, ...] = ()
    fail: tuple[str, ...] = ()
    # Words one of which any match contains (derived from the pattern): the prefilter.
    words: tuple[str, ...] = ()

    @property
    def sentence_guards(self) -> tuple[Callable[[InSentence], bool], ...]:
        return tuple(GUARDS[name] for name in self.unless if name in GUARDS)

    @property
    def message_guards(self) -> tuple[Callable[[MessageText], bool], ...]:
        return tuple(MESSAGE_GUARDS[name] for name in self.unless if name in MESSAGE_GUARDS)


class SignalFileError(ValueError):
    """The signals file is not what the code can read: a bad entry, named in the message."""


def load(text: str) -> tuple[Signal, ...]:
    """The signals of a `signals.toml` text, checked: every key, kind, guard and piece known,
    names unique, at least one `ok` and one `fail` example each."""
    data = tomllib.loads(text)
    if data.get("format") != FORMAT_VERSION:
        raise SignalFileError(f"signals format {data.get('format')!r}, expected {FORMAT_VERSION}")
    pieces = dict(_LEXICON_PIECES)
    for name, piece in data.get("pieces", {}).items():
        pieces[name] = expand(piece, pieces)
    signals: list[Signal] = []
    seen: set[str] = set()
    for entry in data.get("signal", []):
        signals.append(_signal(entry, pieces, seen))
    return tuple(signals)


def _signal(entry: dict[str, object], pieces: dict[str, str], seen: set[str]) -> Signal:
    name = str(entry.get("name", ""))
    where = f"signal {name!r}"
    if not name or name in seen:
        raise SignalFileError(f"{where}: a name is missing or used twice")
    seen.add(name)
    if unknown := set(entry) - _KEYS:
        raise SignalFileError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    kind = str(entry.get("kind"))
    if kind not in KINDS:
        raise SignalFileError(f"{where}: unknown kind {kind!r}")
    unless = tuple(str(g) for g in entry.get("unless", []))  # type: ignore[attr-defined]
    if bad := [g for g in unless if g not in GUARDS and g not in MESSAGE_GUARDS]:
        raise SignalFileError(f"{where}: unknown guard(s) {', '.join(bad)}")
    means = str(entry.get("means", ""))
    if means and means not in MEANS:
        raise SignalFileError(f"{where}: unknown meaning {means!r}")
    reads = str(entry.get("reads", "sentences"))
    if reads not in READS:
        raise SignalFileError(f"{where}: reads {reads!r}, not one of {', '.join(READS)}")
    raw = entry.get("pattern")
    source = "|".join(raw) if isinstance(raw, list) else str(raw or "")
    try:
        # Multi-line: "^" is the start of any line, as it is of each sentence a signal reads.
        pattern = re.compile(spaced(expand(source, pieces)), re.I | re.M)
    except (re.error, ValueError) as e:
        raise SignalFileError(f"{where}: bad pattern: {e}") from e
    ok = tuple(str(t) for t in entry.get("ok", []))  # type: ignore[attr-defined]
    fail = tuple(str(t) for t in entry.get("fail", []))  # type: ignore[attr-defined]
    if not ok or not fail:
        raise SignalFileError(f"{where}: needs at least one ok and one fail example")
    return Signal(
        name=name,
        kind=kind,
        pattern=pattern,
        describe=str(entry.get("describe", "")),
        unless=unless,
        means=means,
        reads=reads,
        ok=ok,
        fail=fail,
        words=required_words(pattern),
    )


@cache
def shipped() -> tuple[Signal, ...]:
    """The signals shipped with the package (`tracker/understanding/signals.toml`), read once."""
    return load(resources.files("tracker.understanding").joinpath("signals.toml").read_text(encoding="utf-8"))


# -- reading a message --------------------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    """A signal found in a message: the text it matched, and where (the subject or the body)."""

    signal: Signal
    text: str
    in_subject: bool


def find_signals(
    view: MessageText, signals: tuple[Signal, ...] | None = None, discounted: set[str] | None = None
) -> list[Hit]:
    """Every signal in the message, each at most once, skipping matches a guard discounts. The kinds
    of the signals that matched only where a guard discounted them are added to `discounted`."""
    signals = shipped() if signals is None else signals
    whole = view.subject + "\n" + re.sub(r"\s*\n\s*", " ", view.body)
    head = view.subject + ". " + view.text[:6000]
    lowered = {"sentences": normalised(whole), "head": normalised(head)}
    # (text, where the subject ends in it): the subject is a unit of its own, or the head's start.
    units = {
        "sentences": [(view.subject, len(view.subject))] + [(s, 0) for s in view.sentences],
        "head": [(head, len(view.subject))],
    }
    hits: list[Hit] = []
    refused: dict[Callable[[MessageText], bool], bool] = {}
    for signal in signals:
        text = lowered[signal.reads]
        if text is not None and signal.words and not any(word in text for word in signal.words):
            continue
        if not signal.pattern.search(whole if signal.reads == "sentences" else head):
            continue
        hit = _first_hit(signal, units[signal.reads])
        if hit is None:
            if discounted is not None:
                discounted.add(signal.kind)
            continue
        if any(_refuses(guard, view, refused) for guard in signal.message_guards):
            continue
        hits.append(hit)
    return hits


def _refuses(
    guard: Callable[[MessageText], bool], view: MessageText, known: dict[Callable[[MessageText], bool], bool]
) -> bool:
    """A message guard's verdict, asked once per message."""
    if guard not in known:
        known[guard] = guard(view)
    return known[guard]


def _first_hit(signal: Signal, units: list[tuple[str, int]]) -> Hit | None:
    guards = signal.sentence_guards
    for unit, subject_end in units:
        for match in signal.pattern.finditer(unit):
            if guards and any(guard(_reading(unit, match)) for guard in guards):
                continue
            return Hit(signal, match.group(0), match.start() < subject_end)
    return None
