"""The user's corrections teach the classifier: `tracker set --kind` on one message makes the next
one like it, from the same sender, read as the user said (the personal layer, built by the store
from its corrections table and handed to the pure classifier)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from test_classification_helpers import eml

from tracker.config import parse_config
from tracker.service import Tracker
from tracker.store.corrections import personal_layer, reprocess, set_correction
from tracker.store.database import NewMessage, Store

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
SENDER = "Ashcombe Pediatrics <peds@ashcombe.edu>"
NOVEMBER = (
    "In this issue: where to park on interview day, what to expect from the morning report, and the "
    "dress code our residents swear by. Reply to tell us what to cover next month."
)
DECEMBER = (
    "In this issue: directions to the children's hospital, what to expect on a night shift, and why our "
    "residents love the shuttle. Reply to tell us what to cover next month."
)
REMINDER = (
    "Dear Jordan, a reminder that your interview is tomorrow, December 3, at 8 AM. Please arrive by 7:45; "
    "park in garage B and bring your badge letter."
)


class Inbox:
    def __init__(self, tmp_path: Path) -> None:
        self.config = parse_config(
            {
                "applicant": {"email": "jordan.lee.match2027@gmail.com", "timezone": "America/New_York"},
                "mailbox": {"maildir": str(tmp_path / "mail")},
                "store": {"path": str(tmp_path / "tracker.sqlite3")},
            }
        )
        self.store = Store(self.config.store_path)
        self.tracker = Tracker(self.config, self.store, clock=lambda: NOW)
        self.uid = 0

    def deliver(self, raw: bytes) -> int:
        self.uid += 1
        [message_pk] = self.store.store_batch("test", "INBOX", 1, [NewMessage(self.uid, raw)], self.uid)
        assert self.tracker.process() == ([message_pk], [])
        return message_pk

    def kind(self, message_pk: int) -> str:
        row = self.store.query_one("SELECT classification FROM messages WHERE id = ?", (message_pk,))
        return str(json.loads(row["classification"])["kind"])


def newsletter(body: str, month: str) -> bytes:
    return eml(body, subject=f"Ashcombe Peds monthly - {month}", sender=SENDER)


def test_the_second_newsletter_from_a_sender_is_right_after_the_first_is_corrected(tmp_path):
    inbox = Inbox(tmp_path)
    first = inbox.deliver(newsletter(NOVEMBER, "November"))
    assert inbox.kind(first) == "reminder"  # the shipped weights misread it: logistics words
    set_correction(inbox.store, first, {"kind": "info"})
    second = inbox.deliver(newsletter(DECEMBER, "December"))
    assert inbox.kind(second) == "info"
    # A reminder from the same sender is still a reminder: the layer learnt the newsletter's words.
    assert inbox.kind(inbox.deliver(eml(REMINDER, subject="Tomorrow", sender=SENDER))) == "reminder"


def test_without_the_correction_the_second_newsletter_is_misread_too(tmp_path):
    inbox = Inbox(tmp_path)
    inbox.deliver(newsletter(NOVEMBER, "November"))
    assert inbox.kind(inbox.deliver(newsletter(DECEMBER, "December"))) == "reminder"


def test_reprocessing_reads_every_message_with_the_personal_layer(tmp_path):
    inbox = Inbox(tmp_path)
    first = inbox.deliver(newsletter(NOVEMBER, "November"))
    second = inbox.deliver(newsletter(DECEMBER, "December"))
    set_correction(inbox.store, first, {"kind": "info"})
    assert inbox.kind(second) == "reminder"
    reprocess(inbox.store, applicant=inbox.config.applicant, now=NOW)
    assert inbox.kind(second) == "info"


def test_the_layer_is_built_again_only_when_a_correction_changes(tmp_path):
    inbox = Inbox(tmp_path)
    assert personal_layer(inbox.store) is None
    first = inbox.deliver(newsletter(NOVEMBER, "November"))
    set_correction(inbox.store, first, {"program": "Ashcombe"})  # no kind: nothing to learn
    assert personal_layer(inbox.store) is None
    set_correction(inbox.store, first, {"kind": "info"})
    layer = personal_layer(inbox.store)
    assert layer is not None and layer.examples == 1 and set(layer.senders) == {"ashcombe.edu"}
    assert personal_layer(inbox.store) is layer
    set_correction(inbox.store, first, {"kind": "other"})
    assert personal_layer(inbox.store) is not layer
