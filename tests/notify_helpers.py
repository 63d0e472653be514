"""Helpers for the notification tests: a clock the tests move, a config, and rows put straight
into a `Store` (records, classified messages, sync runs) without going through the mailbox."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from tracker.clock import iso
from tracker.config import Config, parse_config
from tracker.store.database import Store, content_hash


class Clock:
    """A clock the test moves: `clock()` is now, `clock.advance(hours=2)` moves it."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> datetime:
        self.now = moment
        return self.now


def make_config(
    tmp_path: Path,
    *,
    smtp_port: int | None = None,
    smtp: dict[str, Any] | None = None,
    urls: list[str] | None = None,
    **sections: dict[str, Any],
) -> Config:
    data: dict[str, Any] = {
        "applicant": {"name": "Jordan Lee", "email": "jordan@example.org", "timezone": "America/New_York"},
        "mailbox": {"maildir": str(tmp_path / "Maildir")},
        "store": {"path": str(tmp_path / "tracker.sqlite3")},
        "season": {"start": "2026-09-24", "end": "2027-01-31"},
        "notify": {"urls": urls or [], "urls_env": "TRACKER_TEST_NO_SUCH_ENV"},
    }
    if smtp_port is not None or smtp is not None:
        data["smtp"] = {
            "host": "127.0.0.1",
            "port": smtp_port,
            "security": "none",
            "from": "Invite Tracker <tracker@example.org>",
            "to": "jordan@example.org",
            "timeout": "5s",
            **(smtp or {}),
        }
    for name, values in sections.items():
        data[name] = {**data.get(name, {}), **values}
    return parse_config(data)


def add_record(
    store: Store,
    program: str,
    *,
    specialty: str | None = "Internal Medicine",
    track: str | None = "categorical",
    status: str = "invited",
    invited_at: datetime | None = None,
    respond_by: datetime | None = None,
    interview_date: str | None = None,
    interview_dates: list[str] | None = None,
    schedule_url: str | None = None,
    platform: str | None = "thalamus",
    format: str | None = "virtual",
    history: list[str] | None = None,
    at: datetime | None = None,
) -> int:
    at = at or datetime(2026, 11, 1, tzinfo=UTC)
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO records (program, specialty, track, status, invited_at, platform, format, "
            "respond_by, interview_dates, interview_date, schedule_url, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                program,
                specialty,
                track,
                status,
                iso(invited_at),
                platform,
                format,
                iso(respond_by),
                json.dumps(interview_dates or []),
                interview_date,
                schedule_url,
                iso(at),
                iso(at),
            ),
        )
        record = int(cursor.lastrowid or 0)
        for step, status_then in enumerate([*(history or []), status]):
            db.execute(
                "INSERT INTO record_events (record, status, source, at) VALUES (?, ?, 'mail', ?)",
                (record, status_then, iso(at + timedelta(minutes=step))),
            )
    return record


def add_message(
    store: Store,
    *,
    kind: str,
    subject: str = "Interview invitation",
    program: str | None = "Mercy Hospital",
    specialty: str | None = "Internal Medicine",
    track: str | None = "categorical",
    record_id: int | None = None,
    date: datetime | None = None,
    fetched_at: datetime | None = None,
    from_addr: str = "coordinator@mercy.example.org",
    from_name: str = "Residency Coordinator",
    classification: dict[str, Any] | None = None,
) -> int:
    """A parsed, classified message, as the pipeline would leave it."""
    date = date or datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
    raw = (
        f"Subject: {subject}\nFrom: {from_addr}\n\n{kind} {program} {date.isoformat()} {record_id}\n".encode()
    )
    with store.transaction() as db:
        cursor = db.execute(
            "INSERT INTO messages (message_id, content_hash, raw, size, date, from_addr, from_name, subject, "
            "status, fetched_at, kind, program, specialty, track, classification, record_id, classified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'parsed', ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                f"<{content_hash(raw)[:16]}@example.org>",
                content_hash(raw),
                raw,
                len(raw),
                iso(date),
                from_addr,
                from_name,
                subject,
                iso(fetched_at or date),
                kind,
                program,
                specialty,
                track,
                json.dumps(classification or {"kind": kind, "confidence": 0.9, "needs_review": False}),
                record_id,
                iso(fetched_at or date),
            ),
        )
        return int(cursor.lastrowid or 0)


def add_sync_run(store: Store, at: datetime, ok: bool, error: str | None = None) -> None:
    run = store.start_sync_run(at - timedelta(seconds=1))
    store.finish_sync_run(run, at, ok, 0, error)


class JsonEndpoint:
    """A tiny HTTP server on loopback that records the JSON Apprise posts (json://127.0.0.1:PORT)."""

    def __init__(self, status: int = 200) -> None:
        self.posts: list[dict[str, Any]] = []
        self.status = status
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                endpoint.posts.append(json.loads(body))
                self.send_response(endpoint.status)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"json://127.0.0.1:{self.port}/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
