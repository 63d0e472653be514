"""The Maildir source: a local Maildir (mbsync, offlineimap, or the bundled sample mailbox).

A Maildir has no UIDs. A message's identity is the unique part of its file name (before ":2,"),
which stays the same when a mail client moves it from new/ to cur/ or changes its flags; it is
hashed to a 63-bit integer so the store keys it like an IMAP UID. Files are only read, never renamed.
Maildir++ subfolders (".Junk") and plain subfolders ("Junk/") are both understood; a missing tmp/
(package data may not ship empty folders) is fine.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path

from tracker.config import Config
from tracker.errors import MailboxError
from tracker.sources.base import Batch, Check, FolderError, FolderInfo, Source
from tracker.store.database import FolderState, NewMessage, Store, message_id_of

log = logging.getLogger(__name__)

MAILDIR_UIDVALIDITY = 1
_JUNK_NAMES = ("junk", "spam", "junk e-mail", "junk email", "bulk mail")


def maildir_uid(filename: str) -> int:
    """The stable integer identity of a Maildir file name (flags and new/cur ignored)."""
    unique = filename.split(":", 1)[0].split("!", 1)[0]
    return int.from_bytes(hashlib.sha256(unique.encode("utf-8", "surrogateescape")).digest()[:8]) >> 1


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() or (path / "new").is_dir()


class MaildirSource(Source):
    """A local Maildir, read-only."""

    def __init__(self, root: Path, folders: list[str], include_junk: bool = True) -> None:
        self.root = root
        self.folder_names = folders
        self.include_junk = include_junk
        self.account = f"maildir:{root}"

    @classmethod
    def from_config(cls, config: Config) -> MaildirSource:
        assert config.mailbox.maildir is not None
        source = cls(
            config.resolve(config.mailbox.maildir), list(config.mailbox.folders), config.mailbox.include_junk
        )
        # Keyed as configured, so moving the config with a relative path keeps the same account.
        source.account = config.mailbox.account
        return source

    def path_of(self, folder: str) -> Path | None:
        """The directory of `folder`: INBOX is the root; others are Maildir++ (".Name") or plain."""
        if folder.upper() == "INBOX":
            return self.root if _is_maildir(self.root) else None
        for candidate in (self.root / f".{folder}", self.root / folder):
            if _is_maildir(candidate):
                return candidate
        return None

    def subfolders(self) -> list[str]:
        try:
            entries = sorted(os.scandir(self.root), key=lambda e: e.name)
        except OSError:
            return []
        names = []
        for entry in entries:
            if entry.is_dir() and entry.name not in {"cur", "new", "tmp"} and _is_maildir(Path(entry.path)):
                names.append(entry.name.removeprefix("."))
        return names

    def junk_folder(self) -> str | None:
        for name in self.subfolders():
            if name.lower() in _JUNK_NAMES:
                return name
        return None

    def folders(self) -> list[FolderInfo]:
        if not self.root.is_dir():
            raise MailboxError(
                f"the Maildir {self.root} does not exist",
                "check [mailbox] maildir (a folder with cur/ and new/)",
            )
        names = list(dict.fromkeys(self.folder_names))
        if self.include_junk and (junk := self.junk_folder()) and junk not in names:
            names.append(junk)
        infos = []
        for name in names:
            if self.path_of(name) is None:
                infos.append(FolderInfo(name, 0, error=f"no Maildir folder {name!r} in {self.root}"))
            else:
                infos.append(FolderInfo(name, MAILDIR_UIDVALIDITY))
        return infos

    def fetch(
        self, folder: FolderInfo, state: FolderState | None, batch_size: int, store: Store
    ) -> Iterator[Batch]:
        path = self.path_of(folder.name)
        if path is None:
            return
        known = store.known_uids(self.account, folder.name, folder.uidvalidity)
        files: list[tuple[int, Path]] = []
        for sub in ("new", "cur"):
            try:
                entries = list(os.scandir(path / sub))
            except FileNotFoundError:
                continue
            for entry in entries:
                if entry.name.startswith(".") or not entry.is_file():
                    continue
                uid = maildir_uid(entry.name)
                if uid not in known:
                    known.add(uid)  # the same message in new/ and cur/ mid-move counts once
                    files.append((uid, Path(entry.path)))
        files.sort(key=lambda item: item[1].name)
        unreadable: list[str] = []
        for start in range(0, len(files), batch_size):
            messages: list[NewMessage] = []
            for uid, file in files[start : start + batch_size]:
                try:
                    raw = _read(path, file)
                except OSError as e:
                    # One file the delivery agent left unreadable must not hold back the others;
                    # it is not recorded, so the next sync tries it again.
                    log.warning("maildir: cannot read %s: %s", file, e.strerror or e)
                    unreadable.append(f"{file.name} ({e.strerror or e})")
                    continue
                if raw is not None:
                    messages.append(NewMessage(uid, raw, message_id_of(raw)))
            # A Maildir has no UID order: the known-UID set, not a high-water mark, says what is new.
            yield Batch(messages, 0, len(files))
        if unreadable:
            raise FolderError(f"cannot read {len(unreadable)} file(s) in {path}: {', '.join(unreadable[:3])}")

    def diagnose(self) -> list[Check]:
        if not self.root.is_dir():
            return [Check(False, f"the Maildir {self.root} does not exist", "check [mailbox] maildir")]
        checks = [Check(True, f"Maildir {self.root}; folders: {', '.join(['INBOX', *self.subfolders()])}")]
        for info in self.folders():
            if info.error:
                checks.append(Check(False, info.error, "check [mailbox] folders"))
        return checks


def _read(folder: Path, file: Path) -> bytes | None:
    """The bytes of `file`; None when it is gone (deleted, or moved and gone again)."""
    try:
        return file.read_bytes()
    except FileNotFoundError:
        # Moved between new/ and cur/ by a mail client meanwhile: read it from there.
        moved = _find_moved(folder, file.name)
        return None if moved is None else moved.read_bytes()


def _find_moved(folder: Path, filename: str) -> Path | None:
    unique = filename.split(":", 1)[0]
    for sub in ("new", "cur"):
        try:
            for entry in os.scandir(folder / sub):
                if entry.name.split(":", 1)[0] == unique:
                    return Path(entry.path)
        except FileNotFoundError:
            continue
    return None
