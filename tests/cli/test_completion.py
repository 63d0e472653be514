"""Shell completion, as docs/configuration.md tells the applicant to turn it on: each documented line
makes its shell's script, and bash completes commands and subcommands with it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
DOCS = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")


@pytest.fixture
def tracker_on_path(tmp_path: Path) -> dict[str, str]:
    """An environment with a `tracker` command on PATH that runs this checkout's CLI."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "tracker"
    script.write_text(f'#!/bin/sh\ncd {ROOT} && exec {sys.executable} -m tracker "$@"\n')
    script.chmod(0o755)
    env = {k: v for k, v in os.environ.items() if not k.endswith("_COMPLETE")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
    return env


def documented_lines() -> dict[str, str]:
    """shell → the completion line the docs give for it."""
    lines = re.findall(r"`([^`]*_TRACKER_COMPLETE=(\w+)_source tracker[^`]*)`", DOCS)
    return {shell: line for line, shell in lines}


def test_the_docs_give_a_line_for_bash_zsh_and_fish() -> None:
    assert set(documented_lines()) == {"bash", "zsh", "fish"}


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_each_documented_line_makes_its_shells_script(shell: str, tracker_on_path: dict[str, str]) -> None:
    variable = f"{shell}_source"
    done = subprocess.run(
        ["tracker"], env={**tracker_on_path, "_TRACKER_COMPLETE": variable}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "_tracker_completion" in done.stdout or "__fish_tracker_complete" in done.stdout


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_completes_commands_and_subcommands(tracker_on_path: dict[str, str]) -> None:
    line = documented_lines()["bash"]
    script = (
        f"{line}\n"
        "COMP_WORDS=(tracker serv); COMP_CWORD=1; _tracker_completion tracker; echo \"${COMPREPLY[*]}\"\n"
        "COMPREPLY=(); COMP_WORDS=(tracker service ''); COMP_CWORD=2; _tracker_completion tracker; "
        'echo "${COMPREPLY[*]}"\n'
    )
    done = subprocess.run(["bash", "-c", script], env=tracker_on_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["service", "install status uninstall"]
