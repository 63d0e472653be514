"""A private Dovecot IMAP server on loopback for the tests and the benchmark.

Run from a temp dir (under /dev/shm when there is one: mail on tmpfs is several times faster), with
a self-signed certificate, a passwd-file of users (added while it runs), an INBOX plus a \\Junk
folder, a plain port and an IMAPS port. As root every process runs as `nobody`.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"

CONFIG = """\
instance_name = dovecot-test-{port}
base_dir = {dir}/run
state_dir = {dir}/state
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {dir}/users
  default_fields = uid={user} gid={group} home={dir}/home/%u
}}
mail_location = maildir:{dir}/mail/%u
mail_fsync = never
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
mailbox_idle_check_interval = 1 secs
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Junk {{
    special_use = \\Junk
    auto = create
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = create
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {ssl_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for_greeting(port: int, deadline: float) -> None:
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                # The IMAPS port talks TLS first: a connect is enough there.
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.02)


class Dovecot:
    """A private Dovecot: start/stop/restart, users, APPEND/MULTIAPPEND, UIDVALIDITY changes."""

    def __init__(self) -> None:
        base = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
        self.dir = Path(tempfile.mkdtemp(prefix="dovecot-test-", dir=base))
        self.port = free_port()
        self.ssl_port = free_port()
        self.host = "127.0.0.1"
        self.process: subprocess.Popen[bytes] | None = None
        self.root = os.geteuid() == 0
        if self.root:
            self.user, self.group = "nobody", "nogroup"
        else:
            self.user = pwd.getpwuid(os.getuid()).pw_name
            self.group = grp.getgrgid(os.getgid()).gr_name
        self.cert = self.dir / "cert.pem"
        self._setup()

    def _setup(self) -> None:
        subprocess.run(
            [
                "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", str(self.dir / "key.pem"), "-out", str(self.cert),
            ],
            check=True,
            capture_output=True,
        )  # fmt: skip
        self._write_user_pool()
        self.config_file = self.dir / "dovecot.conf"
        self.config_file.write_text(
            CONFIG.format(
                dir=self.dir, port=self.port, ssl_port=self.ssl_port, user=self.user, group=self.group
            )
        )
        for sub in ("run", "state", "mail", "home"):
            (self.dir / sub).mkdir()
        if self.root:
            shutil.chown(self.dir, self.user, self.group)
            for path in self.dir.rglob("*"):
                shutil.chown(path, self.user, self.group)
            os.chmod(self.dir, 0o755)

    def start(self) -> None:
        kwargs: dict[str, object] = {}
        if self.root:
            kwargs = {"user": self.user, "group": self.group, "extra_groups": []}
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config_file)],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            **kwargs,  # type: ignore[call-overload]
        )
        deadline = time.monotonic() + 10
        _wait_for_greeting(self.port, deadline)
        _wait_for_greeting(self.ssl_port, deadline)

    def stop(self) -> None:
        if self.process is None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- users and mail ----------------------------------------------------------------------

    POOL = 300

    def _write_user_pool(self) -> None:
        # Dovecot re-reads a changed passwd-file at most once a second, so users are made up front.
        self._pool = [(f"user{n:03d}", f"pw-{uuid.uuid4().hex[:8]}") for n in range(self.POOL)]
        (self.dir / "users").write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self._pool))

    def add_user(self) -> tuple[str, str]:
        """A user nobody has used yet (an empty mailbox); returns (name, password)."""
        if not self._pool:
            raise RuntimeError(f"all {self.POOL} test users are taken; raise Dovecot.POOL")
        return self._pool.pop(0)

    def client(self, user: str, password: str) -> IMAPClient:
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=30)
        client.login(user, password)
        return client

    def append(self, user: str, password: str, messages: Iterable[bytes], folder: str = "INBOX") -> None:
        """Deliver `messages` with MULTIAPPEND, in chunks (one APPEND per chunk)."""
        batch: list[bytes] = []
        with self.client(user, password) as client:
            for message in messages:
                batch.append(message)
                if len(batch) >= 500:
                    client.multiappend(folder, batch)
                    batch = []
            if batch:
                client.multiappend(folder, batch)

    def set_uidvalidity(self, user: str, value: int, folder: str = "INBOX") -> None:
        """Force a UIDVALIDITY change (sessions with the folder selected are disconnected)."""
        subprocess.run(
            [DOVEADM, "-c", str(self.config_file), "mailbox", "update", "-u", user]
            + ["--uid-validity", str(value), folder],
            check=True,
            capture_output=True,
        )

    def log(self) -> str:
        try:
            return (self.dir / "dovecot.log").read_text(errors="replace")
        except OSError:
            return ""


def make_message(
    index: int, *, subject: str | None = None, message_id: str | None = "", size: int = 0
) -> bytes:
    """A small, distinct RFC 5322 message."""
    lines = [
        f"From: Program Coordinator {index} <coordinator{index}@hospital.example.org>",
        "To: applicant@example.org",
        f"Subject: {subject or f'Message {index}'}",
        f"Date: Tue, 01 Oct 2026 {index % 24:02d}:{index % 60:02d}:00 +0000",
    ]
    if message_id is not None:
        lines.append(f"Message-ID: {message_id or f'<msg-{index}-{uuid.uuid4().hex[:8]}@example.org>'}")
    lines += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", ""]
    body = f"Hello, this is message number {index}.\r\n"
    if size:
        body += ("x" * 70 + "\r\n") * (size // 72)
    return ("\r\n".join(lines) + "\r\n").encode() + body.encode()
