"""What the pages show and refuse, over plain HTTP: the programs filtered, the review queue with its
evidence, a correction the CLI would refuse refused the same way, a record's history saying who
made each change, and the health page's channels with their last delivery."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import urlencode

import pytest
from web_helpers import Demo, csrf_token, make_demo, request, serving, session_cookie

from tracker.config import Notify
from tracker.store.corrections import set_record
from tracker.web.server import DashboardServer

CHANNEL = "json://localhost:1/hook"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    demo = make_demo(tmp_path_factory.mktemp("pages"))
    demo.config = demo.config.model_copy(update={"notify": Notify(urls=[CHANNEL])})
    yield demo
    demo.store.close()


@pytest.fixture(scope="module")
def server(demo: Demo) -> Iterator[DashboardServer]:
    with serving(demo) as server:
        yield server


@pytest.fixture(scope="module")
def cookie(server: DashboardServer) -> str:
    return session_cookie(server)


def get(server: DashboardServer, cookie: str, path: str) -> str:
    status, _, page = request(server.port, "GET", path, headers={"Cookie": cookie})
    assert status == 200, path
    return page


def programs_shown(page: str) -> list[str]:
    return [html.unescape(name) for name in re.findall(r'<span class="program">([^<]+)</span>', page)]


def test_the_programs_filter_by_status_specialty_platform_and_format(
    server: DashboardServer, cookie: str
) -> None:
    assert programs_shown(get(server, cookie, "/programs?status=rejected")) == [
        "Granite State Medical Center",
        "Pinecrest University",
    ]
    both = "/programs?specialty=Emergency+Medicine&platform=thalamus"
    assert programs_shown(get(server, cookie, both)) == ["Mesa Verde Health System"]
    assert programs_shown(get(server, cookie, "/programs?format=in_person&specialty=Transitional+Year")) == [
        "Bluewater Regional Hospital",
        "Saint Brendan's Hospital",
    ]
    assert len(programs_shown(get(server, cookie, "/programs"))) == 12
    assert "No program matches" in get(server, cookie, "/programs?format=hybrid")


def test_the_review_queue_shows_each_flagged_message_with_its_evidence(
    server: DashboardServer, cookie: str
) -> None:
    page = get(server, cookie, "/review")
    assert re.findall(r'id="message-(\d+)"', page) == ["12"]
    assert "model: invitation p=" in page  # the classmate's note's evidence
    assert 'value="Internal Medicine"' in page and "<datalist" in page  # the choices


def test_a_correction_the_cli_would_refuse_is_refused_with_its_reason(
    demo: Demo, server: DashboardServer, cookie: str
) -> None:
    token = csrf_token(get(server, cookie, "/review"))
    form = {"csrf_token": token, "kind": "invitation", "specialty": "Underwater Basket Weaving"}
    status, _, page = request(
        server.port,
        "POST",
        "/messages/12/correct",
        headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"},
        body=urlencode(form),
    )
    assert status == 400
    assert "unknown specialty" in page and "Go back" in page
    assert demo.store.query_one("SELECT 1 FROM corrections WHERE message = 12") is None


def test_a_records_history_says_who_made_each_change(
    demo: Demo, server: DashboardServer, cookie: str
) -> None:
    set_record(demo.store, 2, status="completed")
    page = get(server, cookie, "/programs?open=2")
    history = page[page.index('id="record-2"') :]
    history = history[history.index('<ol class="history">') : history.index("</ol>")]
    assert "Interview Invitation: Lakeshore Health Internal Medicine Residency" in history
    assert '<span class="who who-mail">Mail</span>' in history
    assert '<span class="who who-you">You</span> status set to completed' in history


def test_the_health_page_shows_each_channel_and_its_last_delivery(
    demo: Demo, server: DashboardServer, cookie: str
) -> None:
    page = get(server, cookie, "/health")
    assert "json:// (Apprise)" in page and "none yet" in page
    channel = next(iter(server_channels(demo)))
    with demo.store.transaction() as db:
        notification = db.execute(
            "INSERT INTO notifications (key, type, payload, created_at) VALUES ('test:1', 'test', '{}', "
            "'2026-11-19T15:00:00+00:00')"
        ).lastrowid
        db.execute(
            "INSERT INTO deliveries (notification, channel, sent_at, attempts) VALUES (?, ?, ?, 1)",
            (notification, channel, "2026-11-19T15:00:05+00:00"),
        )
    page = get(server, cookie, "/health")
    assert "Thu Nov 19, 10:00 AM EST" in page  # the last delivery, in the applicant's time zone
    assert "Last successful read" in page and "Fri Nov 20, 12:00 PM EST" in page


def server_channels(demo: Demo) -> list[str]:
    from tracker.notify.channels import build_channels

    return [channel.name for channel in build_channels(demo.config)]


def test_a_passed_deadline_offers_no_schedule_button(server: DashboardServer, cookie: str) -> None:
    page = get(server, cookie, "/")
    cards = [card.split("</li>")[0] for card in page.split('<li class="card')[1:]]
    passed = [card for card in cards if "Deadline passed" in card]
    live = [card for card in cards if "Respond by" in card]
    assert passed and live, "the demo has deadlines both passed and still open"
    assert not any("Schedule<span" in card for card in passed)
    assert any("Schedule<span" in card for card in live)
