"""Dashboard commands: `web` serves the local dashboard; `rank-list` prints the rank list to paste."""

from __future__ import annotations

import logging
import signal
import threading

import click

from tracker.cli.app import App, pass_app
from tracker.clock import utcnow

log = logging.getLogger(__name__)


@click.command("web")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    help="The port on 127.0.0.1 to serve on (default: the config's [web] port, 8765; 0: any free port).",
)
@click.option(
    "--url", "print_url", is_flag=True, help="Print the dashboard's address, key included, and exit."
)
@pass_app
def web(app: App, port: int | None, print_url: bool) -> None:
    """Serve the dashboard on 127.0.0.1: season, programs, review, rank list, health (Ctrl+C stops it).

    The first line printed is the address to open; it ends with a secret key."""
    # Here, not at the top: only this command needs Starlette, uvicorn and the templates.
    from tracker.web.server import DashboardServer, dashboard_key, dashboard_url

    if print_url:
        app.store  # noqa: B018 - a missing or foreign database is refused here too, not given a key
        click.echo(
            dashboard_url(app.config.web.port if port is None else port, dashboard_key(app.config.store_path))
        )
        return
    server = DashboardServer(app.config, app.store, port=port)
    stop = threading.Event()

    def request_stop(signum: int, _frame: object) -> None:
        log.info("received %s; stopping the dashboard", signal.Signals(signum).name)
        stop.set()

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    server.start()
    click.echo(server.url)
    click.echo("Open that address in your browser; Ctrl+C stops the dashboard.", err=True)
    try:
        while not stop.wait(0.5):
            if not server.running:
                raise click.ClickException("the dashboard stopped unexpectedly (see the log above)")
    finally:
        server.stop()


@click.command("rank-list")
@click.option(
    "--impressions", "with_impressions", is_flag=True, help="Show your impressions under each program."
)
@pass_app
def rank_list(app: App, with_impressions: bool) -> None:
    """Print your completed interviews in your rank order, one numbered line each, to paste into the
    NRMP's rank order list (order them on the dashboard or with `tracker record ID --rank N`)."""
    from tracker.web import ranklist  # here: it imports the calendar export's titles (icalendar)

    entries = ranklist.rank_list(app.store, app.config.applicant.tz, utcnow())
    if not entries:
        click.echo("No completed interviews yet.")
    for place, entry in enumerate(entries, start=1):
        click.echo(ranklist.entry_line(place, entry))
        if with_impressions and entry.impressions:
            for line in entry.impressions.splitlines():
                click.echo(f"   {line}")
