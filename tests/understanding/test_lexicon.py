"""The shared lexicon: month and weekday names, the platforms' and the personal mailboxes' domains,
written once (tracker/lexicon.py) and read the same way by every stage."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.lexicon import MONTH_NAME, PLATFORM_DOMAINS, month_number
from tracker.understanding.dates import find_dates
from tracker.understanding.features import sender_features

TRACKER = Path(__file__).parents[2] / "tracker"
ET = ZoneInfo("America/New_York")
REFERENCE = date(2026, 11, 10)


@pytest.mark.parametrize(
    ("word", "number"), [("January", 1), ("jan", 1), ("Sept.", 9), ("sep", 9), ("June", 6), ("DEC", 12)]
)
def test_month_number_reads_a_month_however_it_is_spelled(word: str, number: int) -> None:
    assert month_number(word) == number


def test_month_number_refuses_a_word_that_is_no_month() -> None:
    with pytest.raises(ValueError):
        month_number("Smarch")


@pytest.mark.parametrize("written", ["Sept 3", "September 3", "Sep. 3", "sept. 3", "3 Sept", "Fri, Sept 3"])
def test_every_spelling_of_a_month_reads_as_that_month(written: str) -> None:
    assert [mention.day for mention in find_dates(f"Your interview is {written}.", REFERENCE, ET)] == [
        date(2027, 9, 3)
    ]


@pytest.mark.parametrize("text", ["The Mayor 12 event", "Marchers 3 abreast", "Junebug 5"])
def test_a_word_that_only_starts_like_a_month_is_no_date(text: str) -> None:
    assert find_dates(text, REFERENCE, ET) == []
    assert not re.fullmatch(MONTH_NAME, text.split()[1], re.I)


def _sources() -> list[tuple[Path, str]]:
    return [
        (path, path.read_text(encoding="utf-8"))
        for path in sorted(TRACKER.rglob("*.py"))
        if path != TRACKER / "lexicon.py"
    ]


def test_month_and_weekday_names_are_listed_only_in_the_lexicon() -> None:
    # An alternation of month or weekday abbreviations anywhere else is a copy that can drift.
    copy = re.compile(r"\b(?:jan|feb)[a-z()?:]*\|(?:feb|mar)|\b(?:mon|tue)[a-z()?:]*\|(?:tue|wed)", re.I)
    assert [str(path) for path, text in _sources() if copy.search(text)] == []


def test_platform_domains_are_listed_only_in_the_lexicon() -> None:
    domains = {domain for listed in PLATFORM_DOMAINS.values() for domain in listed}
    copies = [
        (str(path), domain)
        for path, text in _sources()
        for domain in domains
        if f'"{domain}"' in text or f"'{domain}'" in text
    ]
    assert copies == []


def test_the_safety_net_reads_the_platform_domains_it_was_fitted_on() -> None:
    # The shipped weights were fitted on each platform's main domain (and NRMP's); the other domains
    # the lexicon knows are not model features, or the fitted model would see mail it never saw.
    assert "p:eras" in sender_features("noreply@aamc.org", "")
    assert "p:eras" not in sender_features("noreply@myeras.org", "")
    assert "p:thalamus" in sender_features("noreply@app.thalamusgme.com", "")
    assert "p:nrmp" in sender_features("noreply@nrmp.org", "")
