"""What world a message belongs to: residency and its programs, a hospital, a mailing list, a
personal mailbox. Vocabulary, not signals: these words speak for no kind of message; they say where
a phrase that could mean anything ("choose a time", "you're invited") is evidence of an interview.
"""

from __future__ import annotations

import re

from tracker.lexicon import PERSONAL_DOMAINS, PLATFORM_DOMAINS
from tracker.specialties import find_specialties
from tracker.understanding.extraction import MessageText

# Bulk mail: a list or a notice service (an unsubscribe footer, "do not reply", a no-reply sender).
# In it, words shared with everyday life ("an exclusive interview with the mayor", "your
# application for a store card") are no residency context.
BULK_MAIL = re.compile(
    r"\bunsubscribe\b|\bmanage (?:your )?(?:email |notification |subscription )?(?:preferences|settings)\b|"
    r"\bview (?:this email )?in (?:your |a )?browser\b|\b(?:please )?do not reply\b|"
    r"\byou(?:'re| are) receiving this\b|\bsubscribed to\b|"
    r"\bupdate (?:your )?(?:email |communication |subscription )?preferences\b",
    re.I,
)
# A subject that names a society's or a school's periodical: "District I Bulletin - ...".
BULK_SUBJECT = re.compile(r"\b(?:newsletter|bulletin|e-?news)\b", re.I)
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
# Mail about residency in words other than "interview".
PROGRAM_WORDS = re.compile(
    r"\b(?:residency|residents?|program|programs|applicants?|applications?|eras|thalamus|gme|pgy|hospital|"
    r"medical|clinic|faculty|coordinator|chiefs?|department|university)\b",
    re.I,
)


def head(view: MessageText) -> str:
    """The subject and the start of the text: where a message says what it is about."""
    return view.subject + " " + view.text[:4000]


def from_platform(view: MessageText) -> bool:
    """Mail from an application platform (Thalamus, ERAS, Interview Broker ...)."""
    return any(view.domain.endswith(d) for domains in PLATFORM_DOMAINS.values() for d in domains)


def bulk(view: MessageText) -> bool:
    """Mail from a list or a notice service that is not an application system."""
    if from_platform(view):
        return False
    return bool(
        BULK_SENDER.match(view.from_addr)
        or BULK_MAIL.search(view.text[:4000] + view.text[-2000:])
        or BULK_SUBJECT.search(view.subject)
    )


def personal(view: MessageText) -> bool:
    """A personal mailbox's mail (gmail, yahoo ...)."""
    return view.domain in PERSONAL_DOMAINS


def residency_word(text: str, *, everyday: bool = True) -> str | None:
    """A word that places the mail in the residency world, if any: a residency term or a specialty
    ("the Marlow Peds Chiefs"). With `everyday` False, words shared with everyday life
    ("interview", "application") do not count."""
    for found in RESIDENCY_CONTEXT.finditer(text):
        if everyday or found.group(0).lower() not in AMBIGUOUS_CONTEXT:
            return found.group(0)
    mentions = find_specialties(text)
    return mentions[0].text if mentions else None


def residency_context(view: MessageText) -> bool:
    """Whether a phrase that could mean anything is read in the residency world: a residency word
    or a hospital's near the top, or a sender named for a program ("Larkspur IM")."""
    text = head(view)
    return bool(
        residency_word(text)
        or CLINICAL_CONTEXT.search(text)
        or residency_word(view.from_name, everyday=False)
    )


def about_residency(view: MessageText) -> bool:
    """Whether anything in the mail, its sender included, is about residency, a program or a hospital
    ("interview", "faculty", "Larkspur IM", "Ashgrove Hospital", a MyERAS notice). Every invitation in
    the labelled mail is; a financial adviser's "choose a time to talk" is not."""
    text = head(view)
    name = view.from_name
    if PROGRAM_WORDS.search(text) or CLINICAL_CONTEXT.search(text) or PROGRAM_WORDS.search(name):
        return True
    if residency_word(name) or residency_word(text):
        return True
    return from_platform(view)  # a bare "new message in MyERAS" is about residency


def program_mail(view: MessageText) -> bool:
    """Mail that names residency or a program in words other than "interview" (or a specialty)."""
    text = head(view)
    return bool(PROGRAM_WORDS.search(text) or find_specialties(text))
