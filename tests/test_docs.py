"""Documentation stays true: every CLI command, subcommand and option has help text; every `tracker`
command the README shows exists with the options it shows; the README's quick start is one block of
exactly two commands, and its test command is what `.ci/run` runs, read from the README."""

from __future__ import annotations

import re
import shlex
import subprocess
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from tracker.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
GLOBAL_OPTIONS_WITH_VALUE = {"--config", "--log-level"}


def all_commands(group: click.Group = cli, prefix: str = "tracker") -> Iterator[tuple[str, click.Command]]:
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        yield path, command
        if isinstance(command, click.Group):
            yield from all_commands(command, path)


COMMANDS = dict(all_commands())


@pytest.mark.parametrize("path", sorted(COMMANDS))
def test_every_command_has_help_text(path: str) -> None:
    command = COMMANDS[path]
    assert (command.help or "").strip(), f"{path} has no help text"
    for param in command.params:
        if isinstance(param, click.Option) and not param.hidden:
            assert (param.help or "").strip(), f"{path} {param.opts[0]} has no help text"


def test_root_and_every_command_answer_help() -> None:
    from click.testing import CliRunner

    runner = CliRunner()
    for path in ["tracker", *COMMANDS]:
        result = runner.invoke(cli, [*path.split()[1:], "--help"])
        assert result.exit_code == 0, (path, result.output)
        assert "Usage:" in result.output


# -- the README ---------------------------------------------------------------------------------


_FENCE = re.compile(r"^[ \t]*```[a-z]*\n(.*?)^[ \t]*```", re.MULTILINE | re.DOTALL)


def readme_code_lines() -> list[str]:
    """Every line of the README's fenced blocks, and every inline code span (joined when wrapped)."""
    lines = [line for block in _FENCE.findall(README) for line in block.splitlines()]
    spans = re.findall(r"`([^`]+)`", _FENCE.sub("", README))
    return lines + [" ".join(span.split()) for span in spans]


def tracker_invocations() -> list[list[str]]:
    """Every `tracker ...` command line shown in the README, as words after `tracker`."""
    found = []
    for text in readme_code_lines():
        for match in re.finditer(r"(?:^|[\s(])(?:\.venv/bin/)?tracker((?:[ \t]+[^\s|&;`)]+)*)", text):
            found.append(shlex.split(match.group(1)))
    return found


def resolve(words: list[str]) -> tuple[click.Command, list[str]]:
    """The command a README line runs, and the options it passes to it."""
    command: click.Command = cli
    rest = list(words)
    while rest and rest[0].startswith("-") and isinstance(command, click.Group):
        option = rest.pop(0)
        assert option in {"--config", "--log-level", "--version", "--help", "-h"}, option
        if option in GLOBAL_OPTIONS_WITH_VALUE and rest:
            rest.pop(0)
    while rest and isinstance(command, click.Group) and not rest[0].startswith("-"):
        name = rest.pop(0)
        assert name in command.commands, f"README shows `tracker ... {name}`, which does not exist"
        command = command.commands[name]
    return command, [w.split("=", 1)[0] for w in rest if w.startswith("-")]


def test_readme_shows_commands() -> None:
    shown = {tuple(w for w in words if not w.startswith("-"))[:1] for words in tracker_invocations()}
    # The README walks through the whole product, not a corner of it.
    for name in [
        "demo",
        "init",
        "doctor",
        "run",
        "service",
        "set",
        "record",
        "reprocess",
        "export",
        "backup",
    ]:
        assert (name,) in shown, f"the README never shows `tracker {name}`"


@pytest.mark.parametrize("words", tracker_invocations(), ids=lambda words: " ".join(words) or "tracker")
def test_every_readme_command_exists_with_its_options(words: list[str]) -> None:
    command, options = resolve(words)
    known = {opt for param in command.params for opt in [*param.opts, *param.secondary_opts]}
    known |= {"--help", "-h"}
    for option in options:
        assert option in known, f"`tracker {' '.join(words)}`: {option} is not an option of {command.name}"


# -- the quick start ----------------------------------------------------------------------------


def quick_start_block() -> tuple[str, list[str]]:
    heading = re.search(r"^## Quick start\s*$", README, re.MULTILINE)
    assert heading, "the README has no 'Quick start' heading"
    after = README[heading.end() :]
    next_heading = re.search(r"^## ", after, re.MULTILINE)
    section = after[: next_heading.start()] if next_heading else after
    blocks = re.findall(r"^```([a-z]*)\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    assert len(blocks) == 1, "the quick start must have exactly one fenced block"
    language, body = blocks[0]
    commands = [
        line.strip() for line in body.splitlines() if line.strip() and not line.strip().startswith("#")
    ]
    return language, commands


def test_quick_start_is_one_shell_block_of_two_commands() -> None:
    language, commands = quick_start_block()
    assert language in {"bash", "sh", "shell", "console"}
    assert len(commands) == 2
    demo, tests = commands
    assert demo.startswith("bash .ci/install") and demo.endswith("tracker demo")
    assert tests.startswith("bash ") and (ROOT / tests.split()[-1]).is_file()


def test_ci_runs_the_readme_test_command_read_from_the_readme() -> None:
    _, commands = quick_start_block()
    printed = subprocess.run(
        ["bash", str(ROOT / ".ci" / "run"), "--print"], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert printed.stdout.strip() == commands[1]
    run_script = (ROOT / ".ci" / "run").read_text()
    assert "README" in run_script and commands[1] not in run_script  # read, not copied


def test_the_readme_test_command_runs_pytest_ruff_and_mypy() -> None:
    _, commands = quick_start_block()
    script = (ROOT / commands[1].split()[-1]).read_text()
    assert "bash .ci/install" in script
    assert re.search(r"pytest", script) and "ruff check" in script and "mypy" in script


def test_readme_mentions_that_outlook_needs_oauth2() -> None:
    assert re.search(r"Outlook.*OAuth2.*not support", README, re.DOTALL)


def test_every_option_the_readme_mentions_exists() -> None:
    """Options shown on their own (`--password-stdin`) belong to some command."""
    known = {opt for command in [cli, *COMMANDS.values()] for param in command.params for opt in param.opts}
    known |= {
        opt
        for command in [cli, *COMMANDS.values()]
        for param in command.params
        for opt in param.secondary_opts
    }
    shown = {span.split()[0].split("=")[0] for span in readme_code_lines() if span.startswith("--")}
    assert shown and shown <= known | {"--help"}, shown - known
