"""Documentation stays true: every CLI command, subcommand and option has help text; every `tracker`
command the README and docs/ show exists with the options it shows, and every command is shown
somewhere; the README stays a short document for the applicant (at most 1,500 words) whose quick
start is one block of exactly two commands, and its test command is what `.ci/run` runs, read from
the README; links between the documents and the repository paths they name exist."""

from __future__ import annotations

import importlib
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
DOCS = {
    f"docs/{path.name}": path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").glob("*.md"))
}
# Every document a reader is pointed to: the README first, then docs/.
DOCUMENTS = {"README.md": README, **DOCS}
README_MAX_WORDS = 1500
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


def code_lines(text: str) -> list[str]:
    """Every line of a document's fenced blocks, and every inline code span (joined when wrapped)."""
    lines = [line for block in _FENCE.findall(text) for line in block.splitlines()]
    spans = re.findall(r"`([^`]+)`", _FENCE.sub("", text))
    return lines + [" ".join(span.split()) for span in spans]


def readme_code_lines() -> list[str]:
    return code_lines(README)


def invocations_in(text: str) -> list[list[str]]:
    """Every `tracker ...` command line shown in a document's code, as words after `tracker`."""
    found = []
    for line in code_lines(text):
        for match in re.finditer(r"(?:^|[\s(])(?:\.venv/bin/)?tracker((?:[ \t]+[^\s|&;`)]+)*)", line):
            found.append(shlex.split(match.group(1)))
    return found


def tracker_invocations() -> list[list[str]]:
    """Every `tracker ...` command line shown in the README, as words after `tracker`."""
    return invocations_in(README)


def docs_invocations() -> list[tuple[str, list[str]]]:
    """Every `tracker ...` command line shown in docs/*.md, with the document it is in."""
    return [(name, words) for name, text in DOCS.items() for words in invocations_in(text)]


def resolve(words: list[str], where: str = "README") -> tuple[click.Command, list[str]]:
    """The command a documented line runs, and the options it passes to it."""
    command, _, options = resolve_path(words, where)
    return command, options


def resolve_path(words: list[str], where: str = "README") -> tuple[click.Command, str, list[str]]:
    """The command a documented line runs, its path (`tracker service install`), and its options."""
    command: click.Command = cli
    path = "tracker"
    rest = list(words)
    while rest and rest[0].startswith("-") and isinstance(command, click.Group):
        option = rest.pop(0)
        assert option in {"--config", "--log-level", "--version", "--help", "-h"}, option
        if option in GLOBAL_OPTIONS_WITH_VALUE and rest:
            rest.pop(0)
    while rest and isinstance(command, click.Group) and not rest[0].startswith("-"):
        name = rest.pop(0)
        assert name in command.commands, f"{where} shows `tracker ... {name}`, which does not exist"
        command = command.commands[name]
        path = f"{path} {name}"
    return command, path, [w.split("=", 1)[0] for w in rest if w.startswith("-")]


def assert_options_exist(command: click.Command, options: list[str], shown: str) -> None:
    known = {opt for param in command.params for opt in [*param.opts, *param.secondary_opts]}
    known |= {"--help", "-h"}
    for option in options:
        assert option in known, f"`{shown}`: {option} is not an option of {command.name}"


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
    assert_options_exist(command, options, f"tracker {' '.join(words)}")


def test_readme_stays_short() -> None:
    """The README is for the applicant; reference material lives in docs/ (`wc -w README.md`)."""
    words = len(README.split())
    assert words <= README_MAX_WORDS, f"README.md has {words} words; move reference material to docs/"


# -- docs/ --------------------------------------------------------------------------------------


def test_docs_exist_and_the_readme_links_to_each() -> None:
    assert DOCS, "docs/ has no documents"
    for name in DOCS:
        assert f"]({name})" in README or f"]({name}#" in README, f"the README never links to {name}"


@pytest.mark.parametrize(
    "where,words", docs_invocations(), ids=lambda value: value if isinstance(value, str) else " ".join(value)
)
def test_every_docs_command_exists_with_its_options(where: str, words: list[str]) -> None:
    command, options = resolve(words, where)
    assert_options_exist(command, options, f"{where}: tracker {' '.join(words)}")


def test_every_command_is_documented_somewhere() -> None:
    """Each command (a group's subcommands standing for it) is shown in the README or docs/."""
    shown = {
        resolve_path(words, name)[1] for name, text in DOCUMENTS.items() for words in invocations_in(text)
    }
    for path, command in COMMANDS.items():
        if isinstance(command, click.Group):
            continue
        assert path in shown, f"neither the README nor docs/ shows `{path}`"


# -- links and paths ----------------------------------------------------------------------------

_LINK = re.compile(r"\]\(([^)\s]+)\)")
# A repository path written in code: `tracker/understanding/model.py`, `tests/data/holdout/`.
_REPO_PATH = re.compile(r"^(?:tracker|tests|scripts|benchmarks|templates|docs|\.ci)/[\w./-]*$")


def heading_anchors(text: str) -> set[str]:
    """The anchors GitHub gives a document's headings: lower case, punctuation dropped, - for spaces."""
    anchors = set()
    for heading in re.findall(r"^#+\s+(.+?)\s*$", _FENCE.sub("", text), re.MULTILINE):
        anchors.add(re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-"))
    return anchors


def local_links() -> list[tuple[str, str]]:
    return [
        (name, target)
        for name, text in DOCUMENTS.items()
        for target in _LINK.findall(_FENCE.sub("", text))
        if not re.match(r"^[a-z]+:", target)
    ]


@pytest.mark.parametrize("where,target", local_links(), ids=lambda value: value)
def test_every_link_between_documents_resolves(where: str, target: str) -> None:
    file, _, anchor = target.partition("#")
    path = (ROOT / where).parent / file if file else ROOT / where
    assert path.exists(), f"{where} links to {target}, which does not exist"
    if anchor and path.suffix == ".md":
        anchors = heading_anchors(path.read_text(encoding="utf-8"))
        assert anchor in anchors, f"{where} links to {target}: no such heading ({sorted(anchors)})"


def repository_paths() -> list[tuple[str, str]]:
    """Every repository path the README and docs/ write in code (old module paths must not linger)."""
    found = []
    for name, text in DOCUMENTS.items():
        for line in code_lines(text):
            for word in line.split():
                word = word.strip("\"'`,;:()")
                if _REPO_PATH.match(word):
                    found.append((name, word))
    return sorted(set(found))


@pytest.mark.parametrize("where,path", repository_paths(), ids=lambda value: value)
def test_every_repository_path_the_docs_name_exists(where: str, path: str) -> None:
    assert (ROOT / path).exists(), f"{where} names {path}, which does not exist (moved?)"


def test_every_module_the_docs_name_exists() -> None:
    """`tracker.templates`, `tracker.understanding.classify.about_residency`: importable names."""
    for name, text in DOCUMENTS.items():
        for span in code_lines(text):
            if not re.fullmatch(r"tracker(?:\.[a-z_][a-z0-9_]*)+", span):
                continue
            parts = span.split(".")
            for cut in range(len(parts), 0, -1):
                try:
                    found: object = importlib.import_module(".".join(parts[:cut]))
                except ImportError:
                    continue
                for attribute in parts[cut:]:
                    assert hasattr(found, attribute), f"{name} names {span}, which does not exist"
                    found = getattr(found, attribute)
                break
            else:  # pragma: no cover - `tracker` itself always imports
                raise AssertionError(f"{name} names {span}, which does not exist")


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
