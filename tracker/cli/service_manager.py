"""How the system runs `tracker run` in the background: a systemd user unit on Linux, a launchd agent
on macOS. Each manager builds its definition as text, knows where it goes, and says which commands
start, inspect and stop it, so all of it tests without systemd or launchd; `run_command` is the one
place such a command is actually run."""

from __future__ import annotations

import os
import plistlib
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from tracker.config import APP_NAME, secrets_file

UNIT_NAME = f"{APP_NAME}.service"
AGENT_LABEL = f"local.{APP_NAME}"  # launchd labels are reverse-DNS; "local." is for one's own agents


def tracker_command() -> list[str]:
    """How to start this very installation of tracker: its console script, else `python -m tracker`."""
    script = Path(sys.executable).parent / "tracker"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "tracker"]


def service_argv(config_file: Path, command: list[str] | None = None, log_level: str = "info") -> list[str]:
    """The command line the service runs: `tracker --config FILE --log-level LEVEL run`."""
    return [*(command or tracker_command()), "--config", str(config_file), "--log-level", log_level, "run"]


def _config_in(argv: list[str]) -> Path | None:
    """The `--config FILE` of a service's command line."""
    for option, value in zip(argv, argv[1:], strict=False):
        if option == "--config":
            return Path(value)
    return None


def run_command(argv: list[str]) -> tuple[int, str]:
    """Run a service manager's command: (exit code, its output); (127, why) when it cannot run."""
    if shutil.which(argv[0]) is None:
        return 127, f"{argv[0]} is not installed here"
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as e:
        return 127, str(e)
    return done.returncode, (done.stdout + done.stderr).strip()


class ServiceManager:
    """A service manager: where the service's definition goes, what it says, and its commands."""

    kind = ""  # what the definition is called, for messages

    def default_path(self) -> Path:
        raise NotImplementedError

    def render(self, config_file: Path, command: list[str] | None = None, log_level: str = "info") -> str:
        """The definition that runs `tracker run` with `config_file`."""
        raise NotImplementedError

    def configured(self, definition: str) -> Path | None:
        """The config file an installed definition runs `tracker` with (None if it cannot tell)."""
        raise NotImplementedError

    def start_instructions(self, path: Path) -> list[str]:
        """What to run after the definition is written to `path`."""
        raise NotImplementedError

    def cautions(self, files: list[Path]) -> list[str]:
        """Warnings about where the service's files are (the program, the config, the database)."""
        return []

    def status_command(self) -> list[str]:
        """The command that asks whether the service runs."""
        raise NotImplementedError

    def is_running(self, code: int, output: str) -> bool:
        """Whether `status_command`'s answer says it runs."""
        raise NotImplementedError

    def stop_commands(self) -> list[list[str]]:
        """Stop the service and keep it from starting again (before its definition is removed)."""
        raise NotImplementedError

    def after_removal_commands(self) -> list[list[str]]:
        """What tells the manager the definition is gone."""
        return []

    def log_command(self) -> str:
        """How to follow the service's log."""
        raise NotImplementedError


def _systemd_quote(word: str) -> str:
    if word and all(c.isalnum() or c in "/._-+:@=," for c in word):
        return word
    return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Systemd(ServiceManager):
    """A systemd user unit (Linux): started at login, and kept running while logged out with linger."""

    kind = "systemd user unit"

    def default_path(self) -> Path:
        """~/.config/systemd/user/invite-tracker.service (systemd's per-user unit folder)."""
        base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        return Path(base) / "systemd" / "user" / UNIT_NAME

    def render(self, config_file: Path, command: list[str] | None = None, log_level: str = "info") -> str:
        exec_start = " ".join(_systemd_quote(word) for word in service_argv(config_file, command, log_level))
        return "\n".join(
            [
                "# Written by `tracker service install`; `tracker service install --force` rewrites it.",
                "[Unit]",
                "Description=Invite Tracker: residency interview invitation alerts",
                "# No network ordering needed: it retries with backoff until the network is up.",
                "",
                "[Service]",
                "Type=simple",
                f"ExecStart={exec_start}",
                "# Passwords when there is no keyring: VAR=value lines, readable by you only. Invite",
                "# Tracker reads the file itself too; systemd also passes on its other lines.",
                f"EnvironmentFile=-{secrets_file()}",
                "Restart=on-failure",
                "RestartSec=30",
                "# SIGTERM stops it cleanly within seconds; nothing is half-sent.",
                "TimeoutStopSec=30",
                "",
                "[Install]",
                "WantedBy=default.target",
                "",
            ]
        )

    def configured(self, definition: str) -> Path | None:
        for line in definition.splitlines():
            if line.startswith("ExecStart="):
                try:
                    return _config_in(shlex.split(line.removeprefix("ExecStart=")))
                except ValueError:
                    return None
        return None

    def start_instructions(self, path: Path) -> list[str]:
        import getpass

        name = path.name
        try:
            user = shlex.quote(getpass.getuser())
        except (KeyError, OSError):  # no name for this uid: let the shell fill it in
            user = '"$USER"'
        lines = [
            "Start it now and at every login:",
            f"  systemctl --user daemon-reload && systemctl --user enable --now {name}",
            "Keep it running while you are logged out (and after a reboot):",
            f"  sudo loginctl enable-linger {user}",
            "Follow its log:",
            f"  {self.log_command()}",
        ]
        if path != self.default_path():
            where = self.default_path().parent
            lines.insert(0, f"(systemd reads user units from {where}; copy it there first.)")
        return lines

    def status_command(self) -> list[str]:
        return ["systemctl", "--user", "is-active", UNIT_NAME]

    def is_running(self, code: int, output: str) -> bool:
        return code == 0

    def stop_commands(self) -> list[list[str]]:
        return [["systemctl", "--user", "disable", "--now", UNIT_NAME]]

    def after_removal_commands(self) -> list[list[str]]:
        return [["systemctl", "--user", "daemon-reload"]]

    def log_command(self) -> str:
        return f"journalctl --user -u {UNIT_NAME} -f"


class Launchd(ServiceManager):
    """A launchd agent (macOS): started at login, running while you are logged in."""

    kind = "launchd agent"

    @staticmethod
    def log_path() -> Path:
        return Path.home() / "Library" / "Logs" / f"{APP_NAME}.log"

    @staticmethod
    def domain() -> str:
        """The launchd domain of this user's login session."""
        return f"gui/{os.getuid()}"

    def default_path(self) -> Path:
        """~/Library/LaunchAgents/local.invite-tracker.plist (where launchd finds a user's agents)."""
        return Path.home() / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"

    def render(self, config_file: Path, command: list[str] | None = None, log_level: str = "info") -> str:
        log = str(self.log_path())
        agent = {
            "Label": AGENT_LABEL,
            "ProgramArguments": service_argv(config_file, command, log_level),
            "RunAtLoad": True,
            # Restarted when it fails (not when it is stopped), at most every 30 s: like the unit's
            # Restart=on-failure and RestartSec=30.
            "KeepAlive": {"SuccessfulExit": False},
            "ThrottleInterval": 30,
            "ExitTimeOut": 30,
            "StandardOutPath": log,
            "StandardErrorPath": log,
        }
        return plistlib.dumps(agent, sort_keys=False).decode("utf-8")

    def configured(self, definition: str) -> Path | None:
        try:
            agent = plistlib.loads(definition.encode("utf-8"))
        except (plistlib.InvalidFileException, ValueError):
            return None
        argv = agent.get("ProgramArguments") if isinstance(agent, dict) else None
        return _config_in([str(word) for word in argv]) if isinstance(argv, list) else None

    def start_instructions(self, path: Path) -> list[str]:
        target = shlex.quote(str(path))
        lines = [
            "Start it now and at every login:",
            f"  launchctl bootstrap {self.domain()} {target}",
            f"(If an older version of it is running, first: launchctl bootout {self.domain()}/{AGENT_LABEL})",
            "It runs while you are logged in; a Mac that sleeps checks mail when it wakes.",
            "Follow its log:",
            f"  {self.log_command()}",
        ]
        if path != self.default_path():
            where = self.default_path().parent
            lines.insert(0, f"(launchd reads agents from {where}; copy it there first.)")
        return lines

    def cautions(self, files: list[Path]) -> list[str]:
        # macOS keeps background programs out of these folders unless the user allows each one.
        guarded = [Path.home() / name for name in ("Desktop", "Documents", "Downloads")]
        inside = [f for f in files if any(f == g or g in f.parents for g in guarded)]
        if not inside:
            return []
        return [
            f"Caution: {', '.join(str(f) for f in inside)} is in Desktop, Documents or Downloads, which "
            "macOS keeps a background service out of: move it elsewhere (for instance install Invite "
            "Tracker in your home folder), or the service cannot read it."
        ]

    def status_command(self) -> list[str]:
        return ["launchctl", "print", f"{self.domain()}/{AGENT_LABEL}"]

    def is_running(self, code: int, output: str) -> bool:
        return code == 0 and "state = running" in output

    def stop_commands(self) -> list[list[str]]:
        return [["launchctl", "bootout", f"{self.domain()}/{AGENT_LABEL}"]]

    def log_command(self) -> str:
        return f"tail -f {shlex.quote(str(self.log_path()))}"


MANAGERS: dict[str, type[ServiceManager]] = {"systemd": Systemd, "launchd": Launchd}


def current_manager() -> ServiceManager:
    """The service manager of this system: launchd on macOS, systemd elsewhere."""
    return MANAGERS["launchd" if sys.platform == "darwin" else "systemd"]()
