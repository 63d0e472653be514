"""The classifier's shortcuts (cheap word tests before the patterns, the signals' derived from their
patterns) never change a result."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_classification_helpers import ET, parsed

from tracker.understanding import extraction, programs, signals
from tracker.understanding.dates import find_dates
from tracker.understanding.extraction import MessageText, message_view
from tracker.understanding.message import parse_message
from tracker.understanding.patterns import normalised, required_words, spaced
from tracker.understanding.signals import Hit, find_signals

DATA = Path(__file__).resolve().parents[1] / "data"
LETTERS = sorted((DATA / "corpus").glob("*.eml")) + sorted((DATA / "holdout").glob("*.eml"))


def _found(hits: list[Hit]) -> list[tuple[str, str, bool]]:
    return [(hit.signal.name, hit.text, hit.in_subject) for hit in hits]


def _every_signal(view: MessageText) -> list[tuple[str, str, bool]]:
    """find_signals with no prefilter word skipping any signal: the reference the shortcut must match."""
    unfiltered = tuple(replace(signal, words=()) for signal in signals.shipped())
    return _found(find_signals(view, unfiltered))


def test_prefilter_words_never_hide_a_signal_in_the_labelled_letters():
    for path in LETTERS:
        view = message_view(parse_message(path.read_bytes()))
        assert _found(find_signals(view)) == _every_signal(view), path.name


def test_every_signal_has_prefilter_words_that_each_of_its_examples_contains():
    for signal in signals.shipped():
        assert signal.words, signal.name
        for text in signal.ok:
            lowered = normalised(text)
            assert lowered is None or any(word in lowered for word in signal.words), (signal.name, text)


PIECES = [
    "interview", "INTERVIEW", "ınterview", "İnterview", "invite you to", "we would like to", " ", "  ",
    "\t", "ſ", "not ", "If ", "Dec 3", "waitlist", "you're invited", "cancelled", ". ", "your interview",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
def test_prefilter_words_agree_with_every_pattern(text: str):
    view = message_view(parsed(text or "Hello"))
    assert _found(find_signals(view)) == _every_signal(view)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (
            r"\binvit(?:e|ed) (?:you )?to \w+",
            ("invite to ", "invite you to ", "invited to ", "invited you to "),
        ),
        (r"\b(?:glad|happy) to see you", ("glad to see you", "happy to see you")),
        (r"\bwait[- ]?list", ("wait",)),
        (r"(?:a|b)?\w+", ()),
    ],
)
def test_required_words_are_what_every_match_contains(pattern, words):
    assert required_words(re.compile(spaced(pattern), re.I)) == words


TRACK_PIECES = [
    "Prelim", "preliminary", "TY", "ty", "Transitional Year", "categorical", "CATEGORICAL", "categorıcal",
    "advanced track", "(Advanced)", "PGY-2 start", "pgy2 position", "ſ", "interview", " ", ", ", ".",
]  # fmt: skip


def _track_by_every_pattern(text: str) -> str | None:
    found = [(m.start(), name) for name, pattern in extraction._TRACKS if (m := pattern.search(text))]
    return min(found)[1] if found else None


@given(st.lists(st.sampled_from(TRACK_PIECES), max_size=6).map("".join))
def test_track_word_tests_give_what_every_track_pattern_gives(text: str):
    assert extraction.detect_track(text, None) == _track_by_every_pattern(text)


def test_a_sentence_without_a_digit_has_no_date_and_one_with_a_date_keeps_it():
    reference = date(2026, 11, 10)
    assert find_dates("We look forward to meeting you in December.", reference, ET) == []
    [mention] = find_dates("Interviews are on December 3 at 9 am.", reference, ET)
    assert mention.day == date(2026, 12, 3)


def _program_by_every_pattern(subject: str, text: str, from_name: str) -> str | None:
    saved = programs._PATTERN_WORDS
    programs._PATTERN_WORDS = tuple(((), False) for _ in saved)
    try:
        return programs.detect_program(subject, text, from_name)
    finally:
        programs._PATTERN_WORDS = saved


def test_program_word_tests_give_what_every_program_pattern_gives_on_the_labelled_letters():
    for path in LETTERS:
        view = message_view(parse_message(path.read_bytes()))
        args = (view.subject, view.text, view.from_name)
        assert programs.detect_program(*args) == _program_by_every_pattern(*args), path.name


PROGRAM_PIECES = [
    "Riverside Medical Center", "Lakeshore", " has invited you", " Residency", " RESIDENCY", " Resıdency",
    "Program: Pinecrest Health", "\n", "the program at ", "welcome to ", "on behalf of ", " at ", "Dr. Ann",
    "applying to ", ". ", "Department of Surgery", "Institution: Oak Clinic",
]  # fmt: skip


@given(st.lists(st.sampled_from(PROGRAM_PIECES), max_size=6).map("".join))
def test_program_word_tests_give_what_every_program_pattern_gives(text: str):
    assert programs.detect_program("Interview", text) == _program_by_every_pattern("Interview", text, "")


FORMAT_PIECES = [
    "virtual", "Virtually", "Zoom", "WebEx", "Microsoft Teams", "MS Teams", "videoconference",
    "video conference",
    "online interview", "remote interview", "in-person", "In Person", "on-site", "onsite", "on campus",
    "face-to-face", "Hybrid", "hybrıd", "vırtual", " or ", " option is also available", " ", ". ",
]  # fmt: skip
PLATFORM_PIECES = [
    "Thalamus", "thalamus", "Interview Broker", "interviewbroker", "ResidencyCAS", "Liaison", "MyERAS",
    "ERAS", "eras", "ſ", "thalamuſ", " ", ". ", "via ",
]  # fmt: skip


def _unguarded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every pattern runs, as when the text is not ASCII."""
    monkeypatch.setattr(extraction, "folded", lambda text: None)


@given(st.lists(st.sampled_from(FORMAT_PIECES), max_size=6).map("".join))
def test_format_word_tests_give_what_every_format_pattern_gives(text: str):
    guarded = extraction.detect_format(text)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _unguarded(monkeypatch)
        assert extraction.detect_format(text) == guarded


@given(st.lists(st.sampled_from(PLATFORM_PIECES), max_size=5).map("".join))
def test_platform_word_tests_give_what_every_platform_pattern_gives(text: str):
    view = message_view(parsed(text or "Hello"))
    guarded = extraction.detect_platform(view)
    with pytest.MonkeyPatch.context() as monkeypatch:
        _unguarded(monkeypatch)
        assert extraction.detect_platform(view) == guarded


def test_a_plain_apostrophe_in_a_pattern_matches_a_curly_one() -> None:
    pattern = re.compile(spaced(r"you(?:'re| are) confirmed|[a-z']+ day"), re.I)
    assert pattern.search("Wonderful - you\u2019re confirmed for Monday.")
    assert pattern.search("you're  confirmed")
    assert pattern.fullmatch("women\u2019s day")
