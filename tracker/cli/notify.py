"""Notification commands: `status`, `digest --preview/--send`, `send-test`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from tracker.cli.app import App, pass_app
from tracker.clock import iso, utcnow
from tracker.errors import TrackerError
from tracker.notify import goals
from tracker.notify.channels import DeliveryResult, build_channels, send_direct
from tracker.notify.notifications import Notifications
from tracker.notify.rendering import Renderer
from tracker.store.views import load_records

NO_CHANNEL = "no notification channel configured"


def _notifications(app: App) -> Notifications:
    return Notifications(app.config, app.store)


def _report_deliveries(results: list[DeliveryResult]) -> int:
    for result in results:
        outcome = "sent" if result.ok else f"FAILED: {result.error}"
        click.echo(f"{result.channel}: {outcome}")
    return 0 if results and all(r.ok for r in results) else 1


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@pass_app
def status(app: App, as_json: bool) -> None:
    """Invitations per specialty against goals: invited, scheduled, completed, waitlisted, rejected, pace."""
    now = utcnow()
    records = load_records(app.store, app.config.applicant.tz, now)
    lines = goals.specialty_progress(records, goals.settings_from_config(app.config), now)
    if as_json:
        click.echo(json.dumps(goals.status_json(lines), indent=2))
    else:
        click.echo(goals.status_table(lines))


@click.command()
@click.option(
    "--preview",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    metavar="FILE.html",
    help="Write the digest that would go out now to FILE.html.",
)
@click.option("--send", is_flag=True, help="Send the digest now on every channel.")
@pass_app
def digest(app: App, preview: Path | None, send: bool) -> None:
    """Preview the daily digest as HTML, or send it now."""
    if not preview and not send:
        raise click.UsageError("give --preview FILE.html or --send")
    notifications = _notifications(app)
    if preview:
        html = notifications.digest_html()
        try:
            preview.write_text(html, encoding="utf-8")
        except OSError as e:
            raise TrackerError(f"cannot write {preview}: {e.strerror}") from e
        click.echo(str(preview.resolve()))
    if send:
        if not notifications.outbox.channels:
            raise TrackerError(NO_CHANNEL, "add [smtp] or [notify] urls to the config")
        code = _report_deliveries(notifications.send_digest_now())
        if code:
            click.get_current_context().exit(code)


@click.command("send-test")
@pass_app
def send_test(app: App) -> None:
    """Send a test alert on every channel and say which worked."""
    channels = build_channels(app.config)
    if not channels:
        raise TrackerError(NO_CHANNEL, "add [smtp] or [notify] urls to the config")
    now = utcnow()
    message = Renderer(app.config.applicant.tz).render("test", {"template": "test", "now": iso(now)})
    code = _report_deliveries(send_direct(channels, message, f"test:{now.isoformat()}"))
    if code:
        click.get_current_context().exit(code)
