"""The dashboard driven in a real browser (Debian's chromium, through Selenium) on the demo's data:
correct a review item, merge and keep apart records, edit a record in place, reorder the rank list,
and after each, the CLI sees the change. One browser for the whole module.

With TRACKER_SCREENSHOT=docs/dashboard.png the season page's screenshot is saved there (the README's).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import Demo, cli, cli_json, make_demo, record_by_program, serving

from tracker.web.server import DashboardServer

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ROOT = Path(__file__).resolve().parents[2]


def _missing() -> list[str]:
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (the test extra)")
    return missing


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    demo = make_demo(tmp_path_factory.mktemp("browser"))
    yield demo
    demo.store.close()


@pytest.fixture(scope="module")
def server(demo: Demo) -> Iterator[DashboardServer]:
    with serving(demo) as server:
        yield server


@pytest.fixture(scope="module")
def browser(server: DashboardServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Headless chromium with a fresh profile, signed in with the dashboard's key."""
    missing = _missing()
    if missing:
        reason = f"the browser tests need {', '.join(missing)}: run `bash .ci/install`"
        if os.environ.get("CI"):
            pytest.fail(reason)  # CI must run them, not skip them
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    profile = tmp_path_factory.mktemp("chromium-profile")
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--window-size=1000,900",
        f"--user-data-dir={profile}",
    ):
        options.add_argument(argument)
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.get(server.url)
        assert "?token=" not in driver.current_url  # the key left the address
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def by_css(driver: Any, selector: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def all_css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(driver.find_elements(By.CSS_SELECTOR, selector))


def wait_for(driver: Any, selector: str) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, 10).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, selector))
    )


def page(driver: Any, server: DashboardServer, path: str) -> None:
    driver.get(f"http://127.0.0.1:{server.port}{path}")


def console_errors(driver: Any) -> list[str]:
    """What the browser complained about: a CSP violation, a script error, a missing file."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def messages_by_id(demo: Demo) -> dict[int, dict[str, Any]]:
    return {item["id"]: item for item in cli_json(demo.config_path, "messages")}


def invitation_from(demo: Demo, message: int, program: str, specialty: str) -> None:
    """`tracker set MESSAGE --kind invitation --program PROGRAM --specialty SPECIALTY`."""
    cli(
        demo.config_path,
        "set",
        str(message),
        "--kind",
        "invitation",
        "--program",
        program,
        "--specialty",
        specialty,
    )


def test_the_season_page_puts_what_needs_action_first(browser: Any, server: DashboardServer) -> None:
    page(browser, server, "/")
    headings = [h.text for h in all_css(browser, "main h2")]
    assert headings[:3] == [
        "Needs a response",
        "Interview days in the next 14 days",
        "Invitations against your goals",
    ]
    respond = [a.text for a in all_css(browser, ".respond .card-title a")]
    # Soonest deadline first, then no deadline, then the ones whose deadline passed (the digest's order).
    assert respond == [
        "Summit Ridge Medical Center",
        "Mesa Verde Health System",
        "Cascade Valley University",
        "Northgate University Hospitals",
        "Saint Brendan's Hospital",
    ]
    goals = [h.text for h in all_css(browser, ".goal h3")]
    assert goals == ["Emergency Medicine", "Internal Medicine", "Transitional Year"]
    assert len(all_css(browser, ".goal svg.chart path.invited")) == 3
    assert "1 message needs your review" in by_css(browser, "main").text
    assert console_errors(browser) == []
    screenshot = os.environ.get("TRACKER_SCREENSHOT")
    if screenshot:
        height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.set_window_size(1000, height + 140)
        browser.save_screenshot(str(ROOT / screenshot))
        browser.set_window_size(1000, 900)


def test_clicking_not_an_invitation_corrects_the_message_as_tracker_set_does(
    browser: Any, server: DashboardServer, demo: Demo
) -> None:
    page(browser, server, "/review")
    by_css(browser, "#message-12 button.correct-not-invitation").click()
    banner = wait_for(browser, ".banner.ok")
    assert "Message M12 corrected" in banner.text and "tracker set M12" in banner.text
    assert all_css(browser, "#message-12") == []  # out of the queue
    assert messages_by_id(demo)[12]["kind"] == "info"
    cli(demo.config_path, "reprocess")
    assert messages_by_id(demo)[12]["kind"] == "info"  # kept through reprocessing
    assert console_errors(browser) == []


def test_a_correction_takes_the_program_and_the_specialty_from_the_choices(
    browser: Any, server: DashboardServer, demo: Demo
) -> None:
    from selenium.webdriver.support.ui import Select

    # The message's own page (the review queue's only message was corrected above) has the same form.
    page(browser, server, "/messages/12")
    program = by_css(browser, "form.correct input[name=program]")
    program.clear()
    program.send_keys("Summit Ridge Dearborn")
    Select(by_css(browser, "form.correct select[name=specialty]")).select_by_visible_text("Internal Medicine")
    by_css(browser, "form.correct button.correct-invitation").click()
    wait_for(browser, ".banner.ok")
    message = messages_by_id(demo)[12]
    assert (message["kind"], message["program"], message["specialty"]) == (
        "invitation",
        "Summit Ridge Dearborn",
        "Internal Medicine",
    )
    assert record_by_program(demo.config_path, "Summit Ridge Dearborn")["status"] == "invited"


def test_merging_two_records_by_clicking(browser: Any, server: DashboardServer, demo: Demo) -> None:
    # The pair the previous test's correction made (made again here, so this test stands alone).
    invitation_from(demo, 12, "Summit Ridge Dearborn", "Internal Medicine")
    dearborn = record_by_program(demo.config_path, "Summit Ridge Dearborn")
    summit = record_by_program(demo.config_path, "Summit Ridge Medical Center")
    assert dearborn["possibly_same_as"] == [summit["id"]]
    count = len(cli_json(demo.config_path, "records"))
    page(browser, server, "/programs")
    first, second = sorted((summit["id"], dearborn["id"]))
    by_css(browser, f"#pair-{first}-{second} button.merge").click()
    assert "now one program" in wait_for(browser, ".banner.ok").text

    def summit_ridge() -> list[dict[str, Any]]:
        return [
            r for r in cli_json(demo.config_path, "records") if "Summit Ridge Medical Center" in r["names"]
        ]

    (merged,) = summit_ridge()  # one record, known by both names
    assert "Summit Ridge Dearborn" in merged["names"] and merged["possibly_same_as"] == []
    assert len(cli_json(demo.config_path, "records")) == count - 1
    cli(demo.config_path, "reprocess")
    (merged,) = summit_ridge()  # kept through reprocessing
    assert "Summit Ridge Dearborn" in merged["names"]


def test_keeping_two_records_apart_by_clicking(browser: Any, server: DashboardServer, demo: Demo) -> None:
    invitation_from(demo, 30, "Harbor Bay Chicago", "Emergency Medicine")
    chicago = record_by_program(demo.config_path, "Harbor Bay Chicago")
    harbor = record_by_program(demo.config_path, "Harbor Bay Medical Center")
    assert chicago["possibly_same_as"] == [harbor["id"]]
    page(browser, server, "/programs")
    first, second = sorted((chicago["id"], harbor["id"]))
    by_css(browser, f"#pair-{first}-{second} button.keep-apart").click()
    assert "kept apart" in wait_for(browser, ".banner.ok").text
    assert all_css(browser, f"#pair-{first}-{second}") == []
    assert record_by_program(demo.config_path, "Harbor Bay Chicago")["possibly_same_as"] == []
    assert record_by_program(demo.config_path, "Harbor Bay Medical Center")["possibly_same_as"] == []


def test_editing_a_record_in_place(browser: Any, server: DashboardServer, demo: Demo) -> None:
    from selenium.webdriver.support.ui import Select

    lakeshore = record_by_program(demo.config_path, "Lakeshore Health")
    page(browser, server, "/programs")
    record = f"#record-{lakeshore['id']}"
    by_css(browser, f"{record} summary").click()
    notes = by_css(browser, f"{record} textarea[name=notes]")
    notes.clear()
    notes.send_keys("Thank-you note sent to Dr. Osei")
    by_css(browser, f"{record} textarea[name=impressions]").send_keys("Warm residents; strong teaching")
    Select(by_css(browser, f"{record} select[name=signal]")).select_by_value("gold")
    by_css(browser, f"{record} button.save").click()
    assert "Saved" in wait_for(browser, ".banner.ok").text
    assert by_css(browser, f"{record} details").get_attribute("open") is not None  # still in place
    after = record_by_program(demo.config_path, "Lakeshore Health")
    assert (after["notes"], after["signal"]) == ("Thank-you note sent to Dr. Osei", "gold")
    assert after["status"] == lakeshore["status"]  # an untouched field is not rewritten
    shown = cli(demo.config_path, "rank-list", "--impressions")
    assert "Lakeshore Health" in shown and "Warm residents; strong teaching" in shown


def rank_order(browser: Any) -> list[str]:
    return [item.get_attribute("data-id") for item in all_css(browser, "#rank-list .rank-item")]


def cli_rank_order(demo: Demo, ids: set[str]) -> list[str]:
    """The CLI's rank list as record ids, among `ids` (the CLI's clock may have completed others)."""
    by_title = {}
    for item in cli_json(demo.config_path, "records"):
        by_title[str(item["id"])] = item["program"]
    lines = [line.split(". ", 1)[1] for line in cli(demo.config_path, "rank-list").splitlines()]
    order = []
    for line in lines:
        for record_id in ids:
            if line.startswith(by_title[record_id] + " ") and record_id not in order:
                order.append(record_id)
    return order


def test_reordering_the_rank_list_by_buttons_and_by_drag(
    browser: Any, server: DashboardServer, demo: Demo
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    for program in ("Riverside University Medical Center", "Harbor Bay Medical Center"):
        cli(
            demo.config_path,
            "record",
            str(record_by_program(demo.config_path, program)["id"]),
            "--status",
            "completed",
        )
    page(browser, server, "/rank")
    before = rank_order(browser)
    assert len(before) == 3
    by_css(browser, f"#rank-{before[0]} button.down").click()
    wait_for(browser, ".banner.ok")
    after_button = rank_order(browser)
    assert after_button == [before[1], before[0], before[2]]
    assert cli_rank_order(demo, set(before)) == after_button

    # Drag the last program above the first, by its handle, as a mouse would.
    browser.set_window_size(1000, 1600)
    browser.execute_script("window.scrollTo(0, 0)")
    items = all_css(browser, "#rank-list .rank-item")
    first, last = items[0], items[-1]
    drag = ActionChains(browser).click_and_hold(
        by_css(browser, f"#rank-{last.get_attribute('data-id')} .handle")
    )
    drag.move_by_offset(0, -10).move_to_element_with_offset(first, 0, -first.size["height"] // 2 + 4)
    drag.pause(0.3).release().perform()
    expected = [after_button[2], after_button[0], after_button[1]]
    from selenium.webdriver.support.ui import WebDriverWait

    def saved_and_shown(driver: Any) -> bool:
        # The page reloads once the order is saved: the server numbers the dragged program 1.
        places = [place.text for place in all_css(driver, "#rank-list .place")]
        return rank_order(driver) == expected and places == ["1.", "2.", "3."]

    # (the page reloads while it is read: an element gone stale is read again at the next poll)
    from selenium.common.exceptions import StaleElementReferenceException

    WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException,)).until(saved_and_shown)
    browser.set_window_size(1000, 900)
    assert cli_rank_order(demo, set(before)) == expected
    export = by_css(browser, "#export-text").get_attribute("value").splitlines()
    titles = {str(item["id"]): item["program"] for item in cli_json(demo.config_path, "records")}
    for place, (record_id, line) in enumerate(zip(expected, export, strict=True), start=1):
        assert line.startswith(f"{place}. {titles[record_id]}")
    assert console_errors(browser) == []


def test_every_page_reads_at_phone_width_with_every_control_labelled(
    browser: Any, server: DashboardServer
) -> None:
    browser.set_window_size(390, 844)
    try:
        for path in ("/", "/programs?open=2", "/review", "/rank", "/health"):
            page(browser, server, path)
            overflow = browser.execute_script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px"
            unlabelled = browser.execute_script(
                """return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => !e.closest('label') && !e.getAttribute('aria-label')
                    && !(e.id && document.querySelector('label[for="' + e.id + '"]')))
                  .map(e => e.outerHTML.slice(0, 80));"""
            )
            assert unlabelled == [], path
    finally:
        browser.set_window_size(1000, 900)
