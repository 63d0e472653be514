"""The dashboard's test helpers: the demo's data in a temp folder, the dashboard served on it from a
real socket, plain HTTP requests with any Host or header, and the CLI run in-process."""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import re
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.cli import main
from tracker.cli.demo import DEMO_CONFIG, DEMO_NOW, run_demo
from tracker.config import Config, load_config
from tracker.store.database import Store
from tracker.web.server import DashboardServer


@dataclass
class Demo:
    """The demo's database and config in a folder of their own."""

    directory: Path
    config_path: Path
    config: Config
    store: Store


def make_demo(directory: Path) -> Demo:
    run_demo(directory)
    config_path = directory / DEMO_CONFIG
    config = load_config(config_path)
    return Demo(directory, config_path, config, Store(config.store_path))


@contextlib.contextmanager
def serving(demo: Demo) -> Iterator[DashboardServer]:
    """The dashboard on the demo, on a free port, at the demo's "today"."""
    server = DashboardServer(demo.config, demo.store, port=0, clock=lambda: DEMO_NOW)
    server.start()
    try:
        wait_for_port(server.port)
        yield server
    finally:
        server.stop()


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            status, _, _ = request(port, "GET", "/static/dashboard.css")
            if status == 200:
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"nothing answered on 127.0.0.1:{port}")
        time.sleep(0.02)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request(
    port: int,
    method: str,
    path: str,
    *,
    host: str | None = None,
    headers: dict[str, str] | None = None,
    body: str | None = None,
) -> tuple[int, dict[str, str], str]:
    """One HTTP request to 127.0.0.1:`port`, with exactly the Host header given (default: the
    dashboard's own). Returns the status, the headers (lower-case names) and the body."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        connection.putheader("Host", host if host is not None else f"127.0.0.1:{port}")
        for name, value in (headers or {}).items():
            connection.putheader(name, value)
        data = body.encode() if body is not None else None
        if data is not None:
            connection.putheader("Content-Length", str(len(data)))
        connection.endheaders(data)
        response = connection.getresponse()
        text = response.read().decode("utf-8", "replace")
        return response.status, {k.lower(): v for k, v in response.getheaders()}, text
    finally:
        connection.close()


def session_cookie(server: DashboardServer) -> str:
    """The Cookie header of a session opened with the key, as a browser would get it."""
    status, headers, _ = request(server.port, "GET", f"/?token={server.key}")
    assert status == 303, status
    return headers["set-cookie"].split(";", 1)[0]


def csrf_token(page: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert match, "no form token on the page"
    return match.group(1)


def cli(config_path: Path, *args: str) -> str:
    """`tracker --config CONFIG ARGS` in-process: its standard output (it must succeed)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["--config", str(config_path), *args])
    assert code == 0, err.getvalue()
    return out.getvalue()


def cli_json(config_path: Path, *args: str) -> Any:
    return json.loads(cli(config_path, *args, "--json"))


def record_by_program(config_path: Path, program: str) -> dict[str, Any]:
    """The `tracker records --json` item of a program (the first, when tracks make several)."""
    items = [item for item in cli_json(config_path, "records") if item["program"] == program]
    assert items, f"no record for {program}"
    return dict(items[0])
