"""Which kind of message this is, and why: a pure function of a parsed message, the applicant's
settings, the user's rules and a clock.

User rules come first, then the applicant's own address (own mail is `other`), then the phrases of
`tracker.signals`, weighed by `decide`. Safety first: any evidence of an invitation keeps the kind
`invitation` (low confidence, `needs_review`), never `other`; a rejection needs an explicit phrase,
generic regret is not enough; a waitlist letter's regret does not make it a rejection. Last, when
the phrases found no invitation, a statistical second opinion (`tracker.model`) may still flag one:
`invitation`, low confidence, `needs_review`, "model: possible invitation (p=...)". It only ever
raises a kind to invitation; it never lowers one nor makes any other kind.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tracker.clock import iso, utcnow
from tracker.config import Applicant, Rule
from tracker.lexicon import (
    MONTH_ABBREVIATIONS,
    NRMP_DOMAIN,
    PERSONAL_DOMAINS,
    PLATFORM_DOMAINS,
    WEEKDAY_ABBREVIATIONS,
)
from tracker.specialties import canonical_specialty, find_specialties
from tracker.understanding.extraction import MessageText, extract, message_view, schedule_link
from tracker.understanding.message import ParsedMessage
from tracker.understanding.model import shipped
from tracker.understanding.signals import (
    AMBIGUOUS_CONTEXT,
    BULK_MAIL,
    BULK_SENDER,
    CALENDAR_CANCEL,
    CALENDAR_REQUEST,
    CLINICAL_CONTEXT,
    PROGRAM_WORDS,
    RESIDENCY_CONTEXT,
    Hit,
    calendar_request,
    find_signals,
    weak_invitation,
)
from tracker.vocabulary import KINDS

log = logging.getLogger(__name__)

# When two kinds score the same, the one that costs more to miss wins.
_PRIORITY = {kind: index for index, kind in enumerate(
    ("invitation", "cancellation", "scheduled", "waitlist", "reminder", "rejection", "info", "other")
)}  # fmt: skip
CONTRACT_KEYS = (
    "kind", "program", "specialty", "track", "interview_dates", "respond_by", "platform", "format",
    "schedule_url", "confidence", "needs_review", "evidence",
)  # fmt: skip


@dataclass
class Classification:
    """One message understood: its kind, the fields read from it, and the evidence."""

    kind: str
    program: str | None = None
    specialty: str | None = None
    track: str | None = None
    interview_dates: list[str] = field(default_factory=list)
    respond_by: datetime | None = None
    platform: str | None = None
    format: str = "unknown"
    schedule_url: str | None = None
    confidence: float = 0.0
    needs_review: bool = False
    evidence: list[str] = field(default_factory=list)
    interview_at: datetime | None = None
    # Whose mail it is: the applicant's own, or mail that makes no record of hers (`AUDIENCES`).
    audience: str = "applicant"

    def contract(self) -> dict[str, Any]:
        """The fields of the `classify --json` contract, in order."""
        return {
            "kind": self.kind,
            "program": self.program,
            "specialty": self.specialty,
            "track": self.track,
            "interview_dates": list(self.interview_dates),
            "respond_by": iso(self.respond_by),
            "platform": self.platform,
            "format": self.format,
            "schedule_url": self.schedule_url,
            "confidence": round(self.confidence, 2),
            "needs_review": self.needs_review,
            "evidence": list(self.evidence),
        }

    def to_json(self) -> dict[str, Any]:
        """Everything, for the store's `classification` column."""
        return {**self.contract(), "interview_at": iso(self.interview_at), "audience": self.audience}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Classification:
        def moment(value: Any) -> datetime | None:
            return datetime.fromisoformat(value) if value else None

        return cls(
            kind=data.get("kind") or "other",
            program=data.get("program"),
            specialty=data.get("specialty"),
            track=data.get("track"),
            interview_dates=list(data.get("interview_dates") or []),
            respond_by=moment(data.get("respond_by")),
            platform=data.get("platform"),
            format=data.get("format") or "unknown",
            schedule_url=data.get("schedule_url"),
            confidence=float(data.get("confidence") or 0),
            needs_review=bool(data.get("needs_review")),
            evidence=list(data.get("evidence") or []),
            interview_at=moment(data.get("interview_at")),
            audience=data.get("audience") or "applicant",
        )


def _score(hits: list[Hit]) -> dict[str, int]:
    scores = dict.fromkeys(KINDS, 0)
    for hit in hits:
        scores[hit.signal.kind] += hit.signal.weight
    return scores


def _is_own(address: str, applicant: Applicant) -> bool:
    return bool(applicant.email) and address.lower() == applicant.email.strip().lower()


def apply_rules(view: MessageText, rules: Sequence[Rule]) -> dict[str, tuple[str, str]]:
    """What the user's rules set for this message: {field: (value, "rule #n")}; the first matching
    rule to set a field wins."""
    fields: dict[str, tuple[str, str]] = {}
    # `from` is matched against the address and against "Name <address>": either may match.
    sender = f"{view.from_addr}\n{view.from_name} <{view.from_addr}>"
    for number, rule in enumerate(rules, start=1):
        checks = ((rule.from_, sender), (rule.subject, view.subject), (rule.body, view.text))
        if all(pattern is None or re.search(pattern, value, re.I | re.M) for pattern, value in checks):
            for key in ("kind", "program", "specialty", "track"):
                value = getattr(rule, key)
                if key == "specialty" and value is not None:
                    value = canonical_specialty(value) or value
                if value is not None and key not in fields:
                    fields[key] = (value, f"rule #{number}")
    return fields


def _bulk(view: MessageText) -> bool:
    """Mail from a list or a notice service that is not an application system."""
    if any(view.domain.endswith(d) for domains in PLATFORM_DOMAINS.values() for d in domains):
        return False
    return bool(BULK_SENDER.match(view.from_addr) or BULK_MAIL.search(view.text[:4000] + view.text[-2000:]))


# Who a message is for, besides the applicant: mail of these audiences makes no record of hers.
AUDIENCES = ("applicant", "list", "auto-reply", "someone-else", "personal")
_LIST_HEADERS = ("List-Unsubscribe", "List-Id", "List-Post")
_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")


def audience(view: MessageText, parsed: ParsedMessage, name: str, asleep: bool) -> str:
    """Whose mail this is: a machine's auto-reply; a mailing list's or a notice service's; a letter
    (or a forwarded original) greeting someone else; a personal mailbox's note; or the applicant's."""
    headers = parsed.audience_headers
    auto = str(headers.get("Auto-Submitted", "no")).strip().lower()
    if asleep or (auto and auto != "no") or any(h in headers for h in _AUTO_HEADERS):
        return "auto-reply"
    precedence = str(headers.get("Precedence", "")).strip().lower()
    listed = precedence in {"bulk", "list", "junk"} or any(h in headers for h in _LIST_HEADERS)
    platform = any(view.domain.endswith(d) for domains in PLATFORM_DOMAINS.values() for d in domains)
    if (_bulk(view) or listed) and not platform:
        return "list"
    if addressed_elsewhere(view, name, in_forward=True):
        return "someone-else"
    if _personal(view) or (view.forwarded and view.forwarded_by.rsplit("@", 1)[-1] in PERSONAL_DOMAINS):
        return "personal"
    return "applicant"


def _personal(view: MessageText) -> bool:
    """A personal mailbox's mail (gmail, yahoo ...)."""
    return view.domain in PERSONAL_DOMAINS


def _residency_word(text: str, *, bulk: bool = False) -> str | None:
    """A word that places the mail in the residency world, if any: a residency term or a specialty
    ("the Marlow Peds Chiefs"). In bulk mail, words shared with everyday life do not count."""
    for found in RESIDENCY_CONTEXT.finditer(text):
        if not (bulk and found.group(0).lower() in AMBIGUOUS_CONTEXT):
            return found.group(0)
    mentions = find_specialties(text)
    return mentions[0].text if mentions else None


# Phrases that say nothing of residency ("you're invited", "choose a time", "you can now", "please
# arrive early"): evidence only in mail about residency or from a hospital.
_GENERIC_PHRASES = frozenset(
    {
        "you are invited (bare)",
        "like to meet you",
        "like to host you",
        "like you to take part",
        "claim a date",
        "made our list",
        "bring you out here",
        "opened scheduling for you",
        # "We don't want to lose you!" above an unsubscribe link; a flight's "standby status"
        "not yet, not no",
        "on standby",
        "a choice of dates",
        "a day of ours for you",
        "asks for a date",
        "product notice",
        # logistics shared with everyday life: a dentist's "please arrive 10 minutes early"
        "travel logistics",
        "logistics",
    }
)


def decide(hits: list[Hit], view: MessageText) -> tuple[str, float, bool, list[str]]:
    """The kind from the signals: (kind, confidence, needs_review, notes)."""
    notes: list[str] = []
    head = view.subject + " " + view.text[:4000]
    residency = _residency_word(head)
    # The sender's name counts too ("Larkspur IM", "Harborview Family Medicine").
    clinical = residency or CLINICAL_CONTEXT.search(head) or _residency_word(view.from_name, bulk=True)
    if not clinical and any(h.signal.name in _GENERIC_PHRASES for h in hits):
        # "You're invited" to a housewarming, "choose a time" with an adviser: a phrase with nothing
        # about residency around it is no evidence of an interview, nor of a residency notice.
        hits = [h for h in hits if h.signal.name not in _GENERIC_PHRASES]
        notes.append("a generic phrase with no residency context")
    scores = _score(hits)
    names = {hit.signal.name for hit in hits}
    ranked = sorted(KINDS, key=lambda k: (-scores[k], _PRIORITY[k]))
    top, second = ranked[0], ranked[1]
    review = False
    if scores[top] < 2:
        weak_text = None if any(h.signal.kind == "invitation" for h in hits) else weak_invitation(view)
        weak = any(h.signal.kind == "invitation" for h in hits) or weak_text is not None
        if weak and "match notice" not in names and not view.domain.endswith(NRMP_DOMAIN):
            notes.append("weak invitation evidence" + (f" ({weak_text.strip()!r})" if weak_text else ""))
            return "invitation", 0.35, True, notes
        # Bulk mail, or a personal mailbox's, whose only residency-like words are everyday ones
        # ("how did the interview go?", "the resident portal") is unrelated.
        if residency and (_bulk(view) or _personal(view)):
            residency = _residency_word(head, bulk=True)
        kind = "info" if residency else "other"
        notes.append("no decisive phrase" + (f"; residency context {residency!r}" if residency else ""))
        return kind, 0.5, kind == "info" and scores["invitation"] > 0, notes
    kind = top
    if view.domain.endswith(NRMP_DOMAIN) or ("match notice" in names and scores["invitation"] < 3):
        # NRMP's own mail never invites; a program's letter quoting Match policy still may.
        kind = "info"
    elif kind == "rejection" and scores["waitlist"] >= 2:
        kind, review = "waitlist", scores["rejection"] >= 3
        notes.append("waitlist wins over rejection words")
    elif kind == "waitlist" and "slot opened" in names:
        kind = "invitation"
        notes.append("a slot opened from the waitlist")
    elif kind in {"waitlist", "rejection", "info", "other", "reminder"} and scores["invitation"] >= 3:
        review = True
        notes.append(f"invitation evidence beside {kind}")
        kind = "invitation" if kind != "waitlist" or scores["invitation"] >= scores["waitlist"] else kind
    margin = scores[kind] - max(scores[k] for k in KINDS if k != kind)
    confidence = max(0.4, min(0.99, 0.55 + 0.08 * scores[kind] + 0.06 * margin))
    if scores[second] >= 3 and second != kind and {kind, second} != {"scheduled", "reminder"}:
        review = review or kind == "invitation" or second == "invitation"
        confidence = min(confidence, 0.7)
    return kind, round(confidence, 2), review or confidence < 0.6, notes


# "Dear Jordan Smith,", "Hello Dr. Okafor:": the name a letter greets, in its first lines.
_GREETING = re.compile(
    r"\A\s*(?i:dear|hi|hello|hey|good (?:morning|afternoon|evening))[ \t]+"
    r"(?:(?P<title>(?i:dr|mr|mrs|ms|mx|miss|prof|professor))\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]+)){0,3})[ \t]*[,:!\n]"
)
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


def addressed_elsewhere(view: MessageText, name: str, *, in_forward: bool = False) -> str | None:
    """The person the letter greets when it is plainly someone other than the applicant ("Dear
    Jordan Smith," to Jordan Lee: another applicant's letter sent by mistake), else None. Only a
    greeting at the very start of the mail counts; a forward's greeting is the forwarder's business,
    unless `in_forward` asks whom the forwarded original greets."""
    parts = [part.lower() for part in name.replace(".", " ").split() if len(part) > 1]
    if not parts or (view.forwarded and not in_forward):
        return None
    greeting = _GREETING.match(view.text[:200])
    if not greeting:
        return None
    greeted = [word.lower() for word in greeting["name"].split() if not word.endswith(".")]
    if not greeted or any(word in _NOBODY for word in greeted):
        return None
    if greeting["title"]:
        # "Dear Dr. Smith": a surname; the applicant's own, or any part of their name, is them.
        return None if greeted[-1] in parts else greeting["name"]
    if len(greeted) == 1:
        return None if greeted[0] in parts else greeting["name"]
    # "Jordan Smith" to Jordan Lee: the same first name, another surname, another person ("Lee
    # Jordan", surname first, is still the applicant).
    words = {piece for word in greeted for piece in re.split(r"[-'’]", word)}
    return None if words & set(parts[1:]) else greeting["name"]


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


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv)\s*:", re.I)


def _reply_subject_yields(hits: list[Hit], view: MessageText) -> tuple[list[Hit], list[str]]:
    """A reply's subject ("Re: Interview invitation") names the earlier mail: where the new part says
    something of another kind ("we had filled all our dates"), the subject's kind does not count."""
    body_kinds = {h.signal.kind for h in hits if not h.in_subject and h.signal.weight >= 2}
    if not body_kinds:
        return hits, []
    kept: list[Hit] = []
    dropped: list[str] = []
    for hit in hits:
        if hit.in_subject and hit.signal.kind not in body_kinds and not hit.signal.pattern.search(view.body):
            dropped.append(hit.signal.kind)
        else:
            kept.append(hit)
    return kept, dropped


def about_residency(view: MessageText) -> bool:
    """Whether anything in the mail, its sender included, is about residency, a program or a hospital
    ("interview", "faculty", "Larkspur IM", "Ashgrove Hospital", a MyERAS notice). Every invitation in
    the corpus and the holdout set is; a financial adviser's "choose a time to talk" is not."""
    head = view.subject + " " + view.text[:4000]
    name = view.from_name
    if PROGRAM_WORDS.search(head) or CLINICAL_CONTEXT.search(head) or PROGRAM_WORDS.search(name):
        return True
    if _residency_word(name) or _residency_word(head):  # a residency term or a specialty
        return True
    # Mail from an application platform (a bare "new message in MyERAS") is about residency.
    return any(view.domain.endswith(d) for domains in PLATFORM_DOMAINS.values() for d in domains)


def safety_net(view: MessageText, kind: str) -> str | None:
    """The statistical second opinion (tracker.model), asked only when the phrases found no
    invitation (they found `kind`): the evidence line when it finds one likely, else None. Mail with
    nothing about residency in it needs the net to be as sure as for a decided kind."""
    net = shipped()
    if net is None:
        return None
    p = net.model.probability(view.subject, view.text, view.from_addr, view.from_name)
    if p <= net.threshold_for(kind) or (p <= net.strict_threshold and not about_residency(view)):
        return None
    return f"model: possible invitation (p={p:.2f})"


def classify(
    parsed: ParsedMessage,
    *,
    applicant: Applicant | None = None,
    rules: Sequence[Rule] = (),
    now: datetime | None = None,
    net: bool = True,
) -> Classification:
    """Classify one message: its kind, program, specialty, track, dates, deadline, platform, format,
    link, confidence, whether a person should look, and the evidence.

    Never raises: if the classifier itself fails on a message, the message is still recorded, as
    an invitation needing review when it mentions an interview (a missed invitation costs the most),
    else as info needing review.
    """
    try:
        return _classify(parsed, applicant=applicant, rules=rules, now=now, net=net)
    except Exception as e:  # a classifier bug must not lose a message
        log.exception("classification: failed on message %s", parsed.message_id or "(no Message-ID)")
        mentions = re.search(r"\binterview", f"{parsed.subject}\n{parsed.text}", re.I)
        return Classification(
            kind="invitation" if mentions else "info",
            confidence=0.0,
            needs_review=True,
            evidence=[f"classifier error: {type(e).__name__}; kept for review"],
        )


def _classify(
    parsed: ParsedMessage,
    *,
    applicant: Applicant | None,
    rules: Sequence[Rule],
    now: datetime | None,
    net: bool = True,
) -> Classification:
    applicant = applicant or Applicant()
    tz = ZoneInfo(applicant.timezone)
    now = now or utcnow()
    view = message_view(parsed, tz)
    fields = extract(view, tz=tz, now=now, applicant_name=applicant.name)
    ruled = apply_rules(view, rules)
    rule_fields = {key: value for key, (value, _label) in ruled.items()}
    evidence: list[str] = []
    if view.forwarded:
        evidence.append(f"forwarded original from {view.from_addr or 'unknown sender'}")
    asleep = False
    if "kind" in ruled:
        kind, confidence, review = rule_fields["kind"], 1.0, False
    elif _is_own(view.from_addr, applicant):
        kind, confidence, review = "other", 0.99, False
        evidence.append("sent from the applicant's own address")
    else:
        said = addressed_to_you(view, applicant.name)
        hits = find_signals(said)
        if _REPLY_SUBJECT.match(view.subject):
            hits, dropped = _reply_subject_yields(hits, said)
            if dropped:
                evidence.append(
                    f"a reply: its subject's {', '.join(sorted(set(dropped)))} is the earlier mail's"
                )
        if fields.calendar_cancelled:
            hits.append(Hit(CALENDAR_CANCEL, "METHOD:CANCEL", False))
        elif not any(h.signal.weight >= 2 for h in hits) and (summary := calendar_request(view.calendars)):
            # Only where the words decide nothing: a reminder's or a booking's calendar entry may
            # await an answer too.
            hits.append(Hit(CALENDAR_REQUEST, summary, False))
        kind, confidence, review, notes = decide(hits, said)
        if kind not in {"info", "other"} and (other_person := addressed_elsewhere(view, applicant.name)):
            # Another applicant's letter, sent here by mistake: their rejection or waitlist is not
            # the applicant's; anything else stays as read, for a person to look at.
            notes.append(f"addressed to {other_person!r}, not the applicant")
            review = True
            if kind in {"rejection", "waitlist"}:
                kind, confidence = "info", min(confidence, 0.5)
        for hit in sorted(hits, key=lambda h: -h.signal.weight):
            where = "subject" if hit.in_subject else "body"
            evidence.append(f"{hit.signal.kind}: {hit.signal.name} ({where}: {hit.text.strip()!r})")
        evidence.extend(notes)
        # An auto-reply ("out of the office until Monday") is a machine's answer: it invites no one.
        asleep = any(hit.signal.name == "auto-reply" for hit in hits)
        if net and kind != "invitation" and not asleep and (flag := safety_net(view, kind)):
            kind, confidence, review = "invitation", min(confidence, 0.3), True
            evidence.append(flag)
    # What the user's rules set comes first: it decided.
    evidence[:0] = [f"{label} sets {key} {value}" for key, (value, label) in ruled.items()]
    evidence.extend(fields.evidence)
    result = Classification(
        kind=kind,
        audience="applicant" if "kind" in ruled else audience(view, parsed, applicant.name, asleep),
        program=rule_fields.get("program", fields.program),
        specialty=rule_fields.get("specialty", fields.specialty),
        track=rule_fields.get("track", fields.track),
        platform=fields.platform,
        format=fields.format,
        confidence=confidence,
        needs_review=review,
        evidence=evidence,
    )
    if kind in {"invitation", "waitlist", "scheduled", "reminder", "cancellation"}:
        result.interview_dates = fields.interview_dates
        result.interview_at = fields.interview_at if kind in {"scheduled", "reminder"} else None
        result.schedule_url = schedule_link(view.links, kind, view.anchors)
    if kind in {"invitation", "waitlist"}:
        result.respond_by = fields.respond_by
    elif kind == "info":
        result.schedule_url = schedule_link(view.links, kind, view.anchors)
    if kind == "other":
        result.format = "unknown"
        if "program" not in ruled and not _is_own(view.from_addr, applicant):
            # Unrelated mail names no program ("Sam & Priya have invited you" is a wedding).
            result.program = None
    if kind in {"invitation", "waitlist", "scheduled"} and result.program is None:
        result.needs_review = True
        result.evidence.append("no program found")
    return result
