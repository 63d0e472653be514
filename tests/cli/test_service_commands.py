"""`tracker service install|status|uninstall` on Linux (a systemd user unit) and macOS (a launchd
agent written with plistlib). systemctl and launchctl are stand-in scripts on PATH that log how
they were called and answer as the real ones do."""

from __future__ import annotations

import os
import plistlib
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import run

from tracker.cli import service_manager
from tracker.cli.service_manager import AGENT_LABEL, Launchd, Systemd
from tracker.store.database import Store


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home folder of the test's own: the unit, the agent and the log go under it."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.delenv("TRACKER_CONFIG", raising=False)
    return home


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    (tmp_path / "mail" / "cur").mkdir(parents=True)
    path = tmp_path / "my config" / "config.toml"
    path.parent.mkdir()
    path.write_text(
        f'[mailbox]\nmaildir = "{tmp_path / "mail"}"\n\n[store]\npath = "{tmp_path / "t.sqlite3"}"\n'
    )
    return path


@pytest.fixture
def launchd(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the commands as on a Mac."""
    monkeypatch.setattr(service_manager, "current_manager", Launchd)


class FakeTools:
    """systemctl and launchctl stand-ins: each call is logged; `running` decides their answers."""

    def __init__(self, bin_dir: Path) -> None:
        self.log = bin_dir / "calls.log"
        self.state = bin_dir / "running"
        bin_dir.mkdir()
        self.log.touch()
        systemctl = f"""#!/bin/sh
echo "systemctl $*" >> {self.log}
if [ "$2" = is-active ]; then
  if [ -e {self.state} ]; then echo active; exit 0; else echo inactive; exit 3; fi
fi
exit 0
"""
        launchctl = f"""#!/bin/sh
echo "launchctl $*" >> {self.log}
if [ "$1" = print ]; then
  if [ -e {self.state} ]; then printf '%s = {{\\n\\tstate = running\\n\\tpid = 4242\\n}}\\n' "$2"; exit 0; fi
  echo "Could not find service \\"{AGENT_LABEL}\\" in domain for port"; exit 113
fi
if [ "$1" = bootout ] && [ ! -e {self.state} ]; then echo "Boot-out failed: 3: No such process"; exit 3; fi
exit 0
"""
        for name, script in (("systemctl", systemctl), ("launchctl", launchctl)):
            (bin_dir / name).write_text(script)
            (bin_dir / name).chmod(0o755)

    def running(self, yes: bool) -> None:
        if yes:
            self.state.touch()
        else:
            self.state.unlink(missing_ok=True)

    def calls(self) -> list[str]:
        return self.log.read_text().splitlines()


@pytest.fixture
def tools(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeTools]:
    fake = FakeTools(tmp_path / "bin")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    yield fake


# -- macOS: the launchd agent -------------------------------------------------------------------


def test_service_install_on_a_mac_writes_a_launchd_agent_and_prints_the_launchctl_commands(
    home: Path,
    config_file: Path,
    launchd: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run(["--config", str(config_file), "service", "install"], capsys, monkeypatch)
    assert code == 0, err
    agent_file = home / "Library" / "LaunchAgents" / "local.invite-tracker.plist"
    agent = plistlib.loads(agent_file.read_bytes())
    argv = agent["ProgramArguments"]
    assert argv[1:] == ["--config", str(config_file.resolve()), "--log-level", "info", "run"]
    assert os.access(argv[0], os.X_OK)
    assert agent["Label"] == AGENT_LABEL
    assert agent["RunAtLoad"] is True
    assert agent["KeepAlive"] == {"SuccessfulExit": False}  # restarted when it fails, not when stopped
    assert agent["ThrottleInterval"] == 30
    log = home / "Library" / "Logs" / "invite-tracker.log"
    assert agent["StandardErrorPath"] == agent["StandardOutPath"] == str(log)
    assert f"Wrote {agent_file}" in out
    assert f"  launchctl bootstrap gui/{os.getuid()} {agent_file}" in out
    assert f"  tail -f {log}" in out
    assert "systemctl" not in out and "loginctl" not in out


def test_the_agent_keeps_paths_with_spaces_whole(launchd: None) -> None:
    text = Launchd().render(Path("/Users/j l/Library/Application Support/invite-tracker/config.toml"), ["/t"])
    assert plistlib.loads(text.encode())["ProgramArguments"] == [
        "/t",
        "--config",
        "/Users/j l/Library/Application Support/invite-tracker/config.toml",
        "--log-level",
        "info",
        "run",
    ]


def test_service_install_on_a_mac_warns_about_folders_macos_keeps_services_out_of(
    home: Path,
    tmp_path: Path,
    launchd: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    documents = home / "Documents"
    (tmp_path / "mail" / "cur").mkdir(parents=True)
    documents.mkdir()
    config = documents / "config.toml"
    config.write_text(
        f'[mailbox]\nmaildir = "{tmp_path / "mail"}"\n[store]\npath = "{tmp_path / "t.sqlite3"}"\n'
    )
    code, out, err = run(["--config", str(config), "service", "install", "--dry-run"], capsys, monkeypatch)
    assert code == 0, err
    assert out.startswith("<?xml")  # the dry run prints the plist
    code, out, err = run(["--config", str(config), "service", "install"], capsys, monkeypatch)
    assert code == 0, err
    assert f"Caution: {config.resolve()} is in Desktop, Documents or Downloads" in out


def test_service_status_and_uninstall_on_a_mac_use_launchctl(
    home: Path,
    config_file: Path,
    launchd: None,
    tools: FakeTools,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["--config", str(config_file), "service"]
    assert run([*base, "install"], capsys, monkeypatch)[0] == 0
    tools.running(True)
    code, out, err = run([*base, "status"], capsys, monkeypatch)
    assert code == 0, err
    assert f"Running: yes (launchctl print gui/{os.getuid()}/{AGENT_LABEL}:" in out
    code, out, err = run([*base, "uninstall"], capsys, monkeypatch)
    assert code == 0, err
    assert tools.calls()[-1] == f"launchctl bootout gui/{os.getuid()}/{AGENT_LABEL}"
    assert not (home / "Library" / "LaunchAgents" / "local.invite-tracker.plist").exists()
    assert config_file.exists()


# -- status -------------------------------------------------------------------------------------


def test_service_status_before_install_says_how_to_install_and_exits_3(
    config_file: Path, tools: FakeTools, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = run(["--config", str(config_file), "service", "status"], capsys, monkeypatch)
    assert code == 3
    assert out.startswith("Service: not installed (") and "`tracker service install` sets it up" in out
    assert tools.calls() == []


def test_service_status_says_whether_it_runs_with_which_config_and_the_last_mail_check(
    home: Path,
    tmp_path: Path,
    config_file: Path,
    tools: FakeTools,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["--config", str(config_file)]
    assert run([*base, "service", "install"], capsys, monkeypatch)[0] == 0
    unit = home / ".config" / "systemd" / "user" / "invite-tracker.service"
    tools.running(False)
    code, out, _ = run([*base, "service", "status"], capsys, monkeypatch)
    assert code == 3
    assert out.splitlines() == [
        f"Service: {unit} (systemd user unit)",
        f"Config: {config_file.resolve()}",
        "Running: no (systemctl --user is-active invite-tracker.service: inactive)",
        f"Last mail check: none yet (no database at {tmp_path / 't.sqlite3'})",
        "Log: journalctl --user -u invite-tracker.service -f",
        "Start it with the commands `tracker service install` printed.",
    ]
    assert not (tmp_path / "t.sqlite3").exists()  # asking creates no database
    assert run([*base, "poll", "--once"], capsys, monkeypatch)[0] == 0
    tools.running(True)
    code, out, err = run([*base, "service", "status"], capsys, monkeypatch)
    assert code == 0, err
    assert "Running: yes (systemctl --user is-active invite-tracker.service: active)" in out
    with Store(tmp_path / "t.sqlite3") as store:
        last = store.last_successful_sync()
    assert last is not None
    local = last.astimezone(ZoneInfo("America/New_York"))
    assert f"Last mail check: {local:%Y-%m-%d %H:%M}" in out


def test_service_status_names_the_config_the_service_really_runs(
    tmp_path: Path,
    config_file: Path,
    tools: FakeTools,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "other.toml"
    other.write_text(config_file.read_text())
    assert run(["--config", str(other), "service", "install"], capsys, monkeypatch)[0] == 0
    code, out, _ = run(["--config", str(config_file), "service", "status"], capsys, monkeypatch)
    assert f"Config: {other.resolve()} (not {config_file.resolve()}, which this command reads)" in out


# -- uninstall ----------------------------------------------------------------------------------


def test_service_uninstall_stops_disables_and_removes_the_unit_and_keeps_the_data(
    home: Path,
    tmp_path: Path,
    config_file: Path,
    tools: FakeTools,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["--config", str(config_file), "service"]
    assert run([*base, "install"], capsys, monkeypatch)[0] == 0
    unit = home / ".config" / "systemd" / "user" / "invite-tracker.service"
    code, out, _ = run([*base, "uninstall", "--dry-run"], capsys, monkeypatch)
    assert code == 0 and unit.exists() and tools.calls() == []
    assert "Would run: systemctl --user disable --now invite-tracker.service" in out
    code, out, err = run([*base, "uninstall"], capsys, monkeypatch)
    assert code == 0, err
    assert tools.calls() == [
        "systemctl --user disable --now invite-tracker.service",
        "systemctl --user daemon-reload",
    ]
    assert not unit.exists()
    assert f"Removed {unit}" in out and "config, database and passwords are kept" in out
    assert config_file.exists()
    code, out, _ = run([*base, "uninstall"], capsys, monkeypatch)
    assert code == 0 and "nothing to remove" in out


def test_service_uninstall_without_systemctl_still_removes_the_unit(
    home: Path,
    tmp_path: Path,
    config_file: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base = ["--config", str(config_file), "service"]
    assert run([*base, "install"], capsys, monkeypatch)[0] == 0
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    code, out, err = run([*base, "uninstall"], capsys, monkeypatch)
    assert code == 0, err
    assert "(it said: systemctl is not installed here)" in out
    assert "Removed; if it was running, it runs until you log out or restart" in out
    assert not (home / ".config" / "systemd" / "user" / "invite-tracker.service").exists()


def test_the_unit_and_the_agent_read_back_the_config_they_run() -> None:
    config = Path("/home/j l/config.toml")
    assert Systemd().configured(Systemd().render(config, ["/t"])) == config
    assert Launchd().configured(Launchd().render(config, ["/t"])) == config
