"""`tracker run` serves the dashboard when [web] enabled is on, on [web] port, and stops it with the
service; a port already taken is logged and the service runs on without it."""

from __future__ import annotations

import logging
import socket
import threading
from pathlib import Path

import pytest
from web_helpers import free_port, request, wait_for_port

from tracker.cli.demo import demo_config_text, demo_settings, sample_mailbox
from tracker.config import load_config, parse_config
from tracker.service import Tracker
from tracker.store.database import Store
from tracker.web.server import dashboard_key


def service_config(directory: Path, maildir: Path, port: int, enabled: bool = True) -> Path:
    settings = demo_settings(maildir, directory / "tracker.sqlite3")
    settings["web"] = {"enabled": enabled, "port": port}
    parse_config(settings)  # valid before it is written
    path = directory / "tracker.toml"
    path.write_text(demo_config_text(settings))
    return path


def run_briefly(config_path: Path, while_running: object) -> None:
    config = load_config(config_path)
    with Store(config.store_path) as store:
        tracker = Tracker(config, store)
        stop = threading.Event()
        thread = threading.Thread(target=tracker.run, args=(stop,), daemon=True)
        thread.start()
        try:
            while_running()  # type: ignore[operator]
        finally:
            stop.set()
            thread.join(timeout=20)
        assert not thread.is_alive(), "run() did not stop"


def test_tracker_run_serves_the_dashboard_when_enabled_and_stops_it(tmp_path: Path) -> None:
    port = free_port()
    with sample_mailbox() as maildir:
        config_path = service_config(tmp_path, maildir, port)

        def dashboard_answers() -> None:
            wait_for_port(port)
            key = dashboard_key(load_config(config_path).store_path)
            status, headers, _ = request(port, "GET", f"/?token={key}")
            assert status == 303
            status, _, page = request(
                port, "GET", "/health", headers={"Cookie": headers["set-cookie"].split(";")[0]}
            )
            assert status == 200 and "Reading your mailbox" in page

        run_briefly(config_path, dashboard_answers)
    with pytest.raises(OSError):
        request(port, "GET", "/")  # stopped with the service


def test_tracker_run_without_web_enabled_serves_nothing(tmp_path: Path) -> None:
    port = free_port()
    with sample_mailbox() as maildir:
        config_path = service_config(tmp_path, maildir, port, enabled=False)

        def nothing_listens() -> None:
            with pytest.raises(OSError):
                request(port, "GET", "/")

        run_briefly(config_path, nothing_listens)


def test_a_taken_port_is_logged_and_the_service_runs_on(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as taken, sample_mailbox() as maildir:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        config_path = service_config(tmp_path, maildir, taken.getsockname()[1])
        with caplog.at_level(logging.ERROR, logger="tracker.service"):
            run_briefly(config_path, lambda: None)
    assert any("dashboard: not served: cannot listen" in r.getMessage() for r in caplog.records)
