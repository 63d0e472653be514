"""Benchmark the mailbox sync against a private Dovecot holding 10,000 messages.

Run: .venv/bin/python benchmarks/sync.py [--messages N] [--repeat K] [--letters]

Prints, from one run (every figure measured here, against a baseline measured in the same run):
- full `tracker poll --once` time ÷ a bare imapclient fetch of the same messages (both in a fresh
  process, so both pay interpreter start-up), and the same ratio for the sync stage alone (the
  median of `--repeat` runs of each);
- the peak RSS of the `poll --once` process;
- the IMAP commands sent by a `poll --once` that finds nothing new;
- how long IDLE takes to bring a new message into the store while `tracker run` runs.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from imap_server import Dovecot, make_message  # noqa: E402

BARE_FETCH = """
import sys, time
from imapclient import IMAPClient
host, port, user, password, batch = sys.argv[1:6]
started = time.perf_counter()
client = IMAPClient(host, port=int(port), ssl=False)
client.login(user, password)
client.select_folder("INBOX", readonly=True)
uids = client.search(["UID", "1:*"])
total = 0
for start in range(0, len(uids), int(batch)):
    for item in client.fetch(uids[start:start + int(batch)], [b"BODY.PEEK[]"]).values():
        total += len(item[b"BODY[]"])
client.logout()
print(len(uids), total, time.perf_counter() - started)
"""

COUNT_COMMANDS = """
import imaplib, sys
sent = []
original = imaplib.IMAP4._new_tag
def counting(self):
    sent.append(1)
    return original(self)
imaplib.IMAP4._new_tag = counting
from tracker.cli import main
code = main(sys.argv[1:])
print(len(sent), file=sys.stderr)
sys.exit(code)
"""

POLL = "import sys; from tracker.cli import main; sys.exit(main(sys.argv[1:]))"


# Prepended to every child: it reports its own peak RSS on stderr when it exits.
RSS_PROBE = (
    "import atexit, resource, sys; atexit.register(lambda: print('PEAK-RSS-KB', "
    "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)); "
)


def timed_child(args: list[str], env: dict[str, str]) -> tuple[float, int, str, str]:
    """(wall seconds, peak RSS in bytes, stdout, stderr) of one `python -c CODE ...` child."""
    python, flag, code, *rest = args
    started = time.perf_counter()
    process = subprocess.run(
        [python, flag, RSS_PROBE + code, *rest], env=env, capture_output=True, text=True, check=False
    )
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"child failed ({process.returncode}): {process.stderr.strip()[-800:]}")
    lines = process.stderr.strip().splitlines()
    peak = int(lines[-1].split()[1]) * 1024
    return elapsed, peak, process.stdout, "\n".join(lines[:-1])


_CORPUS = sorted((ROOT / "tests" / "data" / "corpus").glob("*.eml"))
_MESSAGE_ID = re.compile(rb"^Message-ID:[^\n]*\n", re.IGNORECASE | re.MULTILINE)


def corpus_copies(index: int) -> bytes:
    """The `index`-th message: a labelled corpus letter in turn, with a Message-ID of its own."""
    raw = _CORPUS[index % len(_CORPUS)].read_bytes().replace(b"\r\n", b"\n")
    unique = f"Message-ID: <copy-{index}@bench.example.org>\n".encode()
    raw = _MESSAGE_ID.sub(lambda _match: unique, raw, count=1)
    return raw.replace(b"\n", b"\r\n")


def _spread(times: list[float]) -> str:
    return f"{statistics.median(times):.2f}s (median of {', '.join(f'{t:.2f}' for t in times)})"


def write_config(directory: Path, server: Dovecot, user: str, batch: int) -> Path:
    config = directory / "config.toml"
    config.write_text(
        textwrap.dedent(
            f"""\
            [mailbox]
            host = "{server.host}"
            port = {server.port}
            security = "none"
            username = "{user}"
            batch_size = {batch}

            [store]
            path = "tracker.sqlite3"
            """
        )
    )
    return config


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=2_000, help="approximate bytes per message")
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the bare fetch and of the sync stage")
    parser.add_argument(
        "--letters",
        action="store_true",
        help="seed copies of the labelled corpus (real-looking letters, so records are linked) "
        "instead of synthetic messages",
    )
    options = parser.parse_args()

    server = Dovecot()
    server.start()
    work = Path(tempfile.mkdtemp(prefix="tracker-bench-"))
    try:
        user, password = server.add_user()
        started = time.perf_counter()
        seed = corpus_copies if options.letters else partial(make_message, size=options.size)
        server.append(user, password, (seed(i) for i in range(options.messages)))
        print(f"seeded {options.messages} messages with MULTIAPPEND in {time.perf_counter() - started:.2f}s")

        env = {**os.environ, "TRACKER_IMAP_PASSWORD": password, "PYTHONPATH": str(ROOT)}
        python = sys.executable

        # Baseline: a bare imapclient fetch of the same messages, in a fresh process; and the sync
        # stage alone (no parsing or classification) into a new store, in a fresh process. Each
        # runs `--repeat` times, alternately, and the medians are compared.
        bare_args = [python, "-c", BARE_FETCH, server.host, str(server.port), user, password]
        sync_only = (
            "import sys; from pathlib import Path; from tracker.config import load_config; "
            "from tracker.store import Store; from tracker.service import Tracker; "
            "c = load_config(Path(sys.argv[1])); t = Tracker(c, Store(c.store_path)); "
            "print(t.sync().new_messages); t.close(); t.store.close()"
        )
        bare_times: list[float] = []
        sync_times: list[float] = []
        for attempt in range(options.repeat):
            bare_time, bare_rss, out, _ = timed_child([*bare_args, str(options.batch)], env)
            count, size, _inner = out.split()
            bare_times.append(bare_time)
            sync_dir = work / f"sync-{attempt}"
            sync_dir.mkdir()
            sync_config = write_config(sync_dir, server, user, options.batch)
            sync_time, sync_rss, out, _ = timed_child([python, "-c", sync_only, str(sync_config)], env)
            assert int(out.strip()) == options.messages, out
            sync_times.append(sync_time)
        bare, sync_time = statistics.median(bare_times), statistics.median(sync_times)
        print(f"bare imapclient fetch: {count} messages, {int(size) / 1e6:.1f} MB in {_spread(bare_times)}")
        print(f"sync only: {_spread(sync_times)}")

        # The full `tracker poll --once`: sync, parse, classify, notify.
        poll_dir = work / "poll"
        poll_dir.mkdir()
        config = write_config(poll_dir, server, user, options.batch)
        poll, poll_rss, out, err = timed_child(
            [python, "-c", POLL, "--config", str(config), "poll", "--once"], env
        )
        print(f"tracker poll --once: {out.strip()} in {poll:.2f}s")

        # A poll that finds nothing new: count the IMAP commands (one tag each).
        args = [python, "-c", COUNT_COMMANDS, "--config", str(config), "poll", "--once"]
        idle_poll, _, _, err = timed_child(args, env)
        commands = int(err.strip().splitlines()[-1])

        latency = idle_latency(server, user, password, config)

        messages = options.messages
        per_message_ms = (poll - sync_time) / messages * 1000  # parse, classify, link, notify
        rows = [
            ("sync-only time / bare fetch (fetch + store, medians)", f"{sync_time / bare:.2f}", "≤ 1.3"),
            ("full poll --once time / bare fetch (+ parse, classify)", f"{poll / bare:.2f}", "≤ 1.3"),
            ("  bare imapclient fetch (s, median)", f"{bare:.2f}", ""),
            ("  sync-only (s, median)", f"{sync_time:.2f}", ""),
            ("  full poll --once (s)", f"{poll:.2f}", ""),
            ("  processing after the sync (ms per message)", f"{per_message_ms:.2f}", ""),
            ("peak RSS of poll --once (MB)", f"{poll_rss / 1e6:.1f}", "≤ 150"),
            ("peak RSS of the sync-only process (MB)", f"{sync_rss / 1e6:.1f}", ""),
            ("peak RSS of the bare fetch (MB)", f"{bare_rss / 1e6:.1f}", ""),
            ("IMAP commands of a no-new-mail poll", f"{commands:d}", "≤ 3"),
            ("no-new-mail poll --once wall time (s)", f"{idle_poll:.2f}", ""),
            ("IDLE: append → stored by tracker run (s)", f"{latency:.2f}", "~1"),
        ]
        print()
        print(f"{'figure':<56} {'value':>8} {'target':>8}")
        for label, value, target in rows:
            print(f"{label:<56} {value:>8} {target:>8}")
    finally:
        server.cleanup()
        shutil.rmtree(work, ignore_errors=True)


def idle_latency(server: Dovecot, user: str, password: str, config_file: Path) -> float:
    """Seconds from an APPEND to the message being in the store, with `run` in IDLE."""
    from tracker.config import load_config
    from tracker.service import Tracker
    from tracker.store.database import Store

    os.environ["TRACKER_IMAP_PASSWORD"] = password
    config = load_config(config_file)
    tracker = Tracker(config, Store(config.store_path))
    stop = threading.Event()
    thread = threading.Thread(target=tracker.run, args=(stop,), daemon=True)
    thread.start()
    try:
        if not tracker.idle_ready.wait(60):
            raise SystemExit("IDLE never came up")
        before = tracker.store.message_count()
        started = time.perf_counter()
        server.append(user, password, [make_message(10**7)])
        while tracker.store.message_count() == before:
            if time.perf_counter() - started > 30:
                raise SystemExit("IDLE did not bring the message in")
            time.sleep(0.005)
        return time.perf_counter() - started
    finally:
        stop.set()
        thread.join(30)


if __name__ == "__main__":
    main()
