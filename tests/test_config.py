"""Config loading: every key validated, errors name the file and the key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from tracker.config import load_config, parse_config, parse_duration
from tracker.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return path


def test_example_config_loads() -> None:
    config = load_config(ROOT / "tracker" / "config.example.toml")
    assert config.mailbox.host == "imap.gmail.com"
    assert config.goals.default == 12
    assert config.store_path == ROOT / "tracker" / "tracker.sqlite3"


def test_unknown_key_names_file_and_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[mailbox]\nhost = "h"\nusername = "u"\nprot = 993\n')
    with pytest.raises(ConfigError) as e:
        load_config(path)
    assert str(path) in str(e.value)
    assert "[mailbox] prot: unknown key" in str(e.value)


def test_bad_value_names_key(tmp_path: Path) -> None:
    path = write(tmp_path, '[mailbox]\nhost = "h"\nport = "abc"\n')
    with pytest.raises(ConfigError, match=r"\[mailbox\] port"):
        load_config(path)


def test_plain_connection_refused_off_loopback() -> None:
    with pytest.raises(ConfigError, match="loopback"):
        parse_config({"mailbox": {"host": "imap.example.org", "security": "none"}})
    config = parse_config({"mailbox": {"host": "127.0.0.1", "security": "none"}})
    assert config.mailbox.effective_port == 143


def test_goal_for_unknown_specialty_is_an_error() -> None:
    with pytest.raises(ConfigError, match="Basket Weaving"):
        parse_config({"mailbox": {"maildir": "m"}, "goals": {"Basket Weaving": 3}})
    config = parse_config({"mailbox": {"maildir": "m"}, "goals": {"Internal Medicine": 15}})
    assert config.goals.for_specialty("Internal Medicine") == 15
    assert config.goals.for_specialty("Surgery") == 12


def test_missing_file_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="tracker init"):
        load_config(tmp_path / "nope.toml")


def test_invalid_toml_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML") as e:
        load_config(write(tmp_path, "[mailbox\n"))
    assert "\n" not in str(e.value)


def test_durations() -> None:
    assert parse_duration("15m") == timedelta(minutes=15)
    assert parse_duration("2h") == timedelta(hours=2)
    with pytest.raises(ValueError):
        parse_duration("soon")


def test_bad_time_zone_error_has_one_hint(tmp_path: Path) -> None:
    path = write(tmp_path, '[applicant]\ntimezone = "Mars/Olympus"\n[mailbox]\nmaildir = "m"\n')
    with pytest.raises(ConfigError) as e:
        load_config(path)
    assert "[applicant] timezone: unknown time zone 'Mars/Olympus'" in str(e.value)
    assert str(e.value).count("(") == 1
