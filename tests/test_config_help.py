"""A config mistake says what to write: a misspelt key or section gets "did you mean", a bad value
gets the key's documentation from the annotated example, and the example the errors point to ships
inside the package, so it is there after `pip install` too."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tracker.config import EXAMPLE_CONFIG, key_documentation, load_config
from tracker.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def error_for(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message.removeprefix(f"{path}: ")


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('[mailbox]\nhost = "h"\nprot = 993\n', "[mailbox] prot: unknown key (did you mean port?)"),
        (
            '[mailbox]\nhost = "h"\nincude_junk = false\n',
            "[mailbox] incude_junk: unknown key (did you mean include_junk?)",
        ),
        ('[mailbx]\nhost = "h"\n', "[mailbx]: unknown section (did you mean [mailbox]?)"),
        (
            '[mailbox]\nhost = "h"\n[remindres]\nenabled = false\n',
            "[remindres]: unknown section (did you mean [reminders]?)",
        ),
        (
            '[mailbox]\nhost = "h"\n[[rules]]\nfrm = "@x"\n',
            "[[rules]] #1 frm: unknown key (did you mean from?)",
        ),
        (
            '[mailbox]\nhost = "h"\n[goals]\n"Internal Medecine" = 15\n',
            "[goals]: 'Internal Medecine' is not an ERAS specialty name (did you mean 'Internal Medicine'?)",
        ),
        (
            '[mailbox]\nhost = "h"\n[[rules]]\nfrom = "@x"\nspecialty = "Pediatircs"\n',
            "[[rules]] #1: unknown specialty 'Pediatircs' (did you mean 'Pediatrics'?)",
        ),
    ],
)
def test_a_misspelt_key_section_or_specialty_gets_did_you_mean(tmp_path: Path, text: str, said: str) -> None:
    assert error_for(tmp_path, text) == said


def test_a_key_nothing_resembles_lists_the_keys_of_its_section(tmp_path: Path) -> None:
    message = error_for(tmp_path, '[digest]\nwhen = "07:00"\n[mailbox]\nhost = "h"\n')
    assert message == "[digest] when: unknown key (its keys are time, skip_empty, enabled)"


def test_a_bad_value_gets_the_keys_documentation(tmp_path: Path) -> None:
    message = error_for(tmp_path, '[mailbox]\nhost = "h"\nport = "imaps"\n')
    assert message.startswith("[mailbox] port: Input should be a valid integer")
    assert message.endswith('(port: 993 for "ssl", 143 for "starttls" or "none" when left out)')
    message = error_for(tmp_path, '[mailbox]\nhost = "h"\n[digest]\ntime = "7am"\n')
    assert message == (
        "[digest] time: '7am' is not a time of day such as \"07:00\" "
        "(time: When the daily digest goes out, in the applicant's time zone)"
    )


def test_a_key_documented_with_its_neighbours_gets_their_comment() -> None:
    assert key_documentation("mailbox", "include_junk") == (
        "Folders to read. The server's Junk/Spam folder (SPECIAL-USE \\Junk) is added unless "
        "include_junk = false"
    )
    assert key_documentation("mailbox", "no_such_key") is None


def test_an_error_without_documentation_points_to_the_example_that_ships(tmp_path: Path) -> None:
    message = error_for(tmp_path, '[mailbox]\nhost = "h"\n[smtp]\nhost = "s"\nfrom = "a@b"\n')
    assert message == f"[smtp] to: required key is missing (every key is explained in {EXAMPLE_CONFIG})"
    assert EXAMPLE_CONFIG.is_file()
    assert EXAMPLE_CONFIG.parent == ROOT / "tracker"  # inside the package, not beside it


def test_the_package_data_ships_the_example() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "config.example.toml" in pyproject["tool"]["setuptools"]["package-data"]["tracker"]
    assert not (ROOT / "config.example.toml").exists()  # one copy, the one that ships


def test_a_config_written_by_init_names_the_example_where_it_is(tmp_path: Path) -> None:
    from tracker.cli.onboarding import InitAnswers, render_config

    text = render_config(InitAnswers(email="jl@gmail.com", provider="gmail"))
    assert f"# Every key is documented in {EXAMPLE_CONFIG};" in text
