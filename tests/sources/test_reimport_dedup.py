"""A message without a Message-ID that the server presents again with a header it added changed (a
re-import: new X-Keywords, Status, Received) is the same message: stored once, seen twice."""

from __future__ import annotations

from pathlib import Path

import mail
import pytest
from conftest import MailAccount

from tracker.config import load_config
from tracker.service import Tracker
from tracker.store import database as store_module
from tracker.store.database import NewMessage, Store, canonical_hash

LETTER = mail.load("reliability/no-message-id-invitation.eml")


def reimported(raw: bytes, *added: bytes) -> bytes:
    """`raw` as a server or a client would present it again: trace and flag fields added on top."""
    return b"".join(line + b"\r\n" for line in added) + raw


def test_a_message_without_message_id_reimported_with_changed_server_headers_is_stored_once(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    config = load_config(mail_account.write_config(tmp_path))
    tracker = Tracker(config, Store(config.store_path))
    mail_account.append([reimported(LETTER, b"X-Keywords: $Forwarded", b"Status: RO")])
    tracker.sync()
    mail_account.append(
        [
            reimported(
                LETTER.replace(b"\r\n", b"\n"),
                b"Received: from mx.example.org by imap.example.org; Tue, 1 Dec 2026 10:00:00 +0000",
                b"X-Keywords: $Forwarded Junk",
                b"Status: O",
                b"X-UID: 812",
            )
        ],
        folder="Junk",
    )
    report = tracker.sync()
    assert report.new_messages == 0
    store = tracker.store
    assert store.message_count() == 1
    row = store.query_one("SELECT count(*) AS n FROM locations")
    assert row is not None and row["n"] == 2  # seen in both places


def test_messages_without_message_id_that_differ_in_what_the_sender_wrote_are_both_kept(
    tmp_path: Path,
) -> None:
    store = Store(tmp_path / "t.db")
    other = LETTER.replace(b"Harbor View Internal Medicine\r\nResidency", b"Harbor View Surgery\r\nResidency")
    later = LETTER.replace(b"Mon, 30 Nov 2026 09:00:00", b"Mon, 30 Nov 2026 09:05:00")
    ids = store.store_batch(
        "acct", "INBOX", 1, [NewMessage(1, LETTER), NewMessage(2, other), NewMessage(3, later)], 3
    )
    assert len(ids) == 3


def test_the_canonical_hash_ignores_only_the_fields_servers_add() -> None:
    base = canonical_hash(LETTER)
    assert (
        canonical_hash(reimported(LETTER, b"X-Spam-Score: 2.1", b"Return-Path: <gme@harbor.example.org>"))
        == base
    )
    assert canonical_hash(LETTER.replace(b"\r\n", b"\n") + b"\n\n") == base  # line ends, trailing blank lines
    assert canonical_hash(LETTER.replace(b"Subject: Interview", b"Subject: Re: Interview")) != base
    assert canonical_hash(LETTER.replace(b"schedule", b"book")) != base


def test_messages_stored_before_the_upgrade_are_recognised_after_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "t.db"
    before = [i for i, migration in enumerate(store_module.MIGRATIONS) if "canonical_hash" in migration][0]
    with monkeypatch.context() as patch:
        patch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:before])
        patch.setattr(store_module, "SCHEMA_VERSION", before)
        with Store(path) as old:
            old.db.execute(
                "INSERT INTO messages (message_id, content_hash, raw, size, fetched_at) "
                "VALUES ('', 'old', ?, ?, '2026-11-30T14:00:00+00:00')",
                (LETTER, len(LETTER)),
            )
    store = Store(path)
    ids = store.store_batch("acct", "INBOX", 1, [NewMessage(1, reimported(LETTER, b"X-Keywords: seen"))], 1)
    assert ids == [] and store.message_count() == 1
