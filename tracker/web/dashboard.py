"""What every page and action shares: the config, the store, the clock, the digest's contents and
the Jinja2 templates (`templates/web/`, shipped as `tracker.templates`), with the same date and
label filters the notifications use."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, FunctionLoader, StrictUndefined
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse

from tracker.clock import Clock, utcnow
from tracker.config import Config
from tracker.errors import TrackerError
from tracker.ids import message_ref, record_ref
from tracker.notify import goals
from tracker.notify.notifications import Notifications
from tracker.notify.rendering import Renderer, label, plural, track_note, web_link
from tracker.store.database import Store
from tracker.store.views import messages_needing_review

log = logging.getLogger(__name__)

TEMPLATE_FOLDER = "web"


def _load_template(name: str) -> str | None:
    resource = files("tracker.templates").joinpath(TEMPLATE_FOLDER, name)
    return resource.read_text(encoding="utf-8") if resource.is_file() else None


def template_environment(renderer: Renderer) -> Environment:
    """The dashboard's templates, autoescaped, with the notifications' filters."""
    env = Environment(
        loader=FunctionLoader(_load_template),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    env.filters.update(
        local=renderer.local,
        localdate=renderer.local_date,
        label=label,
        plural=plural,
        track=track_note,
        weblink=web_link,
        rid=record_ref,
        mid=message_ref,
        title_case=lambda value: str(value or "").replace("_", " ").capitalize(),
    )
    return env


def safe_next(value: str | None, default: str) -> str:
    """Where to go back after a change: a path on this dashboard only (never another site)."""
    text = (value or "").strip()
    if not text.startswith("/") or text.startswith("//") or "\\" in text or "\n" in text or "\r" in text:
        return default
    return text


@dataclass
class Dashboard:
    """The dashboard over one config and one store."""

    config: Config
    store: Store
    clock: Clock = utcnow
    _notifications: Notifications | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.tz = self.config.applicant.tz
        self.env = template_environment(Renderer(self.tz))
        self.goal_settings = goals.settings_from_config(self.config)

    @property
    def notifications(self) -> Notifications:
        """The digest's maker (built on first use): the season page reads what the digest says."""
        if self._notifications is None:
            self._notifications = Notifications(self.config, self.store, clock=self.clock)
        return self._notifications

    def now(self) -> datetime:
        return self.clock()

    def review_count(self) -> int:
        return len(messages_needing_review(self.store))

    def render(self, request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        """A page: the template with what every page shows (navigation, counts, the form token)."""
        base = {
            "request": request,
            "path": request.url.path,
            "csrf_token": getattr(request.state, "csrf_token", ""),
            "review_count": self.review_count(),
            "applicant": self.config.applicant.name,
            "tz_name": getattr(self.tz, "key", str(self.tz)),
            "now": self.now(),
            "done": request.query_params.get("done", ""),
        }
        html = self.env.get_template(template).render({**base, **context})
        return HTMLResponse(html, status_code=status_code)

    def problem(self, request: Request, error: TrackerError, back: str) -> HTMLResponse:
        """A change that could not be made: what went wrong, what to do, and the way back."""
        log.info("web: change refused: %s", error)
        return self.render(request, "problem.html", 400, message=error.message, hint=error.hint, back=back)


def redirect(path: str, fragment: str = "", **params: Any) -> RedirectResponse:
    """See-other to `path` with `params` added to its query (after a change: reload shows no form resend)."""
    query = urlencode({k: v for k, v in params.items() if v not in (None, "")})
    joiner = "&" if "?" in path else "?"
    url = path + (joiner + query if query else "") + (f"#{fragment}" if fragment else "")
    return RedirectResponse(url, status_code=303)
