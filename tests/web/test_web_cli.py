"""`tracker web` as other programs use it: `tracker [--config PATH] web --port N` serves on
127.0.0.1:N, prints the address to open (key included) as its first line, and stops cleanly on
SIGTERM; `tracker web --url` prints the same address; the demo says how to open it; and `tracker
record` keeps the rank list and impressions the dashboard shows."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from web_helpers import Demo, cli, free_port, make_demo, request

from tracker.cli.demo import demo_report, run_demo

ROOT = Path(__file__).resolve().parents[2]
TRACKER = [sys.executable, "-c", "import sys; from tracker.cli import main; sys.exit(main())"]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    demo = make_demo(tmp_path_factory.mktemp("cli"))
    yield demo
    demo.store.close()


def test_tracker_web_prints_its_address_first_serves_it_and_stops_cleanly_on_sigterm(demo: Demo) -> None:
    port = free_port()
    process = subprocess.Popen(
        [*TRACKER, "--config", str(demo.config_path), "web", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        address = urlsplit(url)
        assert (address.scheme, address.hostname, address.port) == ("http", "127.0.0.1", port)
        assert address.query.startswith("token=") and len(address.query) > 30
        status, headers, _ = request(port, "GET", f"{address.path}?{address.query}")
        assert status == 303
        status, _, page = request(port, "GET", "/", headers={"Cookie": headers["set-cookie"].split(";")[0]})
        assert status == 200 and "Season at a glance" in page
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    assert time.monotonic() - started < 10
    assert "Traceback" not in stderr
    with pytest.raises(OSError):
        request(port, "GET", "/")  # nothing listens any more


def test_tracker_web_url_prints_the_address_with_the_same_key(demo: Demo) -> None:
    first = cli(demo.config_path, "web", "--url").strip()
    assert first == cli(demo.config_path, "web", "--url").strip()
    assert first.startswith("http://127.0.0.1:8765/?token=")  # [web] port's default
    assert (
        cli(demo.config_path, "web", "--url", "--port", "9001").strip().startswith("http://127.0.0.1:9001/")
    )


def test_a_port_in_use_is_one_clear_error(demo: Demo, capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from tracker.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["--config", str(demo.config_path), "web", "--port", str(port)]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"tracker: error: cannot listen on 127.0.0.1:{port}") and "--port" in error


def test_the_demo_says_how_to_open_the_dashboard(tmp_path: Path) -> None:
    lines = demo_report(run_demo(tmp_path / "demo"))
    hint = next(line for line in lines if "dashboard" in line)
    assert hint.endswith(f"tracker --config {tmp_path / 'demo' / 'tracker-demo.toml'} web")


def test_tracker_record_keeps_impressions_and_ranks_as_the_dashboard_shows_them(demo: Demo) -> None:
    out = cli(demo.config_path, "record", "2", "--impressions", "Great mentorship", "--rank", "1")
    assert out.strip().endswith("; impressions saved; rank 1")
    assert "1. Lakeshore Health" in cli(demo.config_path, "rank-list")
    assert "   Great mentorship" in cli(demo.config_path, "rank-list", "--impressions")
    cli(demo.config_path, "reprocess")
    row = demo.store.query_one("SELECT impressions, rank FROM records WHERE id = 2")
    assert row is not None and (row["impressions"], row["rank"]) == ("Great mentorship", 1)
    assert "off the rank list" in cli(demo.config_path, "record", "2", "--rank", "0")
    assert "impressions cleared" in cli(demo.config_path, "record", "2", "--impressions", "")
