"""The fixed vocabularies every stage shares: what a message can be, what became of a program, where
and how an interview happens, the tracks, and how kinds are named to the applicant.

Each is a `StrEnum`: a member equals the string stored in the database and written in JSON
(`Kind.INVITATION == "invitation"`), so code compares against members and the data stays plain text.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a message is."""

    INVITATION = "invitation"
    WAITLIST = "waitlist"
    REJECTION = "rejection"
    SCHEDULED = "scheduled"
    REMINDER = "reminder"
    CANCELLATION = "cancellation"
    INFO = "info"
    OTHER = "other"


class Status(StrEnum):
    """What became of one program: a record's status (from its mail or the applicant's word)."""

    INVITED = "invited"
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    WAITLISTED = "waitlisted"
    REJECTED = "rejected"
    DECLINED = "declined"
    CANCELLED = "cancelled"


class MessageStatus(StrEnum):
    """How far a stored message got: fetched (`new`), read, or unreadable for good."""

    NEW = "new"
    PARSED = "parsed"
    FAILED = "failed"


class Platform(StrEnum):
    """The system an invitation came through."""

    THALAMUS = "thalamus"
    ERAS = "eras"
    INTERVIEW_BROKER = "interview_broker"
    RESIDENCYCAS = "residencycas"
    EMAIL = "email"  # the program wrote itself
    OTHER = "other"


class Format(StrEnum):
    """How an interview is held."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"
    UNKNOWN = "unknown"


class Track(StrEnum):
    """The NRMP track of a program."""

    CATEGORICAL = "categorical"
    PRELIMINARY = "preliminary"
    ADVANCED = "advanced"
    TRANSITIONAL = "transitional"


# Plain strings (not members), for click choices and tables keyed by the stored text.
KINDS: tuple[str, ...] = tuple(kind.value for kind in Kind)
STATUSES: tuple[str, ...] = tuple(status.value for status in Status)
TRACKS: tuple[str, ...] = tuple(track.value for track in Track)

# How counts name mail that has no kind (never classified): not a kind a message can have.
UNCLASSIFIED = "unclassified"
# The order kinds are counted in, for the applicant: what needs action first.
KIND_ORDER: tuple[Kind, ...] = (
    Kind.INVITATION,
    Kind.WAITLIST,
    Kind.SCHEDULED,
    Kind.REJECTION,
    Kind.CANCELLATION,
    Kind.REMINDER,
    Kind.INFO,
    Kind.OTHER,
)
# Each kind in words, (one, many): "1 waitlist notice", "3 scheduling confirmations".
KIND_LABELS: dict[str, tuple[str, str]] = {
    Kind.INVITATION: ("invitation", "invitations"),
    Kind.WAITLIST: ("waitlist notice", "waitlist notices"),
    Kind.SCHEDULED: ("scheduling confirmation", "scheduling confirmations"),
    Kind.REJECTION: ("rejection", "rejections"),
    Kind.CANCELLATION: ("cancellation", "cancellations"),
    Kind.REMINDER: ("reminder", "reminders"),
    Kind.INFO: ("information message", "information messages"),
    Kind.OTHER: ("other message", "other messages"),
    UNCLASSIFIED: ("unclassified message", "unclassified messages"),
}


def kind_label(kind: str, count: int) -> str:
    """A kind in words for `count` messages: 'invitation' for one, 'invitations' for more."""
    one, many = KIND_LABELS[kind]
    return one if count == 1 else many
