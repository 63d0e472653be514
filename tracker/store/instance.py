"""Which process holds what: one service per database, and who is sending a notification.

`InstanceLock` is an OS lock on a file beside the database (`flock`), so it dies with its process,
however that process ends: `tracker run` holds it while it runs and `tracker poll --once` for its
pass, and a second one is refused with the holder's PID and command. `PROCESS` names this process
(boot, PID and start time) so that another one can tell whether it still runs (`is_running`):
a claim whose holder is dead is taken over at once, not after a timeout.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.clock import iso, utcnow
from tracker.errors import StoreError

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows, where nothing is locked
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)


def _boot_id() -> str:
    """This boot of this machine: a PID means nothing after a reboot, nor on another machine."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return f"host:{socket.gethostname()}"


def _start_time(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot), so a reused PID is not taken for its
    former owner; None when there is no such process or no /proc to ask."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name, in parentheses, may hold spaces: the fields are counted after it.
    fields = stat.rsplit(")", 1)[-1].split()
    return fields[19] if len(fields) > 19 else None


_BOOT = _boot_id()


def process_token(pid: int | None = None) -> str:
    """`boot:pid:start`, the identity of a running process (this one by default)."""
    pid = os.getpid() if pid is None else pid
    return f"{_BOOT}:{pid}:{_start_time(pid) or ''}"


def is_running(token: str) -> bool:
    """Whether the process `token` names still runs. A token from another boot (or machine) names a
    process that is gone."""
    boot, _sep, start = token.rpartition(":")
    boot, _sep, pid_text = boot.rpartition(":")
    if boot != _BOOT or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if Path("/proc/self/stat").exists():
        return _start_time(pid) == start if start else _start_time(pid) is not None
    try:  # no /proc (macOS): ask the kernel whether the PID exists
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@dataclass(frozen=True)
class Holder:
    """The process holding a database's instance lock, as it described itself."""

    pid: int | None
    command: str
    since: str

    def describe(self) -> str:
        who = f"`{self.command}`" if self.command else "another Invite Tracker"
        if self.pid is None:
            return who
        since = f", since {self.since}" if self.since else ""
        return f"{who} (PID {self.pid}{since})"


class InstanceLock:
    """One `tracker run` or `tracker poll --once` per database: an OS lock on `<database>.lock`."""

    def __init__(self, database: Path) -> None:
        self.path = Path(f"{database}.lock")
        self._fd: int | None = None

    def acquire(self, command: str) -> None:
        """Hold the lock for `command`, or raise StoreError naming the process that holds it."""
        if fcntl is None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            # A folder that cannot be written cannot hold a database being written either; the
            # store reports that. Nothing to lock against here.
            log.warning("instance: cannot create the lock file %s: %s", self.path, e.strerror or e)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = self.holder(fd)
            os.close(fd)
            raise StoreError(
                f"{holder.describe()} is already using the database {str(self.path)[: -len('.lock')]}",
                "one `tracker run` or `tracker poll --once` at a time per database: stop it first, "
                "or let it finish",
            ) from None
        record = {"pid": os.getpid(), "command": command, "since": iso(utcnow())}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(record).encode(), 0)
        self._fd = fd

    def holder(self, fd: int | None = None) -> Holder:
        """Who holds the lock, as it wrote it in the file (empty fields when it could not be read)."""
        data: dict[str, Any] = {}
        try:
            text = os.pread(fd, 4096, 0) if fd is not None else self.path.read_bytes()[:4096]
            data = json.loads(text or b"{}")
        except (OSError, ValueError):
            pass
        pid = data.get("pid")
        return Holder(
            pid if isinstance(pid, int) else None, str(data.get("command", "")), str(data.get("since", ""))
        )

    def release(self) -> None:
        """Let go of the lock (it is also let go when the process ends, however it ends)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        os.close(fd)
