"""Running the CLI in-process, as `tracker` would from a shell (stdin closed unless given)."""

from __future__ import annotations

import io

import pytest

from tracker.cli import main


def run(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str = ""
) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of `tracker ARGS`."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err
