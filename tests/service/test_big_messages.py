"""A big message costs about its size in memory, not several times it: it is written into and read
out of the store in place, and read without its attachments' bytes (only their names, types and
sizes matter to what a message is)."""

from __future__ import annotations

import random
import tracemalloc
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import MailAccount

from tracker.config import load_config
from tracker.service import Tracker
from tracker.store.database import Store
from tracker.understanding import message as message_module
from tracker.understanding.message import parse_message

CALENDAR = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Thalamus//EN\r\nBEGIN:VEVENT\r\nUID:iv-1@thalamus\r\n"
    b"DTSTART:20261203T140000Z\r\nDTEND:20261203T200000Z\r\nSUMMARY:Interview day\r\nEND:VEVENT\r\n"
    b"END:VCALENDAR\r\n"
)


def invitation_with_attachments(megabytes: int) -> bytes:
    """An invitation letter (text and HTML), a calendar, and a PDF brochure of `megabytes` MB."""
    letter = EmailMessage()
    letter["From"] = "Residency Coordinator <gme@summit.example.org>"
    letter["To"] = "applicant@example.org"
    letter["Subject"] = "Interview Invitation - Summit Medical Center Internal Medicine"
    letter["Date"] = "Wed, 02 Dec 2026 09:00:00 -0500"
    letter["Message-ID"] = "<big-1@summit.example.org>"
    letter.set_content(
        "Dear Dr. Lee,\n\nWe are pleased to invite you to interview with the Summit Medical Center Internal\n"
        "Medicine Residency Program on December 3, 2026. Please schedule your interview at\n"
        "https://thalamusgme.example.com/schedule/summit within 48 hours.\n"
    )
    letter.add_alternative(
        "<p>We are pleased to <b>invite you to interview</b>. "
        '<a href="https://thalamusgme.example.com/schedule/summit">Choose your interview date</a></p>',
        subtype="html",
    )
    letter.add_attachment(CALENDAR, maintype="text", subtype="calendar", filename="interview.ics")
    brochure = random.Random(3).randbytes(megabytes * 1024 * 1024)
    letter.add_attachment(brochure, maintype="application", subtype="pdf", filename="brochure.pdf")
    return letter.as_bytes().replace(b"\n", b"\r\n")


def test_a_20_mb_message_is_synced_stored_and_read_in_about_its_size_in_memory(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    raw = invitation_with_attachments(20)
    mail_account.append([raw])
    config = load_config(mail_account.write_config(tmp_path))
    tracker = Tracker(config, Store(config.store_path))
    tracemalloc.start()
    try:
        report = tracker.poll_once()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert report.new_messages == 1 and report.processed and not report.failed
    # The bytes are fetched once and read back once; nothing else of their size is ever made.
    assert peak < 1.5 * len(raw), f"peak {peak / 1e6:.0f} MB for a {len(raw) / 1e6:.0f} MB message"
    row = tracker.store.query_one("SELECT kind, size FROM messages")
    assert row is not None and row["kind"] == "invitation" and row["size"] == len(raw)
    assert tracker.store.raw_message(1) == raw


def test_a_big_message_reads_as_in_full_but_for_its_attachments_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = invitation_with_attachments(3)
    slim = parse_message(raw)
    monkeypatch.setattr(message_module, "SLIM_ABOVE", len(raw) + 1)
    full = parse_message(raw)
    assert (slim.subject, slim.text, slim.html, slim.links, slim.anchors) == (
        full.subject,
        full.text,
        full.html,
        full.links,
        full.anchors,
    )
    assert slim.calendars == full.calendars and len(slim.calendars) == 1
    assert [(a.filename, a.content_type) for a in slim.attachments] == [
        (a.filename, a.content_type) for a in full.attachments
    ]
    brochure = {a.filename: a.size for a in slim.attachments}["brochure.pdf"]
    assert abs(brochure - 3 * 1024 * 1024) < 0.05 * 3 * 1024 * 1024
    assert slim.defects == full.defects == []
