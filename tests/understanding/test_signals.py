"""The signals file (tracker/understanding/signals.toml): every signal's `ok` examples are found and
its `fail` examples are not, in one parametrized test; the file is checked when it is read; and no
code knows a signal by its name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tracker.understanding.extraction import MessageText
from tracker.understanding.signals import SignalFileError, find_signals, load, shipped

TRACKER = Path(__file__).resolve().parents[2] / "tracker"


def example(text: str) -> MessageText:
    """An example text as a message's whole body, from a sender that says nothing."""
    return MessageText(
        from_addr="someone@example.com",
        from_name="",
        subject="",
        date=None,
        text=text,
        links=[],
        calendars=[],
    )


def found(signal_name: str, text: str) -> bool:
    [signal] = [s for s in shipped() if s.name == signal_name]
    return any(hit.signal.name == signal_name for hit in find_signals(example(text), (signal,)))


EXAMPLES = [
    pytest.param(signal.name, text, expected, id=f"{signal.name} {'ok' if expected else 'fail'} {number}")
    for signal in shipped()
    for expected, texts in ((True, signal.ok), (False, signal.fail))
    for number, text in enumerate(texts, start=1)
]


@pytest.mark.parametrize(("name", "text", "expected"), EXAMPLES)
def test_every_signal_finds_its_ok_examples_and_not_its_fail_examples(name, text, expected):
    assert found(name, text) is expected


def test_every_kind_has_signals_and_every_signal_its_examples():
    signals = shipped()
    assert len({s.name for s in signals}) == len(signals)
    assert {s.kind for s in signals} == {
        "invitation", "waitlist", "rejection", "scheduled", "reminder", "cancellation", "info", "other"
    }  # fmt: skip
    assert all(s.ok and s.fail and s.describe for s in signals)


GOOD = """
format = 1
[pieces]
WHEN = 'today|tomorrow'
[[signal]]
name = "come {WHEN}"
kind = "invitation"
describe = "Come in."
pattern = ['come in (?:{WHEN})']
ok = ["Please come in today."]
fail = ["Please do not come in."]
"""


def test_a_signal_entry_reads_with_its_pieces_and_derived_words():
    [signal] = load(GOOD)
    assert signal.pattern.search("come  in\ttomorrow")
    assert signal.words == ("come in today", "come in tomorrow")
    assert signal.reads == "sentences" and signal.unless == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("format = 1", "format = 9"), "signals format 9"),
        (('kind = "invitation"', 'kind = "maybe"'), "unknown kind 'maybe'"),
        (
            ('ok = ["Please come in today."]', 'unless = ["rainy"]\nok = ["Please come in today."]'),
            "unknown guard",
        ),
        (('fail = ["Please do not come in."]', "fail = []"), "needs at least one ok and one fail"),
        (("pattern = ['come in (?:{WHEN})']", "pattern = '(unclosed'"), "bad pattern"),
        (("pattern = ['come in (?:{WHEN})']", "pattern = '{NOWHERE}'"), "unknown piece"),
        (('describe = "Come in."', 'describe = "Come in."\nweight = 3'), "unknown key(s) weight"),
        (('describe = "Come in."', 'describe = "Come in."\nmeans = "x"'), "unknown meaning"),
    ],
)
def test_a_bad_entry_is_refused_naming_the_signal(change, message):
    old, new = change
    with pytest.raises(SignalFileError, match=re.escape(message)):
        load(GOOD.replace(old, new))


def test_a_name_used_twice_is_refused():
    entry = GOOD.split("[[signal]]")[1]
    with pytest.raises(SignalFileError, match="used twice"):
        load(GOOD + "[[signal]]" + entry)


def test_no_code_knows_a_signal_by_its_name():
    # A signal renamed or removed breaks its own examples, never a distant `if name == ...`.
    sources = {path: path.read_text(encoding="utf-8") for path in TRACKER.rglob("*.py")}
    compared = re.compile(r"\b(?:signal|hit\.signal)\.name\s*(?:==|!=|in\b)")
    for path, text in sources.items():
        assert not compared.search(text), path
        for signal in shipped():
            if " " in signal.name:  # a one-word name ("waitlist") is also a kind's
                assert f'"{signal.name}"' not in text and f"'{signal.name}'" not in text, (path, signal.name)
