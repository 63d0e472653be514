"""What a sync and the CLI load at start-up. The modules kept out are imported where they are used
(one-line comments there say why): a sync alone loads neither mail-parser, Jinja2 nor the classifier
(the sync benchmark times `import tracker.service`), and no command loads icalendar, apprise or
platformdirs before it needs them."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("mailparser", "jinja2", "apprise", "icalendar", "platformdirs", "tracker.understanding.classify")


def loaded_after(statement: str) -> set[str]:
    """Which of HEAVY a fresh interpreter has loaded after `statement`."""
    code = f"import sys; {statement}; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.split())


def test_a_sync_loads_neither_mail_parser_nor_jinja2_nor_the_classifier() -> None:
    statement = "from tracker.service import Tracker; from tracker.sources.registry import open_source"
    assert loaded_after(statement) == set()


@pytest.mark.parametrize("heavy", ["icalendar", "apprise", "mailparser", "platformdirs"])
def test_the_cli_starts_without_loading(heavy: str) -> None:
    assert heavy not in loaded_after("import tracker.cli")


def test_the_check_sees_a_module_that_is_loaded() -> None:
    assert "tracker.understanding.classify" in loaded_after("import tracker.store.records")
