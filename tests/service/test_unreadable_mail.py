"""Mail that cannot be read is reported, once, and quietly: bytes without the header fields of an
email get a "Could not read a message" alert and one WARNING line each; malformed mail that can be
read is classified without a word in the log; text with NUL bytes that invites is still an invitation.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import mail
import pytest
from conftest import MailAccount
from smtp_server import SMTPServer

from tracker.cli import main
from tracker.config import load_config
from tracker.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
NUL_INVITATION = mail.load("reliability/nul-bytes-invitation.eml")


def random_bytes(count: int, seed: int = 7) -> list[bytes]:
    """Bytes that are no email: no header field at all."""
    rng = random.Random(seed)
    return [rng.randbytes(rng.randrange(40, 4000)) for _ in range(count)]


MALFORMED = [
    # A multipart message whose closing boundary never comes.
    b"From: gme@mercy.example.org\r\nSubject: Update {n}\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b{n}"\r\n\r\n'
    b"--b{n}\r\nContent-Type: text/plain\r\n\r\nHello\r\n",
    # A date and a sender nobody can read.
    b"From: not an address {n}\r\nDate: yesterday-ish\r\nSubject: Newsletter {n}\r\n\r\nNews.\r\n",
    # A charset nobody knows and base64 that is not.
    b"From: a{n}@b.example.org\r\nSubject: Notes {n}\r\nContent-Type: text/plain; charset=x-unknown\r\n"
    b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64 at all {n}!!!\r\n",
    # Raw 8-bit bytes in the headers and a header line without a colon.
    b"From: \xe9t\xe9 <e{n}@b.example.org>\r\nSubject: \xff\xfe {n}\r\nnot a header line\r\n\r\nBody {n}\r\n",
    # Nested multiparts with an empty boundary and a part without headers.
    b'From: c{n}@d.example.org\r\nSubject: Parts {n}\r\nContent-Type: multipart/mixed; boundary=""\r\n\r\n'
    b"--\r\n\r\nno headers here\r\n----\r\n",
]


def malformed(count: int) -> list[bytes]:
    return [MALFORMED[n % len(MALFORMED)].replace(b"{n}", str(n).encode()) for n in range(count)]


def config_with_smtp(account: MailAccount, tmp_path: Path, smtp: SMTPServer) -> Path:
    path = account.write_config(tmp_path, batch_size=100)
    path.write_text(
        path.read_text()
        + f'\n[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
        + 'from = "Invite Tracker <tracker@example.org>"\nto = "jordan@example.org"\ntimeout = "5s"\n'
        + '\n[notify]\nurls_env = "TRACKER_TEST_NO_URLS"\n'
    )
    return path


def test_random_bytes_get_a_could_not_read_alert_and_text_with_nul_bytes_an_invitation_alert(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = config_with_smtp(mail_account, tmp_path, smtp)
    assert main(["--config", str(config), "poll", "--once"]) == 0  # the first sync: an empty mailbox
    mail_account.append([*random_bytes(1), NUL_INVITATION])
    assert main(["--config", str(config), "poll", "--once"]) == 0
    capsys.readouterr()
    subjects = sorted(str(m["Subject"]) for m in smtp.wait_for(2))
    assert len(subjects) == 2
    assert subjects[0].startswith("Could not read a message")
    assert subjects[1].startswith("Interview invitation")
    loaded = load_config(config)
    with Store(loaded.store_path) as store:
        rows = store.query("SELECT status, kind, error FROM messages ORDER BY id")
    assert [(r["status"], r["kind"]) for r in rows] == [("failed", None), ("parsed", "invitation")]
    assert rows[0]["error"].startswith("not an email")


def test_200_bad_messages_log_one_warning_line_per_unreadable_message_and_nothing_else(
    mail_account: MailAccount, smtp: SMTPServer, tmp_path: Path
) -> None:
    config = config_with_smtp(mail_account, tmp_path, smtp)
    assert main(["--config", str(config), "poll", "--once"]) == 0
    mail_account.append([*random_bytes(100), *malformed(100)])
    # At the default log level, as the service runs; and the old mail parser is not loaded at all.
    script = (
        "import sys; from tracker.cli import main; code = main(); "
        "print('mail-parser loaded' if 'mailparser' in sys.modules else '', file=sys.stderr); sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "--config", str(config), "poll", "--once"],
        env={**os.environ, "TRACKER_IMAP_PASSWORD": mail_account.password, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "200 new message(s); 100 processed, 100 failed to parse" in done.stdout
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 100, "\n".join(lines[:5] + ["..."] + lines[-5:])
    assert all(" WARNING tracker.service: process: message " in line for line in lines)
    assert all(line.endswith("not an email (no From, Subject, Date or Message-ID header)") for line in lines)
    assert len(smtp.wait_for(100, timeout=20)) == 100  # and each one is an alert
