"""Which kind of message this is, and why: a pure function of a parsed message, the applicant's
settings, the user's rules, the personal layer the user's corrections taught, and a clock.

The user's `[[rules]]` come first, then the applicant's own address (own mail is `other`). Otherwise
the message is read (`read`): the signals of `signals.toml` found in it, its calendar, its sender
and its structure become features (`features.py`), and the model (`model.py`, weights fitted on the
labelled mail, plus the personal layer) gives each kind a probability. What is done with them is a
short policy, chosen beside the weights (`policy` in `weights.json`):

- the most probable kind wins, except that a rejection needs a signal that says so;
- a message the model gives at least `possible_invitation` chance of being an invitation (when a
  signal or a calendar request speaks for one; `unsignalled_invitation` when only the words and the
  sender do; `unrelated_invitation` when nothing in the mail is about residency) is an invitation,
  whatever else it reads as: a missed invitation costs the applicant an interview;
- below `sure` (`sure_invitation` for an invitation: a wrong sure invitation costs a wasted
  alert), a person should look (`needs_review`).

Facts a signal can state outrank the model: an auto-reply invites no one, nor does an interview for
a job or a research lab ("the Clinical Research Coordinator position in my lab"); the applicant's
own decision ("You have declined your interview", "your withdrawal has been processed") is a
cancellation she made (`Classification.declined`), whatever kind the model ranks first.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from tracker.clock import iso, utcnow
from tracker.config import Applicant, Rule
from tracker.specialties import canonical_specialty
from tracker.understanding.audience import (
    addressed_elsewhere,
    addressed_to_you,
    audience,
    auto_reply_headers,
    list_headers,
)
from tracker.understanding.calendars import calendar_cancels, calendar_request
from tracker.understanding.context import about_residency
from tracker.understanding.evidence import Evidence
from tracker.understanding.extraction import Extraction, MessageText, extract, message_view, schedule_link
from tracker.understanding.features import Facts, features
from tracker.understanding.message import ParsedMessage
from tracker.understanding.model import Model, PersonalLayer, shipped
from tracker.understanding.signals import Hit, find_signals
from tracker.vocabulary import KINDS

log = logging.getLogger(__name__)

# When two kinds are as probable, the one that costs more to miss wins.
_PRIORITY = {kind: index for index, kind in enumerate(
    ("invitation", "cancellation", "scheduled", "waitlist", "reminder", "rejection", "info", "other")
)}  # fmt: skip
CONTRACT_KEYS = (
    "kind", "program", "specialty", "track", "interview_dates", "respond_by", "platform", "format",
    "schedule_url", "confidence", "needs_review", "evidence",
)  # fmt: skip
# The policy when the shipped weights say nothing of it (see `weights.json`'s meta).
POLICY = {
    "possible_invitation": 0.25,
    "unsignalled_invitation": 0.5,
    "unrelated_invitation": 0.9,
    "sure": 0.5,
    "sure_invitation": 0.8,
}


@dataclass
class Classification:
    """One message understood: its kind, the fields read from it, and the evidence (as data in
    `reasons`, rendered for display in `evidence`)."""

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
    reasons: list[Evidence] = field(default_factory=list)
    # A cancellation that confirms the applicant's own decline (a record's status "declined").
    declined: bool = False
    # A program's thanks for the interview: the interview took place (a record's status "completed").
    interviewed: bool = False
    # An interview for another kind of position (a job, a lab): about no program of the applicant's.
    elsewhere: bool = False
    # The days a booking or a cancellation says the interview is moved from: which booked record it is.
    moved_from: list[str] = field(default_factory=list)
    # The program as the mail first names it, where `program` is a fuller spelling from the same
    # mail ("Denver Health" beside "Denver Health Medical Center"): what records link by.
    named_as: str | None = None
    # Words of an invitation in mail read as unrelated (a society's newsletter, a mock interview at
    # her school): an invitation for a person to look at, which makes no record until she says so.
    doubtful: bool = False

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
        return {
            **self.contract(),
            "interview_at": iso(self.interview_at),
            "audience": self.audience,
            "reasons": [reason.to_json() for reason in self.reasons],
            "declined": self.declined,
            "interviewed": self.interviewed,
            "elsewhere": self.elsewhere,
            "moved_from": list(self.moved_from),
            "named_as": self.named_as,
            "doubtful": self.doubtful,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Classification:
        def moment(value: Any) -> datetime | None:
            return datetime.fromisoformat(value) if value else None

        evidence = list(data.get("evidence") or [])
        if "declined" in data:
            declined = bool(data["declined"])
        else:
            # Stored before the field existed: those versions wrote the decline only as this line.
            declined = any(str(e).startswith("cancellation: you declined") for e in evidence)
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
            evidence=evidence,
            interview_at=moment(data.get("interview_at")),
            audience=data.get("audience") or "applicant",
            reasons=[Evidence.from_json(r) for r in data.get("reasons") or []],
            declined=declined,
            interviewed=bool(data.get("interviewed")),
            elsewhere=bool(data.get("elsewhere")),
            moved_from=list(data.get("moved_from") or []),
            named_as=data.get("named_as"),
            doubtful=bool(data.get("doubtful")),
        )


def interview_dates(kind: str, fields: Extraction) -> list[str]:
    """The interview days a message of `kind` gives: a booking, a reminder or a cancellation is about
    the day booked when it names one ("we have moved your interview to January 14"); a waitlist
    offers no day it names only on a condition ("should a seat open on one of our remaining days")."""
    if kind in {"scheduled", "reminder", "cancellation"} and fields.booked_dates:
        return list(fields.booked_dates)
    if kind == "cancellation" and fields.cancelled_dates:
        return list(fields.cancelled_dates)
    if kind == "waitlist":
        # (a waitlist for days all full names those days: "December 2 — Full, waitlist open")
        days = [day for day in fields.interview_dates if day not in fields.conditional_dates]
        return days or list(fields.full_dates)
    return list(fields.interview_dates)


def offered_after(days: list[str], sent: datetime | None, tz: ZoneInfo) -> list[str]:
    """An invitation's days without the day it was written (a letter's date line, "October 29,
    2026"): no program offers an interview on the day it invites."""
    if sent is None or len(days) < 2:
        return days
    written = sent.astimezone(tz).date().isoformat()
    return [day for day in days if day != written]


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


_REPLY_SUBJECT = re.compile(r"^\s*(?:re|aw|sv)\s*:", re.I)


def _reply_subject_yields(hits: list[Hit], view: MessageText) -> tuple[list[Hit], list[str]]:
    """A reply's subject ("Re: Interview invitation") names the earlier mail: where the new part says
    something of another kind ("we had filled all our dates"), the subject's kind does not count."""
    body_kinds = {h.signal.kind for h in hits if not h.in_subject}
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


@dataclass(frozen=True)
class Reading:
    """A message read for the model: the facts its features come from, and the notes made on the way."""

    facts: Facts
    notes: tuple[Evidence, ...] = ()


def read(view: MessageText, parsed: ParsedMessage, fields: Extraction, applicant: Applicant) -> Reading:
    """The signals, calendar and structure of one message: what the model reads (and the training
    script, through the same function)."""
    said = addressed_to_you(view, applicant.name)
    discounted: set[str] = set()
    hits = find_signals(said, discounted=discounted)
    notes: list[Evidence] = []
    reply = bool(_REPLY_SUBJECT.match(view.subject))
    if reply:
        hits, dropped = _reply_subject_yields(hits, said)
        if dropped:
            kinds = ", ".join(sorted(set(dropped)))
            notes.append(
                Evidence("a reply", None, "structure", f"its subject's {kinds} is the earlier mail's")
            )
    # A calendar request awaiting an answer speaks for an invitation only where the words speak for
    # nothing else: a reminder's or a booking's calendar entry may await an answer too.
    request = calendar_request(view.calendars)
    if request and any(hit.signal.kind != "invitation" for hit in hits):
        request = None
    facts = Facts(
        view=said,
        hits=tuple(hits),
        fields=fields,
        calendar_request=request,
        calendar_cancels=fields.calendar_cancelled or calendar_cancels(view.calendars),
        reply=reply,
        addressed_elsewhere=addressed_elsewhere(view, applicant.name) is not None,
        list_headers=list_headers(parsed),
        auto_headers=auto_reply_headers(parsed),
        discounted=frozenset(discounted),
    )
    return Reading(facts, tuple(notes))


def reading_of(parsed: ParsedMessage, applicant: Applicant, now: datetime | None = None) -> Reading | None:
    """A message read as `classify` reads it for the model; None for the applicant's own mail, which
    the model never reads. For training and for the personal layer (`features(reading.facts)`)."""
    tz = ZoneInfo(applicant.timezone)
    view = message_view(parsed, tz)
    if _is_own(view.from_addr, applicant):
        return None
    fields = extract(view, tz=tz, now=now or view.date or utcnow(), applicant_name=applicant.name)
    return read(view, parsed, fields, applicant)


def signalled(facts: Facts) -> set[str]:
    """The kinds some signal, or a calendar part, spoke for."""
    kinds = {hit.signal.kind for hit in facts.hits}
    if facts.calendar_request:
        kinds.add("invitation")
    if facts.calendar_cancels:
        kinds.add("cancellation")
    return kinds


def _policy(model: Model) -> dict[str, float]:
    policy = model.meta.get("policy", {})
    return {name: float(policy.get(name, default)) for name, default in POLICY.items()}


# The note of an invitation kept only for a person to look at: the mail reads as unrelated.
READ_AS_UNRELATED = Evidence("model", "invitation", "model", "invitation words in mail read as unrelated")


def decide(
    probabilities: dict[str, float],
    signalled: Collection[str],
    model: Model,
    *,
    asleep: bool,
    related: bool = True,
    declined: bool = False,
    elsewhere: bool = False,
    spoken_of: bool = False,
) -> tuple[str, float, bool, list[Evidence]]:
    """The kind from the model's probabilities, the kinds some signal spoke for, whether the mail
    is about residency at all (`related`), whether a signal states the applicant's own decline
    (`declined`), whether the interview is for another kind of position (`elsewhere`) and whether
    invitations are only spoken of (`spoken_of`: every phrase of one was discounted by a guard):
    (kind, confidence, needs_review, notes)."""
    policy = _policy(model)
    if declined:
        # A fact, like an auto-reply: the decline the applicant made is a cancellation of hers,
        # however much the mail reads like the invitation it declines ("Status: Declined").
        confidence = probabilities["cancellation"]
        fact = Evidence("model", "cancellation", "model", "the applicant's own decision")
        return "cancellation", confidence, confidence < policy["sure"], [fact]
    ranked = sorted(KINDS, key=lambda k: (-probabilities[k], _PRIORITY[k]))
    invitation = probabilities["invitation"]
    # An invitation with a signal (or a calendar request) of one needs less of the model than one
    # the words alone suggest, and much more in mail with nothing about residency in it; an
    # auto-reply ("out of the office until Monday") invites no one.
    if "invitation" in signalled and "other" not in signalled:
        # (Beside a signal of unrelated mail, a parcel's or a bank's, an invitation's words count as
        # words only.)
        bar = policy["possible_invitation"]
    else:
        # (Words of an invitation that were each read and found to be about invitations in
        # general, a condition or someone else's ("how to reply to an interview invitation") offer
        # none: the words around them must be as sure as in mail about nothing of residency.)
        plain = related and not spoken_of
        bar = policy["unsignalled_invitation" if plain else "unrelated_invitation"]
    invited = invitation >= bar and not asleep and not elsewhere
    notes: list[Evidence] = []
    kinds = [k for k in ranked if k != "invitation" or invited]
    # A rejection needs words that say so, and so does a waitlist in its place ("If we are unable to
    # offer you an interview by December, we will let you know" is neither).
    if kinds[0] == "rejection" and "rejection" not in signalled:
        kinds.remove("rejection")
        notes.append(Evidence("model", None, "model", "no rejection without a signal of one"))
        if kinds[0] in {"waitlist", "other"} and kinds[0] not in signalled:
            kinds.insert(0, "info")  # mail about the applicant's interview that decides nothing
    kind = kinds[0]
    if kind == "info" and not related and "info" not in signalled:
        # Information about nothing of residency is no program's information ("you made the
        # leaderboard this month"): unrelated mail.
        notes.append(Evidence("model", "other", "model", "information about nothing of residency"))
        kinds.remove("info")
        kinds.insert(0, "other")
        kind = "other"
    automatic = kind == "info" and asleep
    if automatic:
        # An out-of-office reply tells of someone's absence, not of a program: unrelated mail, as
        # sure as the reading of it as information was.
        notes.append(Evidence("model", "other", "model", "an automatic reply"))
        kind = "other"
    # Unrelated mail says nothing of an invitation: one whose words speak of one ("could you let us
    # know your availability for an interview") is a possible invitation for a person to look at,
    # however much its words read like a friend's note. A missed invitation costs the most.
    spoken_of = "invitation" in signalled and "other" not in signalled
    if kind == "other" and spoken_of and not (asleep or elsewhere):
        notes.append(READ_AS_UNRELATED)
        return "invitation", invitation, True, notes
    if invited and kind != "invitation":
        notes.append(Evidence("model", "invitation", "model", f"possible invitation (p={invitation:.2f})"))
        kind = "invitation"
    confidence = probabilities["info" if automatic else kind]
    review = confidence < policy["sure_invitation" if kind == "invitation" else "sure"]
    return kind, confidence, review, notes


def classify(
    parsed: ParsedMessage,
    *,
    applicant: Applicant | None = None,
    rules: Sequence[Rule] = (),
    now: datetime | None = None,
    personal: PersonalLayer | None = None,
    model: Model | None = None,
) -> Classification:
    """Classify one message: its kind, program, specialty, track, dates, deadline, platform, format,
    link, confidence, whether a person should look, and the evidence. `personal` is the layer the
    user's corrections taught (`model.personal_layer`, built by the store); `model` replaces the
    shipped weights (for measuring a model fitted without the mail it reads).

    Never raises: if the classifier itself fails on a message, the message is still recorded, as
    an invitation needing review when it mentions an interview (a missed invitation costs the most),
    else as info needing review.
    """
    try:
        return _classify(parsed, applicant=applicant, rules=rules, now=now, personal=personal, model=model)
    except Exception as e:  # a classifier bug must not lose a message
        log.exception("classification: failed on message %s", parsed.message_id or "(no Message-ID)")
        mentions = re.search(r"\binterview", f"{parsed.subject}\n{parsed.text}", re.I)
        reason = Evidence("classifier error", None, "model", f"{type(e).__name__}; kept for review")
        return Classification(
            kind="invitation" if mentions else "info",
            confidence=0.0,
            needs_review=True,
            evidence=[reason.render()],
            reasons=[reason],
        )


def _classify(
    parsed: ParsedMessage,
    *,
    applicant: Applicant | None,
    rules: Sequence[Rule],
    now: datetime | None,
    personal: PersonalLayer | None = None,
    model: Model | None = None,
) -> Classification:
    applicant = applicant or Applicant()
    tz = ZoneInfo(applicant.timezone)
    now = now or utcnow()
    view = message_view(parsed, tz)
    fields = extract(view, tz=tz, now=now, applicant_name=applicant.name)
    ruled = apply_rules(view, rules)
    rule_fields = {key: value for key, (value, _label) in ruled.items()}
    reasons: list[Evidence] = [
        Evidence(label, None, "config", f"sets {key} {value}") for key, (value, label) in ruled.items()
    ]
    if view.forwarded:
        reasons.append(
            Evidence("forwarded original", None, "headers", f"from {view.from_addr or 'unknown sender'}")
        )
    asleep = declined = interviewed = elsewhere = doubtful = False
    own = _is_own(view.from_addr, applicant)
    if "kind" in ruled:
        kind, confidence, review = rule_fields["kind"], 1.0, False
    elif own:
        kind, confidence, review = "other", 0.99, False
        reasons.append(Evidence("sender", "other", "sender", "the applicant's own address"))
    else:
        reading = read(view, parsed, fields, applicant)
        hits = reading.facts.hits
        for hit in sorted(hits, key=lambda h: (h.signal.kind != "invitation", h.in_subject is False)):
            reasons.append(
                Evidence(
                    hit.signal.name,
                    hit.signal.kind,
                    "subject" if hit.in_subject else "body",
                    hit.text.strip(),
                )
            )
        facts = reading.facts
        if facts.calendar_cancels:
            reasons.append(Evidence("calendar cancel", "cancellation", "calendar", "METHOD:CANCEL"))
        if facts.calendar_request:
            reasons.append(Evidence("calendar request", "invitation", "calendar", facts.calendar_request))
        reasons.extend(reading.notes)
        asleep = any(hit.signal.means == "auto-reply" for hit in hits)
        declined = any(hit.signal.means == "declined" for hit in hits)
        elsewhere = any(hit.signal.means == "another position" for hit in hits)
        model = model or shipped()
        if model is None:
            kind = "invitation" if any(h.signal.kind == "invitation" for h in hits) else "info"
            confidence, review = 0.0, True
            reasons.append(Evidence("model", None, "model", "no weights to read; kept for review"))
        else:
            feats = features(facts)
            probabilities = model.probabilities(feats, personal)
            kind, confidence, review, notes = decide(
                probabilities,
                signalled(facts),
                model,
                asleep=asleep,
                related=about_residency(view),
                declined=declined,
                elsewhere=elsewhere,
                spoken_of="invitation" in facts.discounted,
            )
            why = ", ".join(name for name, _push in model.reasons(feats, kind))
            reasons.append(
                Evidence(
                    "model",
                    kind,
                    "model",
                    f"{kind} p={probabilities[kind]:.2f}" + (f" ({why})" if why else ""),
                )
            )
            reasons.extend(notes)
        if kind not in {"info", "other"} and (other_person := addressed_elsewhere(view, applicant.name)):
            # Another applicant's letter, sent here by mistake: their rejection or waitlist is not
            # the applicant's; anything else stays as read, for a person to look at.
            reasons.append(Evidence("addressee", None, "greeting", f"{other_person!r}, not the applicant"))
            review = True
            if kind in {"rejection", "waitlist"}:
                kind, confidence = "info", min(confidence, 0.5)
        elif (
            kind != "other"
            and view.forwarded
            and (other_person := addressed_elsewhere(view, applicant.name, in_forward=True))
        ):
            # A forwarded letter to someone else (a partner's or a classmate's invitation): news of
            # theirs, no alert of hers. An invitation stays in view, flagged, should the greeting
            # be a name of hers the settings do not give.
            reasons.append(
                Evidence("addressee", None, "greeting", f"forwarded, to {other_person!r}, not the applicant")
            )
            review = review or kind == "invitation"
            kind, confidence = "other", min(confidence, 0.9)
        declined = declined and kind == "cancellation"
        doubtful = kind == "invitation" and READ_AS_UNRELATED in reasons
        interviewed = kind == "info" and any(hit.signal.means == "interviewed" for hit in hits)
    reasons.extend(fields.evidence)
    result = Classification(
        kind=kind,
        # (her own mail greets the coordinator she writes to: it is hers all the same)
        audience="applicant" if "kind" in ruled or own else audience(view, parsed, applicant.name, asleep),
        program=rule_fields.get("program", fields.program),
        specialty=rule_fields.get("specialty", fields.specialty),
        track=rule_fields.get("track", fields.track),
        # (an invitation's platform is where she answers it: "select a date through Thalamus")
        platform=(fields.act_in or fields.platform) if kind == "invitation" else fields.platform,
        format=fields.format,
        confidence=confidence,
        needs_review=review,
        declined=declined,
        interviewed=interviewed,
        elsewhere=elsewhere and kind in {"info", "other"},
        named_as=None if "program" in rule_fields else fields.named_as,
        doubtful=doubtful,
    )
    if kind == "other" and result.platform == "email":
        # Mail about no program of the applicant's came through no program: a shop's, a friend's.
        result.platform = "other"
    if kind in {"invitation", "waitlist", "scheduled", "reminder", "cancellation"}:
        result.interview_dates = interview_dates(kind, fields)
        if kind in {"invitation", "waitlist"}:
            result.interview_dates = offered_after(result.interview_dates, view.date, tz)
        result.interview_at = fields.interview_at if kind in {"scheduled", "reminder"} else None
        result.moved_from = list(fields.earlier_dates) if kind in {"scheduled", "cancellation"} else []
        result.schedule_url = schedule_link(view.links, kind, view.anchors)
    if kind in {"invitation", "waitlist"}:
        result.respond_by = fields.respond_by
    elif kind == "info":
        result.schedule_url = schedule_link(view.links, kind, view.anchors)
    if kind == "other":
        result.format = "unknown"
        if "program" not in ruled and not _is_own(view.from_addr, applicant):
            # Unrelated mail names no program ("Sam & Priya have invited you" is a wedding), nor
            # a specialty ("the radiology tech next door" at a friend's dinner).
            result.program = None
            if "specialty" not in ruled:
                result.specialty = None
    if kind in {"invitation", "waitlist", "scheduled"} and result.program is None:
        result.needs_review = True
        reasons.append(Evidence("program", None, "fields", "none found"))
    result.reasons = reasons
    result.evidence = [reason.render() for reason in reasons]
    return result
