"""The phrases that signal each kind of message, and how they are read.

A signal is a pattern with a weight (3 decisive, 2 strong, 1 a hint). Signals are read sentence by
sentence: a phrase that offers, confirms or cancels only counts when its clause does not negate it
or make it conditional before it ("If a spot opens, we will invite you to interview" is a waitlist
letter, not an invitation), and an "invite" to a social or a waitlist is no interview invitation.
Rejection phrases are negative by nature and are read as they stand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.lexicon import MONTH_STEM, WEEKDAY_STEM
from tracker.specialties import find_specialties
from tracker.understanding.calendars import read_calendars
from tracker.understanding.extraction import MessageText

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
_BACK_REFERENCE_SIGNALS = frozenset({"interview invitation"})
_OTHERS_BEFORE = re.compile(
    r"\b(?:applicants|candidates|those|individuals|everyone|students)\s+"
    r"(?:who (?:are|were|have been|has been|had been|get|got)\s+)?$|"
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
_IN_GENERAL_SIGNALS = frozenset({"interview invitation", "interview offer"})
# A choice of evenings is a social's ("Which evening suits you better, Wednesday or Thursday?").
_AN_EVENING = re.compile(
    r"\b(?:evenings?|nights?|dinner|social|happy hour|hangout|get-together|drinks|trivia|party)\b", re.I
)
# "Keep a spreadsheet of every invitation, waitlist and rejection": a kind's bare word in a list of
# kinds names the kind, it does not say this mail is one.
_BARE_KIND_WORDS = frozenset({"waitlist", "cancelled", "reminder (bare)"})
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


@dataclass(frozen=True)
class Signal:
    kind: str
    weight: int
    pattern: re.Pattern[str]
    name: str
    filtered: bool = True  # skip when negated or conditional before the phrase
    negative: bool = False  # a negative phrase: skip only when conditional ("If we cannot offer ...")


def _spaced(pattern: str) -> str:
    """A pattern written with plain spaces, each made to match any run of spaces or tabs."""
    out: list[str] = []
    depth = 0
    for index, char in enumerate(pattern):
        escaped = index > 0 and pattern[index - 1] == "\\"
        if char == "[" and not escaped:
            depth += 1
        elif char == "]" and not escaped and depth:
            depth -= 1
        out.append(r"[ \t]+" if char == " " and not depth else char)
    return "".join(out)


def _s(
    kind: str, weight: int, name: str, pattern: str, *, filtered: bool = True, negative: bool = False
) -> Signal:
    """One signal; spaces in `pattern` match any run of spaces or tabs."""
    return Signal(kind, weight, re.compile(_spaced(pattern), re.I), name, filtered or negative, negative)


# Literal words one of which a signal needs: a cheap test before its pattern runs.
_ANCHORS: dict[str, tuple[str, ...]] = {
    "invite to interview": ("invit",),
    "offer an interview": ("offer", "extend"),
    "pleased to invite": ("invite", "offer", "extend"),
    "selected for interview": ("selected", "chosen", "invited", "listed", "cleared", "approved", "picked"),
    "you are invited": ("invited",),
    "you are invited (bare)": ("invited",),
    "interview offered to you": ("to you",),
    "set up an interview": ("interview",),
    "like you to interview": ("interview",),
    "cannot include you": (
        "include you",
        "including you",
        "fit you",
        "fitting you",
        "place you",
        "placing you",
        "add you",
        "adding you",
        "accommodate you",
        "accommodating you",
    ),
    "cannot move the application forward": ("forward", "further", "advanc", "progress", "through"),
    "decline to interview": ("declin",),
    "room for you": ("for you",),
    "made our list": ("made", "on the yes", "on our yes"),
    "opened scheduling for you": ("schedul", "sign-up", "signup", "booking"),
    "on the interview list": ("interview", "wait"),
    "interview will not take place": ("place", "ahead", "happen", "held", "run", "proceed"),
    "name on a list": ("list", "roster", "pool", "queue", "line"),
    "advance to the interview stage": ("interview",),
    "asks for a date": ("date", "day", "availability", "which"),
    "among those selected": ("among", "one of"),
    "move forward with an interview": ("with",),
    "interested in interviewing": ("interviewing",),
    "holding the application": (
        "your application",
        "your file",
        "your name",
        "your cv",
        "reserve",
        "the top",
    ),
    "bring you out here": ("to get you", "to have you", "to bring you", "to fly you"),
    "not you either": ("including you",),
    "nothing to offer you": ("to offer you", "for you"),
    "auto-reply": ("reply", "office", "leave", "vacation", "away from", "holiday"),
    "if a place opens": (
        "allow",
        "permit",
        "open",
        "availab",
        "free",
        "vacant",
        "capacity",
        "add",
        "drop",
        "cancel",
        "withdr",
        "declin",
        "can't",
        "cannot",
        "can no",
    ),
    "first to hear": ("first",),
    "we cancelled your interview": ("cancel", "reschedul", "postpone", "moved", "call"),
    "event invitation": ("invite", "join us"),
    "like to meet you": ("meet you", "know you", "see you", "with you", "to you", "ing you", "view you"),
    "like to host you": ("have you", "host you", "welcome you"),
    "like you to take part": ("you to",),
    "a day of ours for you": ("one of our", "calendar", "schedule"),
    "among the ones we want to see": (
        "like to",
        "love to",
        "want to",
        "hope to",
        "plan to",
        "intend to",
        "hoping to",
        "planning to",
    ),
    "a choice of dates": (
        "?",
        "your pick",
        "your choice",
        "your call",
        "you pick",
        "you choose",
        "which",
        "either",
    ),
    "claim a date": (
        "reserve",
        "claim",
        "secure",
        "book",
        "choose",
        "select",
        "pick",
        "grab",
        "hold",
        "lock in",
        "nail down",
        "settle on",
        "firm up",
    ),
    "status waitlisted": ("status",),
    "no place on the interview schedule": ("interview",),
    "cannot bring you in": ("interview",),
    "before your interview": ("before", "ahead", "prior", "preparation"),
    "your visit on a date": ("your",),
    "travel logistics": ("hotel", "rooms", "park", "validat", "directions", "shuttle", "dress", "arrive"),
    "system notice": ("maintenance", "unavailable", "downtime", "system", "profile", "verify"),
    "product notice": ("now", "new"),
    "portal login": ("log",),
    "mailing list": ("unsubscribe",),
    "marketing": ("% off", "discount", "coupon", "promo", "free trial", "limited", "claim your", "shop now"),
    "received an interview invitation": ("invit", "request", "offer"),
    "schedule your interview": ("interview",),
    "slot opened": (
        "open",
        "availab",
        "freed",
        "released",
        "added",
        "posted",
        "claimed",
        "booked",
        "came free",
        "come free",
        "vacant",
    ),
    "accept the invitation": ("accept",),
    "not yet scheduled": ("yet",),
    "will not receive an interview": ("interview", "invitation"),
    "join us for an interview": ("join",),
    "have you interview": ("have",),
    "meet you for an interview": ("interview",),
    "invitations notice": ("invitations", "inviting"),
    "interview you": ("interview",),
    "not among those selected": ("among", "one of"),
    "you are all set": ("have you", "all set", "locked", "booked", "pencil", "slotted"),
    "interview invitation": ("invitation",),
    "interview offer": ("interview",),
    "placed on the waitlist": ("list",),
    "waitlisted": ("listed",),
    "waitlist": ("list",),
    "unable to offer an interview": ("interview", "invitation"),
    "not moving forward": ("forward", "advanc", "progress", "proceed"),
    "no offer of an interview": ("interview", "invitation"),
    "cannot offer one": ("one to you", "any to you", "you one", "you any"),
    "not invited": ("not invited", "status"),
    "on hold": ("hold",),
    "on standby": ("standby",),
    "not yet, not no": ("today", "yet", "now", "moment", "lose", "at this point"),
    "not selected": ("not",),
    "decided not to": ("not",),
    "no longer under consideration": ("consider", "closed your"),
    "other candidates": ("other",),
    "application unsuccessful": ("application",),
    "unable to interview": ("able", "cannot"),
    "slots filled": ("fill",),
    "interview confirmed": ("interview", "reserved", "confirmed", "rsvp", "secured", "booked"),
    "you have scheduled": ("scheduled", "booked", "registered", "signed", "confirmed", "selected", "accept"),
    "thank you for scheduling": ("thank",),
    "this confirms": ("confirm",),
    "you are scheduled": ("scheduled", "confirmed", "registered", "booked", "signed"),
    "interview confirmation": ("confirm",),
    "upcoming interview": ("interview",),
    "reminder": ("reminder",),
    "reminder (bare)": ("reminder",),
    "itinerary": ("itinerary", "interview"),
    "meeting details": ("zoom", "webex", "teams", "meeting", "passcode"),
    "logistics": ("logistics", "expect", "parking", "see"),
    "interview cancelled": ("cancel", "reschedul", "postpone", "withdrawn", "moved", "called off"),
    "we must cancel": ("cancel", "reschedul", "postpone", "move", "change", "call off"),
    "cancellation confirmed": ("cancel", "withdr"),
    "cancelled": ("cancel",),
    "invitation expired": ("expired", "withdrawn", "rescinded", "revoked"),
    "you declined": ("declined", "decline"),
    "post-interview": (
        "thank",
        "pleasure",
        "great",
        "wonderful",
        "delight",
        "post",
        "lovely",
        "nice",
        "fantastic",
    ),
    "social": (
        "social",
        "dinner",
        "hour",
        "greet",
        "mixer",
        "reception",
        "gathering",
        "house",
        "session",
        "webinar",
        "tour",
        "event",
    ),
    "newsletter": ("newsletter", "update", "spotlight"),
    "portal message": ("message", "log"),
    "match notice": ("match", "rank", "certif", "soap", "nrmp", "national"),
    "interest": ("interest",),
    "unrelated": (
        "statement",
        "account",
        "balance",
        "order",
        "shipp",
        "password",
        "sale",
        "promo",
        "package",
        "parcel",
        "tracking",
        "delivery",
    ),
    "social network": ("search", "profile", "looking", "viewing", "know", "connection", "endorse", "job"),
}


_INTERVIEW = r"(?:\w+ ){0,3}?interview(?!er)"
_MONTH = rf"{MONTH_STEM}[a-z]*\.?"
_WEEKDAY = rf"{WEEKDAY_STEM}[a-z]*\.?"
# One day named: "Thursday, January 7", "Jan 14", "14 January", "Tuesday".
_DAY = (
    rf"(?:(?:{_WEEKDAY},? )?(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?\b|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}(?!\w))|{_WEEKDAY}(?!\w))"
)
_CANNOT = (
    r"(?:unable to|not (?:be )?able to|cannot|can ?not|can't|won't be able to|will not be able to|"
    r"not in a position to|won't|will not|shan't|shall not)"
)
# Registering for a social or an open house is not a booked interview.
_NOT_AN_EVENT = (
    r"(?![^.]{0,60}\b(?:social|open house|webinar|info session|information session|dinner|happy hour|"
    r"meet and greet|tour|application|newsletter))"
)
SIGNALS: tuple[Signal, ...] = (
    # invitation
    _s("invitation", 3, "invite to interview",
       rf"\binvit(?:e|es|ed|ing)\b (?:you )?(?:back )?(?:to|for) (?:an? |our )?{_INTERVIEW}"),
    _s("invitation", 3, "offer an interview",
       rf"\b(?:offer|extend)\w* (?:to )?you (?:an? )?{_INTERVIEW}|"
       # "we are excited to extend to you a place in our applicant visit season"
       r"\b(?:offer|extend)\w* (?:to )?you (?:a|an|one) (?:[\w-]+ )?(?:place|spot|seat|slot|date|day) "
       r"(?:in|on|at|for|among) (?:our|an?|the|one of)\b|"
       rf"\b(?:been|were|are) offered (?:an? )?{_INTERVIEW}"),
    _s("invitation", 3, "meet you for an interview",
       r"\b(?:like|love|want|happy|pleased|delighted|excited) to (?:meet|speak|talk) (?:with )?you "
       r"(?:for|in|at) "
       rf"(?:an? |your )?{_INTERVIEW}|\bschedule you (?:for|in) (?:an? )?{_INTERVIEW}"),
    _s("invitation", 3, "pleased to invite",
       r"\b(?:pleased|delighted|happy|excited|thrilled|honou?red|glad|like|love|want) to "
       r"(?:invite|offer|extend) (?:you|an)\b"),
    _s("invitation", 3, "selected for interview",
       rf"\b(?:selected|chosen|invited|short-?listed) (?:you )?(?:to|for) (?:an? )?{_INTERVIEW}|"
       r"\b(?:selected|chosen|short-?listed|cleared|approved|picked) you (?:to|for) (?:an? |our |the )?"
       r"(?:[\w-]+ )?(?:interview|applicant|recruitment|visit|candidate|selection) (?:days?|sessions?|dates?|"
       r"round)\b"),
    _s("invitation", 3, "you are invited",
       r"\byou(?:'ve| have|'re| are) (?:been )?invited\b(?=[^.!?]{0,80}\binterview(?!er))"),
    _s("invitation", 2, "you are invited (bare)", r"\byou(?:'ve| have|'re| are) (?:been )?invited\b"),
    _s("invitation", 3, "received an interview invitation",
       r"\b(?:received|have|sent you) (?:an? |\d+ |two |three )?(?:new )?interview "
       r"(?:invitation|invite|request|offer)"),
    _s("invitation", 3, "schedule your interview",
       r"\b(?:schedule|book|select|choose|pick|reserve|sign up for|claim) (?:your|an|a|the) "
       r"(?:\w+ )?interview(?: (?:date|day|time|slot|spot))?\b"),
    _s("invitation", 3, "slot opened",
       r"\b(?:spot|slot|position|date|opening|space)s? (?:\w+ )?(?:has|have|had) (?:just )?"
       r"(?:opened|become available|come open|freed)|"
       # "a seat came free for our January 19 day", "a place just became available"
       r"\b(?:spot|slot|position|date|opening|space|seat|place|session)s? (?:just |now )?"
       r"(?:(?:came|became|fell)|(?:has|have|had) (?:just |now )?(?:come|become|fallen)) "
       r"(?:free|open|vacant|available)\b|"
       r"\b(?:spot|slot|opening|space)s? (?:is|are) now (?:available|open)|\bopened up\b|"
       r"\b(?:freed|opened) up (?:a|an|one|another|\w+'s) (?:\w+ )?"
       r"(?:spot|slot|date|opening|space|place)\b|"
       r"\b(?:new|more|additional|extra) (?:\w+ ){0,2}?(?:dates|sessions|slots|spots|days|seats)\b"
       r"[^.;]{0,20}? (?:have|has) (?:just )?been (?:released|added|opened|posted)|"
       r"\b(?:dates|sessions|slots|spots|seats|places) (?:can|may) (?:now )?be "
       r"(?:claimed|booked|reserved)\b"),
    _s("invitation", 3, "interview offered to you",
       r"\b(?:interview|invitation)s? (?:has|have) (?:been|just been) "
       r"(?:offered|extended|granted|sent|issued) to you\b"),
    _s("invitation", 3, "move forward with an interview",
       r"\b(?:move|moving|proceed|proceeding|go ahead|going ahead) (?:forward )?with (?:an? |your |the )?"
       r"(?:\w+ )?interview(?!er)"),
    _s("invitation", 3, "interested in interviewing",
       r"\b(?:let (?:us|me) know if|would|are|if) you(?:'re| are|'d| would)? (?:still |be )?interested in "
       r"interviewing (?:with|at)\b", filtered=False),
    _s("invitation", 3, "join us for an interview",
       r"\bjoin (?:us|our (?:team|program|faculty)) (?:for|on) (?:an?|our) (?:\w+ ){0,2}?interview(?!er)"),
    _s("invitation", 3, "interview you",
       r"\b(?:like|love|want|wish|hope|delighted|pleased|happy|excited) to (?:\w+ )?interview you\b|"
       r"\b(?:would you like|you would like|you wish|you want) to interview (?:with|at)\b|"
       r"\b(?:include|consider) you (?:for|in) (?:an? |our )?(?:\w+ )?interview|"
       r"\b(?:would|are|will|do|could|can) you (?:be )?(?:available|able|free|have time|have the time|"
       r"want|wish) to interview\b",
       filtered=False),
    _s("invitation", 3, "like you to interview",
       r"\b(?:like|love|want|invite|ask) you to (?:come )?(?:in )?(?:for )?(?:an? )?interview(?!er)|"
       r"\b(?:like|love|want) you (?:on|for|at|in) (?:our |an? |the )?(?:\w+ )?interview(?!er)|"
       r"\bcome (?:in |out |see us |visit us |meet us |visit )?for (?:an? |your )?(?:\w+ )?interview(?!er)|"
       r"\binterview you\b(?! (?:again|later|further))"),
    _s("invitation", 3, "advance to the interview stage",
       r"\b(?:advanc|progress|mov|proceed)\w* (?:forward |on )?to (?:the |our )?(?:\w+ )?interview "
       r"(?:stage|phase|round|process)"),
    _s("invitation", 2, "asks for a date",
       r"\b(?:indicate|select|choose|pick|rank|submit|reply with|let us know|tell us|send us|provide|share)\b"
       r"[^.?!]{0,30}?\b(?:(?:preferred|top|first|second)\b[^.?!]{0,15}?)?(?:interview (?:day|date)s?|"
       r"dates?|days?|availability)\b|"
       r"\b(?:confirm|advise|indicate|tell (?:us|me)|let (?:us|me|\w+) know)\b[^.?!]{0,20}?\bwhich "
       r"(?:\w+ )?(?:dates?|days?|mornings?|afternoons?|sessions?|slots?|times?|one)\b"),
    _s("invitation", 3, "set up an interview",
       r"\b(?:like|love|want|wanting|hope|hoping|looking|happy|glad|pleased|delighted|excited) to "
       r"(?:set up|arrange|schedule|book|"
       r"organi[sz]e|bring you in for|bring in for|have you in for) (?:an? |your )?(?:\w+ )?interview(?!er)"),
    _s("invitation", 3, "among those selected",
       r"\byou(?:'re| are) (?:among|one of) (?:the |those |our )?(?:\w+ )?(?:applicants|candidates)\b"
       r"(?: \w+){0,3}? (?:selected|chosen|invited|"
       r"(?:(?:we|who)(?:'d| would)?|would) (?:like|love|want) to)"),
    _s("invitation", 3, "have you interview",
       r"\b(?:love|like|happy|glad|excited|delighted|honou?red|pleased) to have you (?:come )?(?:in )?"
       r"(?:for an? )?(?:\w+ )?interview(?!er)"),
    _s("invitation", 2, "like to meet you",
       r"\b(?:would|'d) (?:really |very much |truly )?(?:like|love|be (?:delighted|happy|glad|thrilled|"
       r"excited|honou?red|pleased|keen|very keen)) to "
       r"(?:meet|get to know|see|talk (?:with|to)|speak (?:with|to)|chat with) you\b|"
       r"\b(?:eager|keen|excited|glad|happy|hope|hoping|like|love) to spend (?:a|an|the|some) (?:[\w-]+ )?"
       r"(?:day|morning|afternoon|evening|time) with you\b|"
       # "the panel would welcome the opportunity of meeting you", "keen to meet you"
       r"\b(?:welcome|appreciate|value|relish) the (?:opportunity|chance|pleasure) (?:of|to) "
       r"(?:meet(?:ing)?|see(?:ing)?|get(?:ting)? to know|(?:speak|talk)(?:ing)? (?:with|to)|"
       r"interview(?:ing)?) you\b|"
       r"\bkeen to (?:meet|see|get to know|talk (?:with|to)|speak (?:with|to)) you\b"),
    _s("invitation", 2, "like to host you",
       r"\b(?:like|love|delighted|happy|glad|honou?red|pleased|excited) to (?:have|host|welcome) you\b"
       r"(?! (?:join|as|become|be part|be a part|train|match|on (?:our|the) team|"
       r"in our (?:program|family)))"),
    # "We'd love to get you out here", "keen to bring you over to see us": a visit offered.
    _s("invitation", 3, "bring you out here",
       r"\b(?:like|love|want|hope|hoping|keen|eager|glad|happy) to (?:get|have|bring|fly) you "
       r"(?:out|over|up|down|in) (?:here|there|to (?:see )?us|to (?:our|the) (?:campus|hospital|program)|"
       r"for a (?:visit|day))\b"),
    _s("invitation", 2, "like you to take part",
       r"\b(?:like|love|want|invite) you to (?:take part|participate|join us|attend|"
       r"come (?:in|out|visit)|visit (?:us|with us|our)|"
       r"spend (?:a|an|the|some|part of a|one of our) (?:[\w-]+ )?(?:days?|mornings?|afternoons?|evenings?|"
       r"time) with (?:us|our|the))\b"),
    _s("invitation", 2, "claim a date",
       r"\b(?:reserve|claim|secure|book|choose|select|pick|grab|hold|lock in|nail down|settle on|firm up) "
       r"(?:a|your|an available|whatever|whichever|one of our|any of our)"
       # "pick a new date" after a cancellation is no new offer
       r"(?: (?!new |replacement |different |another |alternate |alternative |later )[\w-]+)? "
       r"(?:place|spot|date|day|slot|time)s?\b"),
    # "Get you on the calendar for one of our applicant days", "see you at one of our January
    # sessions": a day of the program's, offered to you (not a social, a webinar or a tour).
    _s("invitation", 3, "a day of ours for you",
       r"(?:\b(?:see|meet|host|have|welcome|interview|schedule|book|get|put|slot|fit) you (?:[\w-]+ ){0,3}?|"
       r"\b(?:place|spot|seat|slot|room|space) for you |"
       r"\b(?:want|like|love|invite|ask|hope|need) you to (?:[\w-]+ ){1,5}?)"
       r"(?:at|for|on|in|into|to) one of our "
       r"(?!(?:[\w-]+ ){0,2}?(?:info|information|webinar|social|open house|q&a|tour|mixer|town hall))"
       r"(?:[\w-]+ ){0,2}?(?:days|dates|sessions|mornings|afternoons|visits)\b|"
       r"\b(?:get|put|place|add|slot|pencil) you (?:on|onto|into) (?:our|the) (?:\w+ )?"
       r"(?:calendar|schedule)\b"),
    # "Dec 1, 8 or 15 for your visit with us?", "Do you want Thursday, January 7 or January 14?":
    # a question that offers a choice of days.
    _s("invitation", 2, "a choice of dates",
       rf"\b{_DAY}(?:,? (?:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY}))*,? or (?:\d{{1,2}}(?:st|nd|rd|th)?\b|{_DAY})"
       r"(?:[^.?!\n]{0,60}\?|"
       # "Jan 8 or Jan 15, your pick", "Monday or Tuesday - whichever suits you"
       r"\s*(?:,|-|–|—|:|;)?\s*(?:(?:it's|its|the) )?(?:your (?:pick|choice|call)|take your pick|"
       r"you (?:pick|choose)|(?:whichever|which ever|either) (?:one )?(?:suits|works|you prefer)))|"
       # one day as a question: "Jan 6 work?", "Does Tuesday the 12th suit you?"
       rf"(?:\b(?:does|would|will|could|can) )?\b{_DAY}(?: the \d{{1,2}}(?:st|nd|rd|th)?)? (?:still )?"
       r"(?:work|suit)s?(?: (?:for )?you)?\s*\?"),
    _s("invitation", 3, "not yet scheduled",
       r"\b(?:not yet|n't yet|yet to) (?:scheduled|selected|signed up|booked|responded|accepted|claimed)\b",
       filtered=False),
    _s("invitation", 3, "accept the invitation", r"\baccept (?:the|this|your|our) (?:interview )?invitation"),
    _s("invitation", 2, "interview invitation", r"\binterview invitation\b|\binvitation to interview\b"),
    _s("invitation", 2, "interview offer",
       r"\binterview (?:offer|opportunity|granted|offered|extended)\b|\bsecond[- ]round (?:of )?interview"),
    _s("invitation", 3, "room for you",
       r"\b(?:there is|there's|we have|we now have|we've got) (?:now |finally |just )?"
       r"(?:room|space|a spot|a place|a seat|an opening|a slot) for you\b|"
       # "has a date waiting for you", "one of our seats is being held for you"
       r"\b(?:has|have|with) (?:a|an|one) (?:[\w-]+ )?(?:date|day|slot|spot|place|seat|opening|interview) "
       r"(?:waiting|reserved|held|set aside|saved) for you\b|"
       # "we have kept a place for you at one of our mornings", "I'm holding a seat for you"
       r"\b(?:kept|saved|held|set aside|keeping|saving|holding) (?:a|an|one) (?:[\w-]+ )?"
       r"(?:date|day|slot|spot|place|seat|interview) for you\b"),
    # "You made our list", "your name is on the yes pile": chosen, in everyday words (residency
    # context needed: a dean's list or a gift list is no interview).
    _s("invitation", 3, "made our list",
       r"\byou(?:'ve| have)? made (?:our|the|its|their) (?:(?!wait|alternate|reserve|standby|backup)[\w-]+ )?"
       r"(?:list|cut|shortlist)\b|\bon (?:the|our) yes (?:pile|list)\b"),
    # "I'm opening the scheduler for you", "we have sent you the sign-up link": access to book a day
    _s("invitation", 3, "opened scheduling for you",
       r"\b(?:open|opening|opened|unlock\w*|activat\w*|releas\w*|enabl\w*)(?: up)? (?:the |our |a )?(?:\w+ )?"
       r"(?:scheduler|scheduling(?: \w+)?|sign-?up (?:link|sheet|page|form)|booking (?:link|page)) "
       r"(?:for|to) you\b|"
       r"\b(?:send|sending|sent) you (?:the|a|our) (?:\w+ )?(?:scheduling|sign-?up|booking|self-scheduling) "
       r"(?:link|page|invitation|invite|access)\b"),
    # "Jordan is on the group we want to see in person" (a program writing to a mentor, read as "you")
    _s("invitation", 3, "among the ones we want to see",
       r"\byou(?:'re| are| is)? (?:on|in|among|one of|part of) (?:the|those|our|a) (?:\w+ )?"
       r"(?:group|list|applicants|candidates|people|cohort|batch|ones|few|handful)(?: of \w+)? "
       r"(?:(?:that|who|whom) )?(?:we|i)(?:'d| would)? (?:really |very much )?(?:like|love|want|hope|plan|"
       r"intend|are hoping|are planning|'re hoping) to (?:see|meet|interview|invite|host|bring in|have|"
       r"get to know)\b"),
    _s("invitation", 3, "on the interview list",
       r"\b(?:added|put|placed|included) you (?:on|to|in) (?:its|our|the|their) interview "
       r"(?:list|campaign|schedule|roster)\b|\bmade (?:our|the|its) interview list\b|"
       r"\boff (?:the|our) wait[- ]?list\b|"
       r"\bwe have an? (?:\w+ ){0,3}interview (?:spot |slot |date )?for you\b"),
    # waitlist
    _s("waitlist", 3, "placed on the waitlist",
       r"\b(?:placed|added|put|remain|included|position) (?:you )?(?:on|to) (?:our|the|my|an?) "
       r"(?:\w+ ){0,2}?(?:wait[- ]?list|waiting list|alternate list|reserve (?:pool|list)|standby list|"
       r"list of alternates|alternates list)"),
    _s("waitlist", 3, "name on a list",
       r"\b(?:put|placed|added|kept|keep|keeping) (?:you|your name|your application) (?:on|to) "
       r"(?:our|the|a|an) (?:\w+ )?(?:priority|wait|waiting|alternate|standby|reserve|backup)[- ]?"
       r"(?:list|roster|pool)\b|"
       r"\b(?:you(?:'re| are| remain)|your name (?:is|remains)) (?:now |still )?on "
       r"(?:our|the|a|an|its|their) (?:\w+ )?"
       r"(?:priority|wait|waiting|alternate|standby|reserve|backup)[- ]?(?:list|roster|pool)\b|"
       # "You are currently number 7 in our queue", "your position on the list is #3"
       r"\b(?:you(?:'re| are| remain)|your (?:name|application) (?:is|remains)) (?:currently |now |still )?"
       r"(?:number |no\. ?|# ?|position )\d+ (?:in|on) (?:our|the|its|their) (?:\w+ )?(?:queue|list|line)\b|"
       r"\byour (?:position|place|rank) (?:in|on) (?:our|the) (?:\w+ )?(?:queue|list|line) is\b"),
    _s("waitlist", 2, "holding the application",
       r"\b(?:holding|hold|keep|keeping) your (?:application|file|name|cv) (?:in|on|under|for|active|open)\b|"
       r"\b(?:keep|keeping|put|putting|move|moved|moving) (?:you|your name|your application) "
       r"(?:near|at|to) the top\b|"
       r"\breserve (?:pool|list)\b"),
    # "has placed you on standby for its interview sessions", "Standby status"
    _s("waitlist", 3, "on standby",
       r"\b(?:placed|put|kept|keep|keeping|added|moved) (?:you|your name|your application) "
       r"(?:on|to) (?:\w+ )?standby\b|"
       r"\b(?:you(?:'re| are| remain)|your (?:name|application) (?:is|remains)) (?:now |still |currently )?"
       r"on standby\b|\bstandby (?:status|list|roster|pool)\b"),
    # "I can't put you on one today, but I don't want to lose track of you": not yet, not no
    _s("waitlist", 2, "not yet, not no",
       rf"\b{_CANNOT} (?:yet )?(?:offer|give|put|place|fit|schedule|slot|squeeze)\w* you (?:[\w-]+ ){{0,4}}?"
       r"(?:today|yet|right now|just now|for now|for the moment|at the moment)\b|"
       r"\b(?:don't|do not|wouldn't|would not) (?:want|like|wish) to lose (?:track of |touch with )?you\b|"
       # "I wish I could offer you a day right now"
       r"\bwish (?:I|we) could (?:offer|give|extend|find)\w* you (?:[\w-]+ ){0,4}?"
       r"(?:today|yet|now|right now|at this point|at the moment|for now)\b",
       filtered=False),
    _s("waitlist", 3, "waitlisted", r"\b(?:you(?:'ve| have)? been|you are|you're) (?:\w+ )?wait[- ]?listed"),
    _s("waitlist", 3, "status waitlisted",
       r"\bstatus\b[^.]{0,80}\b(?:updated|changed|moved|set)\b[^.]{0,10}\bto:?\s*[\"']?"
       r"(?:wait[- ]?list(?:ed)?|alternate|standby|on hold)\b",
       filtered=False),
    # "Should space allow, we will contact you", "if anything frees up", "if we add interview capacity":
    # a place that may open later is the mark of a waitlist (an offer beside it still wins).
    _s("waitlist", 2, "if a place opens",
       r"\b(?:if|should|when|in the event|in case|once)\b(?: \w+){0,3}? (?:space|room|capacity|spots?|slots?|"
       r"places?|dates?|days?|seats?|positions?|openings?|anything|something|availability)\b(?: \w+){0,2}? "
       r"(?:allows?|permits?|opens?|opened|open up|opens up|becomes? (?:available|vacant|free)|frees? up|"
       r"comes? (?:open|up|free))\b|"
       r"\b(?:if|should|when|once) we (?:add|open|expand|release|increase)\w* (?:\w+ ){0,2}?"
       r"(?:capacity|dates|days|slots|spots|sessions|seats)\b|"
       # "in case anyone drops out", "as applicants decline, we move down the list"
       r"\b(?:if|should|when|in case|in the event)\b(?: \w+){0,2}? (?:anyone|someone|somebody|"
       r"an? (?:applicant|candidate|invitee)|applicants|candidates|invitees|others|people) "
       r"(?:\w+ )?(?:drops? out|cancels?|withdraws?|declines?|"
       r"(?:can't|cannot|can no longer) (?:make|come|attend))\b|"
       r"\bas (?:applicants|candidates|invitees|others|people) (?:\w+ )?"
       r"(?:drop out|cancel|withdraw|decline)\b",
       filtered=False),
    _s("waitlist", 2, "first to hear",
       r"\b(?:among the first|the first (?:applicants?|candidates?|people|ones?))\b[^.;]{0,30}"
       r"\b(?:we (?:contact|call|reach|invite|email|write)|to (?:hear|be contacted|know))|"
       r"\byou(?:'ll| will) (?:hear|be hearing) from us first\b", filtered=False),
    _s("waitlist", 2, "on hold", r"\bon hold\b|\bhold (?:pool|list|group)\b"),
    _s("waitlist", 2, "waitlist", r"\bwait[- ]?list(?:ed)?\b|\bwaiting list\b|\balternate list\b"),
    # rejection: explicit only
    _s("rejection", 3, "unable to offer an interview",
       r"\b(?:unable|not be able|not able|cannot|can[ \t]?not|won't be able) to "
       r"(?:offer|extend|invite|grant|provide|schedule) (?:you )?(?:an? )?(?:\w+ )?(?:interview|invitation)"
       r"(?! (?:feedback|questions|tips|advice))",
       negative=True),
    _s("rejection", 3, "no offer of an interview",
       r"\b(?:unable|not able|cannot|can ?not|can't|won't|will not|would not|are not|not be|no longer|"
       r"not in a position to)\b"
       r"(?: \w+){0,3}? (?:offer|extend|invit|grant|provid|schedul|accommodat)\w*\b(?: \w+){0,4}? "
       r"(?:interview|invitation)s?\b(?! (?:feedback|questions|tips|advice|on weekends))",
       negative=True),
    # "every interview position has been filled, and we will not be able to extend one to you"
    _s("rejection", 3, "cannot offer one",
       rf"\b(?:interview|invitation|position)s?\b[^.;!?]{{0,100}}{_CANNOT} (?:be able to )?"
       r"(?:offer|extend|give|grant) (?:one|any|you one|you any)(?: to you)?\b",
       negative=True),
    _s("rejection", 3, "not invited", r"\bnot invited\b|\bstatus\b[^.]{0,40}\b(?:not selected|declined)\b",
       negative=True),
    _s("rejection", 3, "not moving forward",
       r"\b(?:will|are|were|won't|unable to) (?:not )?(?:be )?(?:moving|move|proceed\w*) forward "
       r"with (?:your|the) (?:application|candidacy)|\bnot (?:be )?(?:moving|proceeding) forward|"
       r"\bnot (?:be )?(?:move|moving|proceed\w*|going) forward with (?:an? )?(?:\w+ )?interview|"
       r"\bnot (?:be )?(?:advanc|progress|mov|proceed)\w* (?:forward |on )?to (?:the |our )?(?:\w+ )?"
       r"interview (?:stage|phase|round|process)",
       negative=True),
    # "we do not have an interview to offer you this season"
    _s("rejection", 3, "nothing to offer you",
       r"\b(?:do not|don't|did not|didn't|no longer|not) have (?:an? |any )?(?:\w+ )?"
       r"(?:interview|spot|place|date|slot|position)s? (?:left |remaining )?(?:to offer|for) you\b"
       # "a place for you to park", "a date for you yet": logistics, or not yet
       r"(?! (?:to|yet)\b)(?![^.;!?]{0,30}\byet\b)",
       negative=True),
    _s("rejection", 3, "will not receive an interview",
       r"\b(?:will not|won't|not) (?:be )?(?:receiv\w*|get|be offered|be extended|be sent) (?:an? )?(?:\w+ )?"
       r"(?:interview|invitation)", negative=True),
    _s("rejection", 3, "not among those selected",
       r"\bnot (?:been )?(?:among|one of) (?:those|the applicants|the candidates)(?: \w+)? "
       r"(?:selected|chosen|invited)|"
       # "we have completed our interview selections ... your application was not among them"
       r"\b(?:you|your (?:application|file|candidacy)) (?:was|were|is|are|has been|have been) not "
       r"(?:among|one of) (?:them|those|the ones|"
       r"(?:the|our) (?:\w+ )?(?:selections?|invitees|interviewees))\b",
       negative=True),
    _s("rejection", 3, "not selected",
       r"\bnot (?:been )?(?:selected|chosen|invited) (?:for|to) (?:an? )?(?:\w+ )?interview",
       negative=True),
    _s("rejection", 3, "decided not to",
       r"\b(?:decided|decision|elected|chosen|chose|opted) (?:not to|to not) "
       r"(?:move|proceed|invite|offer|extend|interview)",
       negative=True),
    _s("rejection", 3, "no longer under consideration",
       r"\bno longer (?:under|being|be) consider\w*|\bnot be considered further|"
       r"\bno longer (?:able to )?consider(?:ing|s)? (?:your (?:application|candidacy)|you|it)\b|"
       r"\b(?:has|have) closed your application\b",
       negative=True),
    _s("rejection", 3, "other candidates",
       r"\b(?:move|moving|proceed|proceeding) forward with other (?:candidates|applicants)|"
       r"\bpursue other (?:candidates|applicants)", negative=True),
    _s("rejection", 3, "application unsuccessful",
       r"\bapplication\b[^.;]{0,80}?\b(?:was|has been|is) (?:not successful|unsuccessful|declined|rejected)",
       negative=True),
    _s("rejection", 3, "no place on the interview schedule",
       rf"\b{_CANNOT} (?:offer|extend|give|provide|find) (?:you )?(?:an? |any )?"
       r"(?:spot|place|position|slot|opportunity|room|space)s? (?:on|in|for|to) (?:our |the |an? )?(?:\w+ )?"
       r"interview", negative=True),
    _s("rejection", 3, "decline to interview",
       r"\bdeclin\w* to (?:interview|invite|offer|extend|schedule)\b", negative=True),
    _s("rejection", 3, "cannot move the application forward",
       rf"\b{_CANNOT} (?:be )?(?:(?:mov|tak|carr|bring|put)\w* (?:your (?:application|candidacy|file)|yours) "
       r"(?:forward|further|through)|(?:advanc|progress)\w* your (?:application|candidacy|file))\b|"
       # "your application will not be advancing further in our selection process"
       r"\byour (?:application|candidacy|file) (?:will not|won't|is not|isn't|was not|wasn't|cannot|can't|"
       r"shan't|will no longer|does not|did not) (?:be )?(?:advanc|progress|proceed|mov|go)\w* "
       r"(?:forward|further|ahead|on)\b",
       negative=True),
    _s("rejection", 3, "cannot include you",
       rf"\b(?:{_CANNOT}|(?:will|shall|are|would) not be) "
       r"(?:include|including|fit|fitting|place|placing|add|adding|accommodate|accommodating) you "
       r"(?:in|on|into) (?:[\w']+ ){0,3}?"
       r"interview (?:schedule|calendar|days?|dates|list|pool|slots?|season|process|round|cycle|roster)",
       negative=True),
    _s("rejection", 3, "cannot bring you in",
       rf"\b{_CANNOT} (?:bring|host|see|have|welcome) you (?:in |out |here )?(?:for|to) "
       r"(?:an? |your |the )?(?:\w+ )?interview(?!er)", negative=True),
    # "we cannot interview many outstanding applicants, including you this year"
    _s("rejection", 3, "not you either",
       rf"\b{_CANNOT} (?:interview|invite|accommodate|see|meet|offer (?:an? )?interviews? to)\b"
       r"[^.;!?]{0,80}\bincluding you\b", negative=True),
    _s("rejection", 2, "unable to interview",
       rf"\b{_CANNOT} (?:interview|accommodate|invite) (?:you|all|every)", negative=True),
    _s("rejection", 2, "slots filled",
       r"\b(?:filled|fill) (?:all (?:of )?)?(?:our |the )?(?:available )?interview "
       r"(?:slots|spots|positions|dates|calendar|schedule|days)"
       r"|\b(?:all|every|each) (?:of )?(?:our |the )?interview (?:slots?|spots?|positions?|dates?|places?)\b"
       r"[^.;!?]{0,50}? (?:have|has) (?:now )?been filled"
       r"|\bno (?:more |further )?interview (?:slots|spots|positions|dates) (?:left|remaining|available)"
       r"|\b(?:filled|fill) all (?:of )?(?:our|the) (?:available |remaining )?"
       r"(?:slots|spots|dates|days|places)\b",
       negative=True),
    # scheduled
    _s("scheduled", 3, "interview confirmed",
       r"\byour (?:\w+ ){0,2}?interview\b[^.;!?]{0,100}? (?:is|has been|was) (?:now )?"
       r"(?:confirmed|scheduled|booked|set|reserved|finalized)\b|"
       r"\byour (?:spot|place|seat|slot|date|selection|session|date choice) "
       r"(?:is|has been) (?:now )?(?:reserved|confirmed|booked|secured)\b|"
       r"\b(?:received|have) your (?:rsvp|confirmation|date selection)\b"),
    _s("scheduled", 3, "you have scheduled",
       r"\byou(?:'ve| have) (?:successfully )?(?:scheduled|booked|registered|signed up|confirmed|"
       r"selected (?:an?|your) (?:interview )?(?:date|slot)|accepted (?:an?|the|your) (?:\w+ )?interview)\b"
       + _NOT_AN_EVENT),
    _s("scheduled", 3, "thank you for scheduling",
       r"\bthanks? (?:you )?(?:so much )?for (?:scheduling|confirming|signing up|selecting|choosing|picking|"
       r"booking|accepting|registering)\b"
       + _NOT_AN_EVENT),
    _s("scheduled", 3, "this confirms",
       r"\b(?:this|the following) (?:email|message|letter|note) (?:is to )?confirms?\b"
       r"(?=[^.]{0,80}\binterview)|"
       r"\bconfirm(?:ing|s)? your (?:\w+ )?interview (?:on|for|date|slot|time)\b"),
    _s("scheduled", 3, "you are scheduled",
       r"\byou(?:'re| are) (?:now )?(?:scheduled|confirmed|registered|booked|signed up)(?: (?:for|to)\b|\s*!)"
       + _NOT_AN_EVENT),
    _s("scheduled", 3, "you are all set",
       r"\b(?:we have you|you(?:'re| are) all set|"
       r"you(?:'re| are) (?:now )?(?:locked|booked|pencil+ed|slotted) in)"
       r"(?: down| scheduled| registered| booked)? (?:for|on)\b"),
    _s("scheduled", 2, "interview confirmation",
       r"\binterview (?:confirmation|confirmed)\b|\b(?:scheduling|booking|registration) confirmation\b"),
    # reminder / logistics
    _s("reminder", 3, "upcoming interview",
       r"\b(?:your|the) (?:upcoming|scheduled) (?:\w+ )?interview\b"
       r"(?! (?:season|trail|cycle|tips|prep|preparation|process|invitations?))|\binterview (?:is |day is )?"
       r"(?:tomorrow|next week|coming up|in \w+ days)\b|"
       r"\binterview (?:starts|begins) (?:in|tomorrow|today|soon)\b|"
       r"\byour (?:[\w-]+ ){0,2}?interview\b[^.;!?]{0,60}? (?:is|starts|begins) (?:(?:this coming|this|next|"
       rf"coming) (?:{WEEKDAY_STEM}|week)\w*|tomorrow|today|in \w+ (?:days|hours))\b"),
    _s("reminder", 2, "before your interview",
       r"(?:^|(?<=[.!?:;]\s)|(?<=\n)|\bplease (?:\w+ ){0,6}?)"
       r"(?:before|ahead of|prior to|in preparation for) your (?:\w+ )?interview(?!er)"
       r"(?! (?:invitation|offer))"),
    _s("reminder", 2, "travel logistics",
       r"\b(?:hotel|room) block\b|\bblock of rooms\b|\bpark (?:in|at) (?:garage|lot|the)\b|\bparking "
       r"(?:garage|lot|pass|is available|validation)\b|\bvalidat\w* (?:your )?(?:parking|ticket)\b|"
       r"\bdirections to\b|\bshuttle\b|\bdress code\b|\bplease arrive\b|\barrive (?:by|no later than)\b"),
    _s("reminder", 1, "your visit on a date",
       rf"\byour (?:upcoming )?(?:visit|interview day|interview) on (?:{WEEKDAY_STEM}\w*|"
       rf"{MONTH_STEM}\w*\.? \d|\d{{1,2}}/\d)"),
    _s("reminder", 2, "reminder",
       r"\breminder\b(?=[^.!?]{0,80}\binterview(?!er))|\binterview(?!er)\b[^.!?]{0,60}\breminder\b"),
    _s("reminder", 1, "reminder (bare)", r"\breminder\b"),
    _s("reminder", 2, "itinerary", r"\bitinerary\b|\binterview day (?:schedule|agenda|logistics|details)\b"),
    _s("reminder", 2, "meeting details",
       r"\b(?:zoom|webex|teams) (?:link|meeting|details|information|room)\b|\bmeeting id\b|\bpasscode\b|"
       r"zoom\.us/j/|teams\.microsoft\.com/l/meetup"),
    _s("reminder", 1, "logistics",
       r"\blogistics\b|\bwhat to expect\b|\bparking\b|\bsee you (?:tomorrow|soon|on)\b"),
    # cancellation
    _s("cancellation", 3, "interview will not take place",
       r"\b(?:interview|session|visit)\b[^.;!?]{0,60}\b(?:will not|won't|cannot|can no longer|"
       r"is not going to) (?:take place|go ahead|happen|be held|run|proceed)\b", negative=True),
    _s("cancellation", 3, "interview cancelled",
       r"\b(?:interview|interviews|date|session|invitation|appointment|"
       r"(?:applicant|recruitment|visit) days?)\b"
       r"[^.;!?]{0,90}? (?:has|have|had|was|were|is|are) "
       r"(?:been )?(?:cancell?ed|rescheduled|postponed|withdrawn|moved|called off)\b"),
    _s("cancellation", 3, "we cancelled your interview",
       r"\b(?:we|i)(?:'ve| have| had|'re| are| will be)? (?:\w+ )?(?:cancell?(?:ed|ing)|reschedul(?:ed|ing)|"
       r"postpon(?:ed|ing)|mov(?:ed|ing)|call(?:ed|ing) off) (?:your|the|our|this|that|next|\w+day['’]s|"
       r"tomorrow's|all(?: of)?(?: the| our)?) "
       r"(?:[\w'’-]+ ){0,2}?(?:interviews?|dates?|sessions?)"),
    _s("cancellation", 3, "we must cancel",
       r"\b(?:we|i)(?: \w+){0,4}? (?:must|need to|have to|had to|are forced to|will have to|will need to|"
       r"decided to|decision to|regret(?:fully)? (?:must|need to)) "
       r"(?:cancel|call off|reschedule|postpone|(?:move|change) (?:your|the) (?:\w+ )?(?:interview|date))\b"),
    _s("cancellation", 3, "cancellation confirmed",
       r"\b(?:confirm\w*|acknowledg\w*|process\w*|received) (?:your|the) (?:interview )?"
       r"(?:cancell?ation|withdrawal|request to (?:cancel|withdraw))|\byou(?:'ve| have) "
       r"(?:successfully )?(?:cancell?ed|withdrawn)\b|\b(?:cancell?ation|withdrawal) "
       r"(?:confirmation|confirmed|notice|processed)\b|\binterview cancell?ed\b|"
       r"\b(?:withdrawn|withdrew) your application\b|\byour application (?:has been |was )?withdrawn\b"),
    _s("cancellation", 3, "you declined",
       r"\byou(?:'ve| have)? (?:successfully )?declined\b|"
       r"\b(?:your|the) decline (?:has been|was) (?:received|recorded)"),
    _s("cancellation", 3, "invitation expired",
       r"\binvitation\b[^.;]{0,60}\b(?:has |have )?(?:expired|been withdrawn|been rescinded|been revoked)\b",
       filtered=False),
    _s("cancellation", 1, "cancelled", r"\bcancell?(?:ed|ation)\b"),
    # info
    _s("info", 2, "post-interview",
       r"\bthank you (?:again )?for (?:interviewing|taking the time|visiting|joining us|"
       r"meeting|participating|spending|attending)\b|\bit was (?:a |so )?(?:pleasure|great|wonderful|delight|"
       r"lovely|nice|fantastic) (?:\w+ )?(?:meeting|to meet|getting to know|speaking|having you|to have you|"
       r"hosting you|to host you)|\bpost[- ]interview\b"),
    _s("info", 3, "social",
       r"\b(?:pre[- ]interview|virtual|applicant|resident|informal) "
       r"(?:social|dinner|happy hour|meet[- ]and[- ]greet|"
       r"mixer|reception|gathering)\b|\bhappy hour\b|\bmeet (?:and|&) greet\b|\bopen house\b|"
       r"\binfo(?:rmation(?:al)?)? session\b|\bwebinar\b|\bvirtual tour\b|\bsocial event\b"),
    _s("info", 2, "invitations notice",
       r"\b(?:begin|began|beginning|start|started|starting|will|will be|plan to|expect to|intend to|are|"
       r"have (?:begun|started)) (?:sending|send|releasing|release|extending|extend|issuing|issue) (?:out )?"
       r"(?:our |all |the )?(?:\w+ )?interview invitations|"
       r"\binterview invitations (?:have been|were|will be|are being) (?:sent|released|extended)|"
       # "Invitations are arriving daily now", "programs across the country are inviting applicants now"
       r"\b(?:interview )?invitations (?:are|have been|have started|started|will start|keep) (?:now )?"
       r"(?:arriving|coming in|rolling in|going out|flowing|trickling in)\b|"
       r"\b(?:programs|residencies|many programs)\b[^.]{0,50}\b(?:are|have been|have started|started|"
       r"begin|began) (?:now )?(?:inviting|sending invitations to) (?:applicants|candidates)\b",
       filtered=False),
    _s("info", 3, "event invitation",
       r"\b(?:you(?:'re| are)(?: cordially)? invited|(?:we )?invite you|join us) (?:to|for) "
       r"(?:our|an?|the) (?!(?:\w+[ -]){0,3}interview)(?:[\w&']+[ -]){0,4}"
       r"(?:night|evening|event|session|social|gathering|party|hour|chat|panel|meeting|celebration|webinar|"
       r"open house|tour|lunch|dinner|q&a|meet-up|meetup)\b",
       filtered=False),
    _s("info", 2, "system notice",
       r"\bscheduled maintenance\b|\b(?:will be|is) (?:temporarily )?unavailable\b|\bdowntime\b|"
       r"\bsystem (?:outage|upgrade|update)\b|\bcomplete your (?:\w+ )?profile\b|\bverify your email\b",
       filtered=False),
    _s("info", 2, "product notice",
       r"\byou can now\b|\bnew features?\b|\bproduct update\b|\bwhat's new\b", filtered=False),
    _s("info", 2, "newsletter", r"\bnewsletter\b|\bmonthly update\b|\bprogram updates?\b|\bspotlight\b"),
    _s("info", 3, "portal message",
       r"\b(?:you have (?:received )?(?:a|an|\d+) (?:new|unread) message|new message (?:in|from|on|has))",
       filtered=False),
    _s("info", 1, "portal login",
       r"\blog[ \t]?in to (?:myeras|your account|the portal|\w+) to (?:view|read)\b", filtered=False),
    _s("info", 4, "match notice",
       r"\bdid i match\b|\brank order list\b|\bcertif(?:y|ied) (?:your )?rank|\bmatch week\b|"
       r"\bSOAP\b", filtered=False),
    _s("info", 1, "interest", r"\bthank you for your interest\b", filtered=False),
    # "Automatic reply: ...", "I am out of the office until Monday": nobody has read the mail yet.
    _s("info", 3, "auto-reply",
       r"^\s*(?:automatic reply|auto[- ]?reply|out of (?:the )?office|autoreply)\b|"
       r"\b(?:I am|I'm|I will be|I'll be) (?:currently )?(?:out of (?:the )?office|"
       r"away from (?:the office|my desk|email)|on (?:leave|vacation|annual leave|holiday))\b"
       r"[^.]{0,60}\b(?:until|through|returning|back on)\b",
       filtered=False),
    # other
    _s("other", 2, "unrelated",
       r"(?<!personal\s)\bstatement\b(?! of purpose)|\baccount ending\b|\bbalance\b|"
       r"\border (?:#|number|confirmation)|"
       r"\bshipp(?:ed|ing)\b|\bpassword reset\b|\bsale\b|\bpromo(?:tion)?\b|"
       r"\byour (?:package|parcel|shipment|delivery)\b(?: [\w-]+){0,8}? (?:has been |was |is )?(?:now )?"
       r"(?:delivered|out for delivery|on (?:its|the) way|arriving)\b|\btracking number\b|"
       r"\bout for delivery\b|"
       r"\btrack your (?:package|parcel|shipment|order)\b", filtered=False),
    # A social or job network's notices ("you appeared in 9 searches", "see who viewed your profile").
    _s("other", 3, "social network",
       r"\bappeared in \d+ searche?s?\b|\b(?:viewed|visited) your profile\b|"
       r"\bwho(?:'s| is) (?:looking|viewing)\b|"
       r"\bpeople you may know\b|\b(?:accept|new|pending) connection requests?\b|\bendorsed you\b|"
       r"\bjob alert\b|\bjobs? (?:you may be interested in|recommended for you)\b", filtered=False),
    _s("other", 1, "mailing list", r"\bunsubscribe\b", filtered=False),
    _s("other", 2, "marketing",
       r"\b\d+% off\b|\bdiscount\b|\bcoupon\b|\bpromo code\b|\bfree trial\b|\blimited[- ]time\b|"
       r"\bclaim your (?:offer|discount)\b|\bshop now\b", filtered=False),
)  # fmt: skip

# An .ics part with METHOD:CANCEL (or a cancelled event) is as good as the words. (The patterns of
# these two are names only: `calendars` reads the parts.)
CALENDAR_CANCEL = Signal("cancellation", 3, re.compile("METHOD:CANCEL"), "calendar cancel", False)
# A calendar request to an interview that awaits the applicant's answer (RSVP, NEEDS-ACTION,
# TENTATIVE): an invitation even under a one-line body. Strong, not decisive: a booking's
# confirmation in words ("your interview is confirmed") outweighs it.
CALENDAR_REQUEST = Signal("invitation", 2, re.compile("METHOD:REQUEST"), "calendar request", False)
# A summary up to its (last) "interview": what the evidence quotes.
_UP_TO_INTERVIEW = re.compile(r".*\binterview", re.I | re.S)


def calendar_request(calendars: list[str]) -> str | None:
    """The summary line of a calendar request to an interview that awaits an answer, if any."""
    for calendar in read_calendars(calendars):
        if calendar.method != "REQUEST" or not any(event.awaits_answer for event in calendar.events):
            continue
        for event in calendar.events:
            if summary := _UP_TO_INTERVIEW.match(event.summary):
                return "SUMMARY:" + summary.group(0)
    return None


# Bulk mail: a list or a notice service (an unsubscribe footer, "do not reply", a no-reply sender).
# In it, words shared with everyday life ("an exclusive interview with the mayor", "your
# application for a store card") are no residency context.
BULK_MAIL = re.compile(
    r"\bunsubscribe\b|\bmanage (?:your )?(?:email |notification |subscription )?(?:preferences|settings)\b|"
    r"\bview (?:this email )?in (?:your |a )?browser\b|\b(?:please )?do not reply\b|"
    r"\byou(?:'re| are) receiving this\b|\bsubscribed to\b",
    re.I,
)
BULK_SENDER = re.compile(
    r"^(?:no-?reply|do-?not-?reply|newsletters?|news|marketing|mailer|promo\w*|deals|"
    r"[\w.-]*-noreply)@",
    re.I,
)
AMBIGUOUS_CONTEXT = frozenset(
    {
        "interview", "interviews", "application", "applications", "applicant", "applicants", "match",
        "resident", "residents",
    }
)  # fmt: skip
RESIDENCY_CONTEXT = re.compile(
    r"\b(?:residency|residents?|program[ \t]+coordinators?|interviews?|applicants?|applications?|match|eras|"
    r"thalamus|gme|pgy|medical[ \t]+school|clerkships?)\b",
    re.I,
)
# Mail from or about a hospital or a department: where an offer to "meet you" can be an interview.
CLINICAL_CONTEXT = re.compile(
    r"\b(?:medical[ \t]+center|hospitals?|health[ \t]+system|school[ \t]+of[ \t]+medicine|"
    r"program[ \t]+director|department[ \t]+of)\b",
    re.I,
)
WEAK_INVITATION = re.compile(
    # "invitations" in the plural are about invitations in general ("watch for interview invitations").
    r"(?<!pre-)(?<!post-)\binterviews?\b[^.]{0,60}\binvit(?!ations|es\b)"
    r"|\binvit(?!ations|es\b)\w*\b[^.]{0,60}(?<!pre-)(?<!post-)\binterviews?\b"
    r"|\binterviews?\b[^.]{0,40}\bschedul|\bschedul\w*\b[^.]{0,40}(?<!pre-)(?<!post-)\binterviews?\b"
    r"|(?<!pre-)(?<!post-)\binterview\b(?!er)[^.]{0,60}\b(?:availability|available|calendar|set up|arrange)\b"
    r"|\b(?:availability|available)\b[^.]{0,40}(?<!pre-)(?<!post-)\binterview\b(?!er)"
    r"|\b(?:set up|arrange|get)\b[^.]{0,20}(?<!pre-)(?<!post-)\binterview\b(?!er)"
    r"|(?<!pre-)(?<!post-)\binterview (?:spots?|slots?|openings?|dates?)\b"
    r"|\b(?:rsvp|choices?|preferences?|preferred date)\b[^.]{0,50}\binterview"
    r"|\binterview\b[^.]{0,40}\brsvp\b",
    re.I,
)


# "You ... interview" in one sentence, plainly said: weak evidence of an invitation when nothing else
# decides ("Come see us for an interview", "we want you on our interview list").
# Only "an/a/our/the interview": "your interview" is one already booked, or advice about one.
_AN_INTERVIEW = (
    r"\b(?:an?|our|the)[ \t]+(?:\w+[ \t]+)?interview\b(?!er|s\b|ing|"
    r"[ \t]+(?:season|process|faq|tips|trail|invitations|prep|questions|day faq|period|window|timeline|"
    r"cycle))"
)
_YOU_AND_INTERVIEW = re.compile(
    rf"\byour?\b[^.!?]{{0,80}}{_AN_INTERVIEW}|{_AN_INTERVIEW}[^.!?]{{0,40}}\byou\b",
    re.I,
)
# Any other plain mention of an interview (not "your interview", already booked; not the season, the
# process, tips or a suit): the last, weakest evidence, read only when nothing else decides.
_ANY_INTERVIEW = re.compile(
    r"(?<!pre-)(?<!post-)(?<!your )\binterview(?:ing)?\b(?!er|s\b|[ \t]+(?:season|process|faq|tips|trail|"
    r"invitations|prep|questions|period|window|timeline|cycle|suit|attire|outfit|skills|coaching|practice|"
    r"guide|day|days|experience|survey|feedback))",
    re.I,
)
# A subject that gives advice: what it says about interviews is about interviews in general.
_ADVICE = re.compile(
    r"\b(?:tips|how to|guide|advice|checklist|dos and don'?ts|mistakes to avoid|"
    r"(?:things|steps) to (?:do|take)|what to do)\b",
    re.I,
)
# "Your virtual interview", "your in-person interview day": one already booked, like "your interview".
_YOUR_INTERVIEW = re.compile(r"\byour[ \t]+(?:[\w-]+[ \t]+){1,2}interview\w*", re.I)
# Mail about residency in words other than "interview".
PROGRAM_WORDS = re.compile(
    r"\b(?:residency|residents?|program|programs|applicants?|applications?|eras|thalamus|gme|pgy|hospital|"
    r"medical|clinic|faculty|coordinator|chiefs?|department|university)\b",
    re.I,
)
# A sentence looking back ("we enjoyed having you for an interview"), only considering, advising or
# speaking of applicants in general offers nothing.
_LOOKING_BACK = re.compile(
    r"\b(?:enjoyed|thanks? (?:you )?for|was|were|had|hope you|consider\w*|luck|guide|explains?|learn|"
    r"prepare|preparing|faq|tips|what (?:an?|the) interview|look(?:ing)? forward|what to expect|"
    r"applicants|candidates|survey|everyone|anyone|those who|all who)\b",
    re.I,
)


def weak_invitation(view: MessageText) -> str | None:
    """The text that is weak evidence of an invitation, if any: interview words near scheduling,
    availability or invitation words, else a plain sentence (neither negated, conditional nor looking
    back) about "you" and an interview, else about an interview at all. Advice (a subject of tips,
    a guide, how-to) and sentences about others ("everyone who has been invited") offer nothing."""
    if _ADVICE.search(view.subject):
        return None
    if not (_has_interview(view.subject) or _has_interview(view.body)):
        return None  # every pattern below needs the word (sentences are cut from the body)
    head = view.subject + ". " + view.text[:6000]
    for weak in WEAK_INVITATION.finditer(head):
        if not _OTHERS_BEFORE.search(head[max(0, weak.start() - 80) : weak.start()]):
            return weak.group(0)
    plain = [
        sentence
        for sentence in [view.subject, *view.sentences[:60]]
        if not any(p.search(sentence) for p in (_NEGATION, _CONDITIONAL, _LOOKING_BACK))
    ]
    about_residency = PROGRAM_WORDS.search(view.subject + " " + view.text[:4000]) or find_specialties(
        view.subject + " " + view.text[:4000]
    )
    for pattern in (_YOU_AND_INTERVIEW, _ANY_INTERVIEW):
        if pattern is _ANY_INTERVIEW and not about_residency:
            break  # "an exclusive interview with the mayor": news, not residency
        for sentence in plain:
            if pattern is _ANY_INTERVIEW:
                sentence = _YOUR_INTERVIEW.sub("your booking", sentence)
            if found := pattern.search(sentence):
                return found.group(0) if pattern is _YOU_AND_INTERVIEW else sentence[:80]
    return None


def _has_interview(text: str) -> bool:
    """Whether `text` has "interview" as an IGNORECASE pattern would find it: a cheap test on the
    lower-cased text, falling back to the pattern only for non-ASCII text ("ı" matches "i")."""
    return "interview" in text.lower() or (not text.isascii() and bool(_INTERVIEW_WORD.search(text)))


_INTERVIEW_WORD = re.compile("interview", re.I)


@dataclass(frozen=True)
class Hit:
    signal: Signal
    text: str
    in_subject: bool


_ALL_ANCHORS = tuple(sorted({anchor for anchors in _ANCHORS.values() for anchor in anchors}))
_SIGNAL_ANCHORS = tuple((signal, frozenset(_ANCHORS.get(signal.name, ()))) for signal in SIGNALS)


def find_signals(view: MessageText) -> list[Hit]:
    """Every signal in the subject and the body, each at most once, skipping negated or
    conditional offers and invitations that are to something other than an interview."""
    hits: dict[str, Hit] = {}
    whole = view.subject + "\n" + re.sub(r"\s*\n\s*", " ", view.body)
    lowered = whole.lower()
    units = [(view.subject, True)] + [(s, False) for s in view.sentences]
    # A missing word, then one search over the whole message, rule most signals out cheaply; each
    # anchor word is looked for once, however many signals share it.
    present = {anchor for anchor in _ALL_ANCHORS if anchor in lowered}
    for signal, anchors in _SIGNAL_ANCHORS:
        if anchors and anchors.isdisjoint(present):
            continue
        if not signal.pattern.search(whole):
            continue
        for unit, in_subject in units:
            if signal.name in hits:
                break
            for match in signal.pattern.finditer(unit):
                if signal.filtered and _discounted(signal, unit, match):
                    continue
                hits[signal.name] = Hit(signal, match.group(0), in_subject)
                break
    return list(hits.values())


def _discounted(signal: Signal, sentence: str, match: re.Match[str]) -> bool:
    before = sentence[max(0, match.start() - 80) : match.start()]
    # Only the clause the phrase is in: "Unfortunately, you have been placed on our waitlist" keeps it.
    clause = re.split(r"[;:!]|\s[-–—]\s|,\s+(?:but|and|so)\b", before)[-1]
    if _NEGATION.search(clause) and not signal.negative:
        return True
    # "We will keep you on our waitlist" states a waitlist; "we will invite you" only promises.
    promised = _MODAL_BEFORE.search(clause) and not signal.negative and signal.kind != "waitlist"
    if _CONDITIONAL.search(clause) or promised:
        return True
    if signal.name == "like you to interview" and re.search(r"\blook(?:ing)? forward\b", clause, re.I):
        return True  # "we look forward to the chance to interview you": a booked interview
    if signal.kind == "invitation" and re.search(r"\bdeclin\w* to\s*$", clause, re.I):
        return True  # "we must decline to interview you"
    if signal.kind == "invitation" and _OTHERS_BEFORE.search(clause):
        return True  # "we will only contact applicants selected for interview": about others
    if signal.name in _BACK_REFERENCE_SIGNALS and _BACK_REFERENCE.search(clause):
        return True
    if signal.name in _IN_GENERAL_SIGNALS and _IN_GENERAL_BEFORE.search(clause):
        return True
    if signal.name == "a choice of dates" and _AN_EVENING.search(sentence):
        return True
    after = sentence[match.end() :]
    if signal.name in _BARE_KIND_WORDS and (
        _KIND_LIST_BEFORE.search(before) or _KIND_LIST_AFTER.match(after)
    ):
        return True
    if signal.name == "you are invited (bare)" and _TO_SOMETHING_ELSE.match(after):
        return True  # "You're invited to our Ask Us Anything night": an object that is no interview
    if signal.kind == "invitation":
        if _CONDITIONAL_AFTER.match(after) and signal.name != "slot opened":
            return True
        # "We'd like to invite you to our social" is no interview; "invite you to interview on a day
        # with lunch and a tour" names its object, the interview, and stays an invitation.
        names_interview = "interview" in match.group(0).lower()
        if _NOT_AN_INTERVIEW.match(after) and not names_interview and signal.name != "slot opened":
            return True
    return False
