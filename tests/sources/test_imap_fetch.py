"""How bodies are read from a FETCH answer: the usual shape directly, any other through
imapclient's parser; and imaplib's tracing is off unless debug logging would show it."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import MailAccount
from imap_server import make_message

from tracker.config import load_config
from tracker.sources.imap import ImapSource, _fetch_bodies, _plain_bodies

HELLO = b"Subject: hi\r\n\r\nhello\r\n"


def test_the_usual_answer_is_read_directly() -> None:
    data = [(b"1 (UID 7 BODY[] {%d}" % len(HELLO), HELLO), b")", (b"2 (UID 9 BODY[] {3}", b"abc"), b")"]
    assert _plain_bodies(data) == {7: HELLO, 9: b"abc"}
    assert _plain_bodies([]) == {}


@pytest.mark.parametrize(
    "data",
    [
        pytest.param([(b"1 (BODY[] {3}", b"abc"), b" UID 7)"], id="UID after the body"),
        pytest.param([(b"1 (UID 7 BODY[] {3}", b"abc"), b")", b"2 (FLAGS (\\Seen))"], id="unsolicited FETCH"),
        pytest.param([b'1 (UID 7 BODY[] "abc")'], id="body as a quoted string"),
        pytest.param([b"1 (UID 7 BODY[] NIL)"], id="body NIL"),
        pytest.param([(b"1 (UID 7 BODY[] {5}", b"abc"), b")"], id="literal shorter than announced"),
        pytest.param([(b"1 (UID 7 FLAGS () BODY[] {3}", b"abc"), b")"], id="another item first"),
        pytest.param([(b"1 (UID 7 BODY[] {3}", b"abc")], id="answer cut short"),
    ],
)
def test_any_other_answer_is_left_to_imapclient(data: list[Any]) -> None:
    assert _plain_bodies(data) is None


class _FakeImap:
    def __init__(self, data: list[Any]) -> None:
        self.data = data
        self.sent: list[tuple[str, ...]] = []

    def uid(self, command: str, *args: str) -> tuple[str, list[Any]]:
        self.sent.append((command, *args))
        return "OK", self.data


def _client(data: list[Any]) -> Any:
    def checkok(command: str, typ: str, data: list[Any]) -> None:
        assert typ == "OK"

    return SimpleNamespace(_imap=_FakeImap(data), _checkok=checkok, normalise_times=True)


def test_an_answer_of_another_shape_is_parsed_in_full() -> None:
    client = _client(
        [
            (b"1 (FLAGS () BODY[] {5}", b"hello"),
            b" UID 7)",
            b"2 (UID 8 FLAGS (\\Seen))",
            (b"3 (UID 9 BODY[] {3}", b"abc"),
            b")",
        ]
    )
    assert _fetch_bodies(client, [7, 9]) == {7: b"hello", 9: b"abc"}
    assert client._imap.sent == [("FETCH", "7,9", "(BODY.PEEK[])")]


def test_bodies_fetched_from_dovecot_are_the_bytes_appended(
    mail_account: MailAccount, tmp_path: Path
) -> None:
    raw = [make_message(i, size=3000) for i in range(5)] + [
        "Subject: caf\u00e9\r\n\r\nna\u00efve\r\n".encode()
    ]
    mail_account.append(raw)
    source = ImapSource.from_config(load_config(mail_account.write_config(tmp_path)))
    client = source.connect()
    try:
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        assert _fetch_bodies(client, uids) == dict(zip(uids, raw, strict=True))
    finally:
        client.logout()


@pytest.mark.parametrize("debug", [False, True])
def test_imaplib_tracing_is_on_only_when_debug_logging_would_show_it(
    mail_account: MailAccount, tmp_path: Path, debug: bool
) -> None:
    logger = logging.getLogger("imapclient.imaplib")
    previous = logger.level
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)
    try:
        client = ImapSource.from_config(load_config(mail_account.write_config(tmp_path))).connect()
        try:
            assert client._imap.debug == (5 if debug else 0)
        finally:
            client.logout()
    finally:
        logger.setLevel(previous)


def test_uids_no_longer_in_the_folder_give_no_bodies(mail_account: MailAccount, tmp_path: Path) -> None:
    mail_account.append([make_message(1)])
    client = ImapSource.from_config(load_config(mail_account.write_config(tmp_path))).connect()
    try:
        client.select_folder("INBOX", readonly=True)
        (uid,) = client.search(["ALL"])
        assert _fetch_bodies(client, [uid + 5, uid + 6]) == {}  # expunged meanwhile: nothing, no error
        assert list(_fetch_bodies(client, [uid, uid + 5])) == [uid]
    finally:
        client.logout()
