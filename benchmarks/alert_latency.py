"""Alert latency: `tracker run` against a private Dovecot and a local SMTP server.

20 invitations are appended one at a time; for each, the time from APPEND to the alert arriving at
the SMTP server. The baseline, measured in the same run, is a bare imapclient IDLE seeing the same
kind of APPEND: the ratio says what the pipeline (sync, parse, classify, alert, SMTP) adds to push.
Target: p95 <= 5 s with IDLE.

    .venv/bin/python benchmarks/alert_latency.py [--count 20]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from imap_server import Dovecot  # noqa: E402
from smtp_server import SMTPServer  # noqa: E402

PROGRAMS = ["Mercy Hospital", "Lakeside", "Harbor View", "Summit Medical Center", "Riverside Health"]


def invitation(n: int) -> bytes:
    program = PROGRAMS[n % len(PROGRAMS)] + f" {n}"
    return f"""From: {program} Internal Medicine <im@p{n}.example.org>
To: jordan@example.org
Subject: Interview Invitation - {program} Internal Medicine Residency
Date: Fri, 27 Nov 2026 09:00:00 -0500
Message-ID: <bench-{n}-{time.time_ns()}@example.org>

Dear Jordan,

Thank you for applying to the {program} Internal Medicine Residency Program (categorical).
We are pleased to invite you to interview with our program on December 3, 2026.
Please schedule your interview at https://thalamusgme.example.com/schedule/{n} within 48 hours.
""".encode()


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def idle_baseline(dovecot: Dovecot, user: str, password: str, count: int) -> list[float]:
    """APPEND → EXISTS seen by a bare IDLE connection."""
    watcher = dovecot.client(user, password)
    writer = dovecot.client(user, password)
    watcher.select_folder("INBOX", readonly=True)
    latencies = []
    for n in range(count):
        watcher.idle()
        start = time.monotonic()
        writer.append("INBOX", invitation(10_000 + n))
        while True:
            responses = watcher.idle_check(timeout=10)
            if any(r[1] == b"EXISTS" for r in responses if len(r) > 1) or time.monotonic() - start > 10:
                break
        latencies.append(time.monotonic() - start)
        watcher.idle_done()
    watcher.logout()
    writer.logout()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args()

    dovecot = Dovecot()
    dovecot.start()
    smtp = SMTPServer().start()
    workdir = Path(tempfile.mkdtemp(prefix="alert-latency-"))
    service: subprocess.Popen[bytes] | None = None
    try:
        baseline_user, baseline_pw = dovecot.add_user()
        baseline = idle_baseline(dovecot, baseline_user, baseline_pw, args.count)

        user, password = dovecot.add_user()
        config = workdir / "config.toml"
        config.write_text(
            f'[mailbox]\nhost = "127.0.0.1"\nport = {dovecot.port}\nsecurity = "none"\nusername = "{user}"\n'
            'password_env = "BENCH_IMAP_PASSWORD"\n'
            f'[store]\npath = "{workdir / "tracker.sqlite3"}"\n'
            '[applicant]\nemail = "jordan@example.org"\n'
            f'[smtp]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
            'from = "tracker@example.org"\nto = "jordan@example.org"\n'
            '[notify]\nurls_env = "BENCH_NO_URLS"\n'
            '[service]\nidle = true\nsweep_interval = "10m"\n'
        )
        env = {**os.environ, "BENCH_IMAP_PASSWORD": password}
        service = subprocess.Popen(
            [sys.executable, "-m", "tracker.cli", "--config", str(config), "--log-level", "warning", "run"],
            env=env,
            cwd=workdir,
        )
        writer = dovecot.client(user, password)
        # Warm up: the first alert proves the service is up and IDLE is armed.
        writer.append("INBOX", invitation(0))
        if len(smtp.wait_for(1, timeout=60)) < 1:
            print("the service sent no alert within 60 s", file=sys.stderr)
            return 1
        latencies = []
        for n in range(1, args.count + 1):
            time.sleep(0.3)  # let the previous pass settle back into IDLE
            start = time.monotonic()
            writer.append("INBOX", invitation(n))
            received = smtp.wait_for(n + 1, timeout=30)
            latencies.append(time.monotonic() - start)
            if len(received) < n + 1:
                print(f"invitation {n}: no alert within 30 s", file=sys.stderr)
        writer.logout()
        stop_start = time.monotonic()
        service.send_signal(signal.SIGTERM)
        service.wait(timeout=30)
        stopped_in = time.monotonic() - stop_start
        service = None

        p50, p95 = percentile(latencies, 0.5), percentile(latencies, 0.95)
        b50, b95 = percentile(baseline, 0.5), percentile(baseline, 0.95)
        alerts = smtp.keys()
        print(f"invitations appended one at a time: {args.count}; alerts received: {len(alerts) - 1}")
        print(f"APPEND -> alert received:   p50 {p50:.2f} s   p95 {p95:.2f} s   (target p95 <= 5 s)")
        print(f"baseline, bare IDLE push:   p50 {b50:.2f} s   p95 {b95:.2f} s")
        print(f"ratio to baseline:          p50 {p50 / b50:.2f}x   p95 {p95 / b95:.2f}x")
        mean, worst = statistics.mean(latencies), max(latencies)
        print(f"mean {mean:.2f} s, max {worst:.2f} s; SIGTERM -> exit {stopped_in:.2f} s")
        print(f"duplicate alerts: {len(alerts) - len(set(alerts))}")
        return 0 if p95 <= 5 else 1
    finally:
        if service is not None:
            service.kill()
            service.wait()
        smtp.close()
        dovecot.cleanup()


if __name__ == "__main__":
    sys.exit(main())
