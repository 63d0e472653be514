"""The dashboard as an ASGI application: its routes, the static files vendored into the package,
and `security.Guard` in front of all of them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from tracker.clock import Clock, utcnow
from tracker.config import Config
from tracker.store.database import Store
from tracker.web import actions, pages
from tracker.web.dashboard import Dashboard
from tracker.web.security import CSRF_HEADER, Guard, Sessions

Page = Callable[[Dashboard, Request], Response]


def create_app(config: Config, store: Store, *, key: str, port: int, clock: Clock = utcnow) -> Guard:
    """The dashboard over `store`, answering at 127.0.0.1:`port` to holders of `key`."""
    d = Dashboard(config, store, clock)

    def page(handler: Page) -> Callable[[Request], Response]:
        def endpoint(request: Request) -> Response:  # sync: Starlette runs it in its thread pool
            return handler(d, request)

        return endpoint

    def change(handler: Callable[..., Response], *names: str) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            ids = [int(request.path_params[name]) for name in names]
            return await actions.perform(d, request, handler, *ids)

        return endpoint

    async def rank_order(request: Request) -> Response:
        from_script = CSRF_HEADER in request.headers
        return await actions.perform(d, request, actions.rank_order, from_script)

    routes = [
        Route("/", page(pages.season), methods=["GET"]),
        Route("/programs", page(pages.programs), methods=["GET"]),
        Route("/review", page(pages.review), methods=["GET"]),
        Route("/messages/{message_id:int}", page(pages.message), methods=["GET"]),
        Route("/rank", page(pages.rank), methods=["GET"]),
        Route("/rank.txt", page(pages.rank_text), methods=["GET"]),
        Route("/health", page(pages.health), methods=["GET"]),
        Route(
            "/messages/{message_id:int}/correct",
            change(actions.correct_message, "message_id"),
            methods=["POST"],
        ),
        Route("/records/merge", change(actions.merge), methods=["POST"]),
        Route("/records/keep-apart", change(actions.apart), methods=["POST"]),
        Route("/records/{record_id:int}", change(actions.edit_record, "record_id"), methods=["POST"]),
        Route("/rank/move", change(actions.rank_move), methods=["POST"]),
        Route("/rank/order", rank_order, methods=["POST"]),
        Route("/favicon.ico", lambda request: RedirectResponse("/static/favicon.svg", 301), methods=["GET"]),
        Mount("/static", StaticFiles(packages=[("tracker.web", "static")]), name="static"),
    ]
    app = Starlette(routes=routes)
    return Guard(app, sessions=Sessions(key, port), port=port)
