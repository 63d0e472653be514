"""Serving the dashboard: its secret key (kept beside the database, readable by its owner only), a
socket bound on 127.0.0.1 before the address is announced, and uvicorn in a thread that stops
cleanly, for `tracker web` and for `tracker run`.
"""

from __future__ import annotations

import logging
import os
import socket
import stat
import threading
from pathlib import Path

from tracker.clock import Clock, utcnow
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.store.database import Store
from tracker.web.security import TOKEN_PARAM, new_key

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
STOP_TIMEOUT = 10.0  # seconds to finish the requests in flight


def key_path(store_path: Path) -> Path:
    """Where the dashboard's key is kept: beside the database, named after it."""
    return store_path.with_name(store_path.name + ".web-token")


def dashboard_key(store_path: Path) -> str:
    """The dashboard's secret key: made once, at random, and kept readable by its owner only, so a
    bookmarked address keeps working across restarts."""
    path = key_path(store_path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                path.chmod(0o600)  # someone widened it: the key is only the owner's
            key = path.read_text(encoding="utf-8").strip()
            if key:
                return key
            descriptor = os.open(path, os.O_WRONLY | os.O_TRUNC)
        key = new_key()
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            file.write(key + "\n")
        return key
    except OSError as e:
        raise TrackerError(
            f"cannot keep the dashboard's key in {path}: {e.strerror or e}",
            "check that the database's folder is writable by you",
        ) from e


def dashboard_url(port: int, key: str) -> str:
    """The address to open, key included."""
    return f"http://{HOST}:{port}/?{TOKEN_PARAM}={key}"


def bind(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1:`port` (0: any free port)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((HOST, port))
        sock.listen(128)
    except OSError as e:
        sock.close()
        raise TrackerError(
            f"cannot listen on {HOST}:{port}: {e.strerror or e}",
            "is the dashboard already running? choose another port with --port or [web] port",
        ) from e
    sock.set_inheritable(True)
    return sock


class DashboardServer:
    """The dashboard over one config and store, served by uvicorn in a background thread."""

    def __init__(
        self, config: Config, store: Store, *, port: int | None = None, clock: Clock = utcnow
    ) -> None:
        import uvicorn  # here: only the dashboard needs the web server

        from tracker.web.app import create_app

        self.key = dashboard_key(config.store_path)
        self.socket = bind(config.web.port if port is None else port)
        self.port = int(self.socket.getsockname()[1])
        self.url = dashboard_url(self.port, self.key)
        app = create_app(config, store, key=self.key, port=self.port, clock=clock)
        self._server = uvicorn.Server(
            uvicorn.Config(
                app,
                log_config=None,  # the CLI configured logging; uvicorn must not reconfigure it
                log_level="warning",
                access_log=False,
                lifespan="off",
                http="h11",
                loop="asyncio",
                timeout_graceful_shutdown=int(STOP_TIMEOUT),
            )
        )
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Serve in a background thread (signals stay with the caller)."""
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self.socket]}, name="dashboard", daemon=True
        )
        self._thread.start()
        log.info("dashboard: serving on http://%s:%d/", HOST, self.port)

    @property
    def running(self) -> bool:
        """Serving, or starting to: the thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def stop(self) -> None:
        """Finish the requests in flight and stop; the socket is closed."""
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=STOP_TIMEOUT + 5)
            if self._thread.is_alive():
                log.warning("dashboard: did not stop within %.0fs", STOP_TIMEOUT)
        self.socket.close()
        log.info("dashboard: stopped")
