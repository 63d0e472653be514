# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""A calendar request (METHOD:REQUEST) to a residency interview that awaits the applicant's answer is
invitation evidence, even under a one-line body; one already accepted, about something else or only
published is not, and words that decide the kind (a booking, an itinerary) keep it."""

from __future__ import annotations

from test_classification_helpers import APPLICANT, rules

from tracker.understanding.calendars import calendar_request


def ics(method: str, summary: str, *, attendee: str = "PARTSTAT=NEEDS-ACTION;RSVP=TRUE") -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Test//EN",
            f"METHOD:{method}",
            "BEGIN:VEVENT",
            "UID:abc-123@example-health.org",
            "DTSTAMP:20261110T140000Z",
            "DTSTART:20270203T140000Z",
            "DTEND:20270203T200000Z",
            f"SUMMARY:{summary}",
            f"ATTENDEE;{attendee}:mailto:{APPLICANT.email}",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ]
    )


def test_a_calendar_request_to_an_interview_awaiting_an_answer_is_an_invitation_under_a_bare_body():
    result = rules(
        "See attached; tell us if the time is no good.",
        subject="Feb 3",
        sender="Larchmont Psychiatry <psychres@larchmont.org>",
        calendar=ics("REQUEST", "Psychiatry residency interview - Larchmont"),
    )
    assert result.kind == "invitation", result.evidence
    assert any("calendar request" in e for e in result.evidence)


def test_a_calendar_request_that_asks_nothing_or_is_no_interview_is_no_invitation_evidence():
    assert calendar_request([ics("REQUEST", "Residency interview", attendee="PARTSTAT=ACCEPTED")]) is None
    assert calendar_request([ics("REQUEST", "Dentist cleaning")]) is None
    assert calendar_request([ics("PUBLISH", "Residency interview")]) is None
    assert calendar_request([ics("REQUEST", "Residency interview")]) is not None


def test_a_booking_confirmed_in_words_stays_scheduled_beside_its_calendar_request():
    result = rules(
        "Your interview on February 3 is confirmed. The calendar entry is attached.",
        subject="Larchmont Psychiatry",
        sender="Larchmont Psychiatry <psychres@larchmont.org>",
        calendar=ics("REQUEST", "Psychiatry residency interview - Larchmont"),
    )
    assert result.kind == "scheduled", result.evidence


def test_a_reminder_with_a_calendar_request_stays_a_reminder():
    result = rules(
        "Your itinerary for the day is below. Breakfast at 7:30, tours at 11.",
        subject="Larchmont Psychiatry",
        sender="Larchmont Psychiatry <psychres@larchmont.org>",
        calendar=ics("REQUEST", "Psychiatry residency interview - Larchmont"),
    )
    assert result.kind == "reminder", result.evidence
