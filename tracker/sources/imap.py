"""The IMAP source (imapclient): read-only, incremental, with IDLE for push.

Folders are opened with EXAMINE and messages fetched with BODY.PEEK[], so nothing is ever marked
read, flagged, moved or deleted. One `LIST "" "*" RETURN (SPECIAL-USE STATUS (UIDNEXT UIDVALIDITY))`
(LIST-STATUS, RFC 5819) finds the Junk folder and every folder's next UID at once, so a poll that
finds nothing new costs LOGIN, LIST and LOGOUT; servers without it get LIST plus one STATUS per folder.
"""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, wait
from functools import partial
from typing import Any, TypeVar

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError
from imapclient.imap_utf7 import decode as decode_utf7
from imapclient.response_parser import parse_fetch_response, parse_response

from tracker.config import Config, Mailbox, get_secret
from tracker.errors import MailboxError
from tracker.sockets import OpenSockets
from tracker.sources.base import (
    Batch,
    Check,
    FolderError,
    FolderInfo,
    IdleWatcher,
    MailboxUnreachable,
    Source,
)
from tracker.sources.connection import RETRY_HINT, close_quietly, connect, server_text
from tracker.store.database import FolderState, NewMessage, Store, message_id_of

log = logging.getLogger(__name__)

T = TypeVar("T")

# A batch holds at most this many bytes of mail (a message bigger than that comes alone): with the
# next batch downloading meanwhile, two batches are in memory at once.
BATCH_BYTES = 32 * 1024 * 1024

# Messages up to this size are not sized one by one: they count as this many bytes in a batch.
SMALL_BOUND = 64 * 1024

# How long the cheap check that the server is back (`server_answers`) waits for a connection.
PROBE_TIMEOUT = 3.0

# Names servers without SPECIAL-USE give their spam folder.
_JUNK_NAMES = {"junk", "spam", "junk e-mail", "junk email", "bulk mail", "[gmail]/spam"}


class ImapSource(Source):
    """An IMAP mailbox (imapclient), read-only."""

    def __init__(self, mailbox: Mailbox, password: Callable[[], str | None]) -> None:
        assert mailbox.host is not None
        self.mailbox = mailbox
        self.host: str = mailbox.host
        self.port = mailbox.effective_port
        self.account = mailbox.account
        self._password = password
        self.client: IMAPClient | None = None
        self._reused = False
        # Every connection's socket, the IDLE watchers' too, so `abort` can cut them all.
        self.sockets = OpenSockets()

    @classmethod
    def from_config(cls, config: Config) -> ImapSource:
        mailbox = config.mailbox
        ca_file = config.resolve(mailbox.ca_file) if mailbox.ca_file else None
        mailbox = mailbox.model_copy(update={"ca_file": ca_file})
        return cls(mailbox, lambda: get_secret(mailbox.password_env, f"imap:{mailbox.username}"))

    # -- connection -----------------------------------------------------------------------------

    def connect(self) -> IMAPClient:
        """A new logged-in connection; every failure is one `MailboxError` naming host and cause."""
        return connect(self.mailbox, self._password(), self.sockets)

    def abort(self) -> None:
        self.sockets.abort()

    def resume(self) -> None:
        self.sockets.resume()

    def server_answers(self) -> bool:
        """A TCP connection to the server opens (no login; closed at once)."""
        if self.sockets.aborted:
            return False
        timeout = min(PROBE_TIMEOUT, self.mailbox.timeout.total_seconds())
        try:
            socket.create_connection((self.host, self.port), timeout).close()
        except OSError:
            return False
        return True

    def open(self) -> None:
        if self.client is not None:
            self._reused = True
            return
        self.client = self.connect()
        self._reused = False

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            close_quietly(client)

    def _run(self, what: str, action: Callable[[IMAPClient], T], *, folder: str | None = None) -> T:
        """Run `action` on the connection, translating errors; a failing folder is a FolderError."""
        if self.client is None:
            self.open()
        assert self.client is not None
        try:
            return action(self.client)
        except (IMAPClientAbortError, OSError) as e:
            self.close()
            raise MailboxUnreachable(f"connection to {self.host} lost during {what}: {e}", RETRY_HINT) from e
        except IMAPClientError as e:
            if folder is not None:
                raise FolderError(f"{what} failed on {self.host}: {server_text(e)}") from e
            raise MailboxError(f"{what} failed on {self.host}: {server_text(e)}") from e

    # -- sync -----------------------------------------------------------------------------------

    def folders(self) -> list[FolderInfo]:
        try:
            return self._folders()
        except MailboxError:
            if not self._reused:
                raise
            # A kept-open connection may have timed out on the server since the last poll.
            log.info("imap: the kept connection to %s was gone; reconnecting", self.host)
            self.close()
            self.open()
            return self._folders()

    def _folders(self) -> list[FolderInfo]:
        if self.client is not None and self.client._imap.state == "SELECTED":
            # A previous sync stopped inside a folder; leave it so STATUS is not answered stale.
            self._run("UNSELECT", _leave_folder)
        listing, status = self._run("LIST", _list_with_status)
        wanted, missing = self.folder_names(listing)
        infos = [FolderInfo(name, 0, error=f"not found on {self.host}") for name in missing]
        for name in wanted:
            item = status.get(name)
            if item is None:
                item = self._run(f"STATUS {name}", partial(_folder_status, folder=name), folder=name)
            infos.append(FolderInfo(name, int(item["UIDVALIDITY"]), int(item["UIDNEXT"])))
        return infos

    def folder_names(
        self, listing: list[tuple[tuple[bytes, ...], bytes, str]]
    ) -> tuple[list[str], list[str]]:
        """(the folders to read, the configured ones that do not exist).

        The configured folders (INBOX matched case-insensitively), then the Junk folder.
        """
        existing = {name: flags for flags, _delimiter, name in listing if b"\\Noselect" not in flags}
        by_lower = {name.lower(): name for name in existing}
        wanted: list[str] = []
        missing: list[str] = []
        for name in self.mailbox.folders:
            actual = by_lower.get(name.lower()) if name.upper() == "INBOX" else name
            if actual is None or actual not in existing:
                missing.append(name)
            elif actual not in wanted:
                wanted.append(actual)
        if self.mailbox.include_junk and (junk := find_junk(existing)) and junk not in wanted:
            wanted.append(junk)
        return wanted, missing

    def fetch(
        self, folder: FolderInfo, state: FolderState | None, batch_size: int, store: Store
    ) -> Iterator[Batch]:
        name = folder.name
        last_uid = state.last_uid if state else 0
        selected = self._run(f"EXAMINE {name}", lambda c: c.select_folder(name, readonly=True), folder=name)
        if int(selected.get(b"UIDVALIDITY", folder.uidvalidity)) != folder.uidvalidity:
            raise FolderError(f"UIDVALIDITY of {name} changed during the sync; the next sync rescans it")
        # Two UID SEARCHes find the new messages and the few big ones, whose sizes are then fetched,
        # so batches fit a memory budget without a size for every message.
        uids, sizes = self._run(f"SEARCH {name}", partial(_new_uids, after=last_uid), folder=name)
        chunks = _chunks(uids, sizes, batch_size, BATCH_BYTES)
        if chunks:
            # The next batch downloads while the store writes this one (sqlite releases the GIL);
            # at most two batches are in memory, and the connection is used by one thread at a time.
            pending = _in_background(partial(self._fetch_batch, name, chunks[0]))
            try:
                for index, chunk in enumerate(chunks):
                    messages = pending.result()
                    if index + 1 < len(chunks):
                        pending = _in_background(partial(self._fetch_batch, name, chunks[index + 1]))
                    yield Batch(messages, chunk[-1], len(uids))
            finally:
                pending.cancel()
                wait([pending])
        # Leave the folder: a server may answer STATUS for the selected folder from this session's
        # stale view, so the next poll's LIST-STATUS on a kept connection would miss new mail.
        self._run(f"UNSELECT {name}", _leave_folder, folder=name)

    def _fetch_batch(self, folder: str, uids: list[int]) -> list[NewMessage]:
        data = self._run(f"FETCH {folder}", partial(_fetch_bodies, uids=uids), folder=folder)
        messages: list[NewMessage] = []
        for uid in uids:
            raw = data.get(uid)
            if raw is not None:  # None: expunged meanwhile
                messages.append(NewMessage(uid, raw, message_id_of(raw)))
        return messages

    # -- push -----------------------------------------------------------------------------------

    def supports_idle(self) -> bool:
        return True

    def idle_watchers(self) -> list[IdleWatcher]:
        """The configured folders and the Junk folder: an invitation filed as spam is as urgent."""
        count = len(dict.fromkeys(self.mailbox.folders)) + int(self.mailbox.include_junk)
        return [ImapIdleWatcher(self, index) for index in range(count)]

    # -- doctor ---------------------------------------------------------------------------------

    def diagnose(self) -> list[Check]:
        where = f"{self.host}:{self.port} ({self.mailbox.security})"
        try:
            client = self.connect()
        except MailboxError as e:
            return [Check(False, e.message, e.hint)]
        checks = [Check(True, f"connected to {where} and logged in as {self.mailbox.username}")]
        try:
            capabilities = {c.decode("ascii", "replace") for c in client.capabilities()}
            wanted = ["IDLE", "LIST-STATUS", "SPECIAL-USE", "CONDSTORE", "UIDPLUS"]
            have = ", ".join(f"{c} {'yes' if c in capabilities else 'no'}" for c in wanted)
            checks.append(Check(True, f"capabilities: {have}"))
            if "IDLE" not in capabilities:
                checks.append(
                    Check(
                        False,
                        f"{self.host} has no IDLE: new mail is seen only by the sweep",
                        "lower [service] sweep_interval for faster alerts",
                    )
                )
            listing = client.list_folders()
            names = [name for flags, _d, name in listing if b"\\Noselect" not in flags]
            checks.append(Check(True, f"folders: {', '.join(names)}"))
            wanted_folders, missing = self.folder_names(listing)
            checks.append(Check(True, f"will read: {', '.join(wanted_folders) or 'nothing'}"))
            for name in missing:
                checks.append(
                    Check(
                        False,
                        f"folder {name!r} not found on {self.host}",
                        f"fix [mailbox] folders; the server has: {', '.join(names)}",
                    )
                )
            if self.mailbox.include_junk and find_junk(dict((n, f) for f, _d, n in listing)) is None:
                checks.append(
                    Check(
                        False,
                        f"no Junk/Spam folder found on {self.host}",
                        "add the spam folder to [mailbox] folders, or set include_junk = false",
                    )
                )
        except (IMAPClientError, OSError) as e:
            checks.append(Check(False, f"{self.host}: {server_text(e)}", RETRY_HINT))
        finally:
            close_quietly(client)
        return checks


class ImapIdleWatcher(IdleWatcher):
    """IMAP IDLE on the `index`-th folder to read, over its own connection."""

    def __init__(self, source: ImapSource, index: int = 0) -> None:
        self.source = source
        self.index = index
        self.name = f"idle-{index}"
        self.client: IMAPClient | None = None

    def connect(self) -> bool:
        self.close()
        client = self.source.connect()
        self.client = client
        try:
            if not client.has_capability("IDLE"):
                log.info("imap: %s has no IDLE; relying on the sweep", self.source.host)
                return False
            listing = client.list_folders()
            wanted, _missing = self.source.folder_names(listing)
            if self.index >= len(wanted):
                return False  # e.g. no Junk folder on this server, or a configured one is missing
            folder = wanted[self.index]
            self.name = f"idle {folder}"
            client.select_folder(folder, readonly=True)
        except (IMAPClientError, OSError) as e:
            self.close()
            raise MailboxError(f"IDLE setup on {self.source.host} failed: {server_text(e)}") from e
        log.info("imap: IDLE on %s %s", self.source.host, folder)
        return True

    def wait(self, stop: threading.Event, seconds: float) -> bool:
        client = self.client
        if client is None:
            raise MailboxError(f"IDLE on {self.source.host} is not connected")
        deadline = time.monotonic() + seconds
        arrived = False
        try:
            client.idle()
            while not arrived and not stop.is_set() and (left := deadline - time.monotonic()) > 0:
                arrived = _announces_mail(client.idle_check(timeout=min(1.0, left)))
            # A server may report mail that came meanwhile only when IDLE ends (at each renewal):
            # dropping those responses would leave that mail to the sweep.
            _text, responses = client.idle_done()
            arrived = _announces_mail(responses) or arrived
        except (IMAPClientError, OSError) as e:
            self.close()
            raise MailboxUnreachable(f"IDLE connection to {self.source.host} lost: {e}", RETRY_HINT) from e
        return arrived

    def close(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            close_quietly(client)


# -- helpers --------------------------------------------------------------------------------------


def _in_background(work: Callable[[], T]) -> Future[T]:
    """`work()` in a daemon thread: a process that is stopping never waits on a server that hangs."""
    future: Future[T] = Future()

    def run() -> None:
        if not future.set_running_or_notify_cancel():
            return
        try:
            future.set_result(work())
        except BaseException as e:  # handed to whoever waits for the result
            future.set_exception(e)

    threading.Thread(target=run, name="imap-fetch", daemon=True).start()
    return future


def _announces_mail(responses: list[Any]) -> bool:
    """Whether IDLE responses announce new mail; a BYE is a lost connection."""
    arrived = False
    for response in responses:
        if len(response) > 1 and response[1] in (b"EXISTS", b"RECENT"):
            arrived = True
        elif response and response[0] == b"BYE":
            raise IMAPClientAbortError(f"server said BYE: {response}")
    return arrived


def find_junk(folders: dict[str, Any]) -> str | None:
    """The Junk folder: SPECIAL-USE \\Junk first, else a conventional name."""
    for name, flags in folders.items():
        if b"\\Junk" in flags or b"\\Spam" in flags:
            return name
    for name in folders:
        if name.lower() in _JUNK_NAMES:
            return name
    return None


def _list_with_status(
    client: IMAPClient,
) -> tuple[list[tuple[tuple[bytes, ...], bytes, str]], dict[str, dict[str, int]]]:
    """Every folder with its flags, and the UIDNEXT/UIDVALIDITY the server returned with them."""
    if not client.has_capability("LIST-STATUS"):
        return client.list_folders(), {}
    # imapclient has no API for LIST ... RETURN (RFC 5258/5819): send it through imaplib, then
    # parse the LIST lines as imapclient does and the STATUS lines that come with them.
    imap = client._imap
    extras = ("RETURN", "(SPECIAL-USE STATUS (UIDNEXT UIDVALIDITY))")
    if not client.has_capability("SPECIAL-USE"):
        extras = ("RETURN", "(STATUS (UIDNEXT UIDVALIDITY))")
    typ, data = imap._simple_command("LIST", '""', '"*"', *extras)
    client._checkok("list", typ, data)
    typ, listing = imap._untagged_response(typ, data, "LIST")
    statuses = imap.untagged_responses.pop("STATUS", [])
    status: dict[str, dict[str, int]] = {}
    parsed = parse_response([item for item in statuses if item not in (b"", None)])
    for index in range(0, len(parsed) - 1, 2):
        raw_name, items = parsed[index], parsed[index + 1]
        name = decode_utf7(raw_name) if isinstance(raw_name, bytes) else str(raw_name)
        status[name] = _status_items(dict(zip(items[::2], items[1::2], strict=False)))
    return client._proc_folder_list(listing), status


def _leave_folder(client: IMAPClient) -> None:
    """UNSELECT, or CLOSE (which expunges nothing in a folder opened with EXAMINE)."""
    if client.has_capability("UNSELECT"):
        client.unselect_folder()
    else:
        client.close_folder()


def _folder_status(client: IMAPClient, folder: str) -> dict[str, int]:
    return _status_items(client.folder_status(folder, ["UIDNEXT", "UIDVALIDITY"]))


def _fetch_bodies(client: IMAPClient, uids: list[int]) -> dict[int, bytes]:
    """The raw bytes of `uids` by UID, without setting \\Seen (BODY.PEEK).

    Sent through imaplib's `uid`, so the answer can be read without imapclient's general parser
    when it has the usual shape (`_plain_bodies`), a fifth of the client's time on a big sync; any
    other answer goes through that parser, exactly as `IMAPClient.fetch` would.
    """
    ids = ",".join(str(uid) for uid in uids)
    typ, data = client._imap.uid("FETCH", ids, "(BODY.PEEK[])")
    client._checkok("fetch", typ, data)
    bodies = _plain_bodies(data)
    if bodies is None:
        parsed = parse_fetch_response(data, client.normalise_times, True)
        bodies = {
            int(uid): item[b"BODY[]"]
            for uid, item in parsed.items()
            if isinstance(item.get(b"BODY[]"), bytes)
        }
    return bodies


# One FETCH response as imaplib hands it over: `(b'<seq> (UID <uid> BODY[] {<size>}', <literal>)`,
# then `b')'`.
_PLAIN_FETCH = re.compile(rb"\d+ \(UID (\d+) BODY\[\] \{(\d+)\}")


def _plain_bodies(data: list[Any]) -> dict[int, bytes] | None:
    """The bodies in an answer made only of `* n FETCH (UID u BODY[] {size}` literals, else None.

    None for anything else (items in another order, a body sent as a quoted string or NIL, an
    unsolicited FETCH for another message, a literal shorter than announced): the caller then
    parses the answer in full.
    """
    bodies: dict[int, bytes] = {}
    items = iter(data)
    for item in items:
        if not isinstance(item, tuple) or len(item) != 2 or next(items, None) != b")":
            return None
        head, literal = item
        match = _PLAIN_FETCH.fullmatch(head) if isinstance(head, bytes) else None
        if match is None or not isinstance(literal, bytes) or len(literal) != int(match[2]):
            return None
        bodies[int(match[1])] = literal
    return bodies


def _new_uids(client: IMAPClient, after: int) -> tuple[list[int], dict[int, int]]:
    """(the UIDs above `after` in order, the sizes of those of them bigger than `SMALL_BOUND`).

    `UID SEARCH UID after+1:*` lists the new messages and `... LARGER SMALL_BOUND` the big ones, whose
    RFC822.SIZE alone is fetched: the rest count at the bound (`_chunks`). Both searches answer in
    milliseconds where a size for every message costs a FETCH response line each.
    """
    span = ["UID", f"{after + 1}:*"]
    # `N:*` always includes the highest UID, even when it is not above `after`.
    uids = sorted(uid for uid in client.search(span) if uid > after)
    if not uids:
        return [], {}
    big = [uid for uid in client.search([*span, "LARGER", str(SMALL_BOUND)]) if uid > after]
    sizes: dict[int, int] = {}
    if big:
        fetched = client.fetch(big, [b"RFC822.SIZE"])
        sizes = {int(uid): int(item.get(b"RFC822.SIZE", 0)) for uid, item in fetched.items()}
    return uids, sizes


def _chunks(uids: list[int], sizes: dict[int, int], batch_size: int, budget: int) -> list[list[int]]:
    """`uids` in order, in chunks of at most `batch_size` messages and `budget` bytes.

    A message missing from `sizes` is one not LARGER than `SMALL_BOUND`: it counts at the bound.
    """
    chunks: list[list[int]] = []
    current: list[int] = []
    total = 0
    for uid in uids:
        size = sizes.get(uid, SMALL_BOUND)
        if current and (len(current) >= batch_size or total + size > budget):
            chunks.append(current)
            current, total = [], 0
        current.append(uid)
        total += size
    if current:
        chunks.append(current)
    return chunks


def _status_items(items: dict[Any, Any]) -> dict[str, int]:
    return {(k.decode() if isinstance(k, bytes) else str(k)).upper(): int(v) for k, v in items.items()}
