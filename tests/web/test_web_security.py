"""The dashboard on a shared machine: nothing without the key, no change from another site, no
answer to a foreign Host (DNS rebinding), and mail shown with nothing that runs or loads from
elsewhere. Plain HTTP against the real server, the requests forged the way an attacker would."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from web_helpers import Demo, csrf_token, make_demo, request, serving, session_cookie

from tracker.store.database import NewMessage
from tracker.web.mail import sanitise
from tracker.web.security import CONTENT_SECURITY_POLICY
from tracker.web.server import DashboardServer, dashboard_key, key_path

FORM = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    demo = make_demo(tmp_path_factory.mktemp("security"))
    yield demo
    demo.store.close()


@pytest.fixture(scope="module")
def server(demo: Demo) -> Iterator[DashboardServer]:
    with serving(demo) as server:
        yield server


@pytest.fixture(scope="module")
def cookie(server: DashboardServer) -> str:
    return session_cookie(server)


def notes_of(demo: Demo, record_id: int) -> str | None:
    row = demo.store.query_one("SELECT notes FROM records WHERE id = ?", (record_id,))
    assert row is not None
    return row["notes"]


def test_a_request_without_the_key_gets_no_data(server: DashboardServer) -> None:
    for path in ("/", "/programs", "/review", "/messages/3", "/rank.txt", "/health"):
        status, _, body = request(server.port, "GET", path)
        assert status == 403, path
        assert "Lakeshore" not in body and "Riverside" not in body
        assert "tracker web --url" in body  # says how to get in


def test_a_wrong_key_or_a_forged_cookie_gets_no_data(server: DashboardServer, cookie: str) -> None:
    status, _, body = request(server.port, "GET", "/?token=" + "x" * len(server.key))
    assert status == 403 and "Lakeshore" not in body
    name, value = cookie.split("=", 1)
    session, _signature = value.rsplit(".", 1)
    forged = f"{name}={session}.{'0' * 64}"
    status, _, body = request(server.port, "GET", "/programs", headers={"Cookie": forged})
    assert status == 403 and "Lakeshore" not in body


def test_the_key_opens_a_session_and_leaves_the_address(server: DashboardServer) -> None:
    status, headers, _ = request(server.port, "GET", f"/programs?status=invited&token={server.key}")
    assert status == 303
    assert headers["location"] == "/programs?status=invited"  # the key is not kept in the address
    cookie = headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, _, body = request(server.port, "GET", "/programs", headers={"Cookie": cookie.split(";")[0]})
    assert status == 200 and "Lakeshore Health" in body


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:{port}", "127.0.0.1", "localhost", "127.0.0.1:1", "[::1]:{port}", ""],
)
def test_a_foreign_host_header_is_refused_even_with_a_session(
    server: DashboardServer, cookie: str, host: str
) -> None:
    status, _, body = request(
        server.port, "GET", "/programs", host=host.format(port=server.port), headers={"Cookie": cookie}
    )
    assert status == 421
    assert "Lakeshore" not in body


def test_localhost_by_name_is_answered(server: DashboardServer, cookie: str) -> None:
    status, _, _ = request(
        server.port, "GET", "/", host=f"localhost:{server.port}", headers={"Cookie": cookie}
    )
    assert status == 200


def test_every_page_forbids_loading_from_elsewhere_and_framing(server: DashboardServer, cookie: str) -> None:
    for path in ("/", "/programs", "/review", "/rank", "/health", "/static/dashboard.css"):
        status, headers, _ = request(server.port, "GET", path, headers={"Cookie": cookie})
        assert status == 200, path
        assert headers["content-security-policy"].startswith("default-src 'self'; img-src 'self' data:")
        assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert headers["x-frame-options"] == "DENY"
        assert headers["referrer-policy"] == "same-origin"


def post_note(server: DashboardServer, headers: dict[str, str], token: str | None, note: str) -> int:
    fields = {"notes": note, "next": "/programs"}
    if token is not None:
        fields["csrf_token"] = token
    status, _, _ = request(
        server.port, "POST", "/records/2", headers={**FORM, **headers}, body=urlencode(fields)
    )
    return status


def test_a_change_without_or_with_a_wrong_form_token_is_refused(
    demo: Demo, server: DashboardServer, cookie: str
) -> None:
    before = notes_of(demo, 2)
    assert post_note(server, {"Cookie": cookie}, None, "forged: no token") == 403
    assert post_note(server, {"Cookie": cookie}, "0" * 64, "forged: wrong token") == 403
    # A token from another session is no better: it is bound to the session it was given to.
    other_session = session_cookie(server)
    _, _, page = request(server.port, "GET", "/programs", headers={"Cookie": other_session})
    assert post_note(server, {"Cookie": cookie}, csrf_token(page), "forged: another session's token") == 403
    assert notes_of(demo, 2) == before


def test_a_cross_site_post_is_refused_even_with_the_right_token(
    demo: Demo, server: DashboardServer, cookie: str
) -> None:
    _, _, page = request(server.port, "GET", "/programs", headers={"Cookie": cookie})
    token = csrf_token(page)
    before = notes_of(demo, 2)
    assert post_note(server, {"Cookie": cookie, "Origin": "http://evil.example"}, token, "cross-site") == 403
    assert post_note(server, {"Cookie": cookie, "Sec-Fetch-Site": "cross-site"}, token, "cross-site") == 403
    assert post_note(server, {}, token, "no session") == 403
    assert notes_of(demo, 2) == before
    # The same form from the dashboard itself goes through.
    origin = {"Cookie": cookie, "Origin": f"http://127.0.0.1:{server.port}", "Sec-Fetch-Site": "same-origin"}
    assert post_note(server, origin, token, "From the dashboard") == 303
    assert notes_of(demo, 2) == "From the dashboard"


HOSTILE = b"""From: Coordinator <gme@hostile.example>
To: jordan.lee.match2027@gmail.com
Subject: Interview invitation (hostile HTML)
Date: Mon, 16 Nov 2026 10:00:00 -0500
Message-ID: <hostile-1@hostile.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8

<html><head><style>body { display: none }</style><script>document.title = "pwned"</script></head>
<body onload="alert(1)"><p onclick="steal()">We are pleased to invite you.</p>
<img src="https://tracker.hostile.example/open.gif?who=jordan" alt="tracking pixel">
<img src="http://tracker.hostile.example/two.gif">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline logo">
<a href="javascript:alert(2)">Schedule</a> <a href="https://schedule.example/slot">Choose a date</a>
<iframe src="https://hostile.example/frame"></iframe>
<form action="https://hostile.example/"><input name=x></form>
<svg onload="alert(3)"></svg><div style="background: url(https://hostile.example/bg.png)">styled</div>
</body></html>
"""


def test_hostile_mail_is_shown_without_scripts_handlers_or_remote_images(
    demo: Demo, server: DashboardServer, cookie: str
) -> None:
    (message_pk,) = demo.store.store_batch("test", "hostile", 1, [NewMessage(1, HOSTILE)], 1)
    status, _, page = request(server.port, "GET", f"/messages/{message_pk}", headers={"Cookie": cookie})
    assert status == 200
    body = page[page.index('class="mail-body"') : page.index("Correct it")]
    assert "We are pleased to invite you." in body
    for forbidden in ("<script", "pwned", "onload", "onclick", "javascript:", "<iframe", "<form", "<svg",
                      "tracker.hostile.example", "style=", "display: none"):  # fmt: skip
        assert forbidden not in body, forbidden
    assert 'src="data:image/png;base64,iVBORw0KGgo="' in body  # an inline image is harmless
    assert 'href="https://schedule.example/slot"' in body
    assert "2 images not loaded" in page


def test_sanitise_drops_and_counts_every_image_that_is_not_inline_data() -> None:
    safe = sanitise('<p>Hi<img src="https://a.example/x.gif"><img src="cid:logo"><img src="/local.png"></p>')
    assert safe.blocked_images == 3
    assert "src" not in safe.html and "Hi" in safe.html


def test_the_key_is_kept_readable_by_its_owner_only_and_reused(demo: Demo, server: DashboardServer) -> None:
    path = key_path(demo.config.store_path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert dashboard_key(demo.config.store_path) == server.key
    path.chmod(0o644)
    assert dashboard_key(demo.config.store_path) == server.key
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_new_database_gets_its_own_key(tmp_path: Path, demo: Demo) -> None:
    assert dashboard_key(tmp_path / "other.sqlite3") != dashboard_key(demo.config.store_path)
