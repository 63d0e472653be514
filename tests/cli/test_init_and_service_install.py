"""`tracker init` and `tracker service install`: what they write, where passwords go, and the errors."""

from __future__ import annotations

import os
import shlex
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from cli_helpers import run
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tracker.cli.onboarding import InitAnswers, guess_provider, render_config
from tracker.cli.service_manager import Systemd
from tracker.config import KEYRING_SERVICE, get_secret, load_config

EMAIL = "jordan.lee.match2027@gmail.com"


class MemoryKeyring(KeyringBackend):
    """A usable keyring that keeps passwords in a dict."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("TRACKER_IMAP_PASSWORD", "TRACKER_SMTP_PASSWORD", "TRACKER_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))


def init_args(config: Path, *extra: str) -> list[str]:
    return ["--config", str(config), "init", "--yes", "--email", EMAIL, "--name", "Jordan Lee", *extra]


# -- init ---------------------------------------------------------------------------------------


def test_init_with_flags_writes_a_commented_config_that_loads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    config_file = tmp_path / "conf" / "config.toml"
    code, out, err = run(
        init_args(
            config_file,
            "--timezone",
            "America/Chicago",
            "--goal",
            "Internal Medicine=15",
            "--goal",
            "Transitional Year=6",
            "--store",
            str(tmp_path / "data" / "tracker.sqlite3"),
        ),
        capsys,
        monkeypatch,
    )
    assert code == 0, err
    assert f"Wrote {config_file}" in out
    config = load_config(config_file)
    assert config.applicant.email == EMAIL and config.applicant.timezone == "America/Chicago"
    assert (config.mailbox.host, config.mailbox.effective_port, config.mailbox.security) == (
        "imap.gmail.com",
        993,
        "ssl",
    )
    assert config.mailbox.username == EMAIL
    assert config.smtp is not None and config.smtp.host == "smtp.gmail.com" and config.smtp.to == EMAIL
    assert config.goals.for_specialty("Internal Medicine") == 15
    assert config.goals.for_specialty("Transitional Year") == 6
    assert config.store_path == tmp_path / "data" / "tracker.sqlite3"
    text = config_file.read_text()
    assert "app password" in text and text.count("\n#") >= 5
    assert stat.S_IMODE(config_file.stat().st_mode) == 0o600


def test_init_stores_the_password_in_a_usable_keyring(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    config_file = tmp_path / "config.toml"
    code, out, err = run(
        init_args(config_file, "--password-stdin"), capsys, monkeypatch, "abcd efgh ijkl mnop\n"
    )
    assert code == 0, err
    assert "system keyring" in out
    assert memory_keyring.passwords == {
        (KEYRING_SERVICE, f"imap:{EMAIL}"): "abcd efgh ijkl mnop",
        (KEYRING_SERVICE, f"smtp:{EMAIL}"): "abcd efgh ijkl mnop",
    }
    # The mailbox and the mailer find it where they look.
    assert get_secret("TRACKER_IMAP_PASSWORD", f"imap:{EMAIL}") == "abcd efgh ijkl mnop"
    assert "abcd" not in config_file.read_text() and "abcd" not in out


def test_init_without_a_keyring_keeps_the_password_in_a_private_file_both_logins_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    config_file = tmp_path / "config.toml"
    code, out, err = run(init_args(config_file, "--password-stdin"), capsys, monkeypatch, "abcd efgh\n")
    assert code == 0, err
    secrets = tmp_path / "xdg-config" / "invite-tracker" / "env"
    assert "No usable system keyring" in out and str(secrets) in out
    assert "export" not in out and "abcd" not in out
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    # One line, typed once, serves the mailbox and the email alerts (the same Gmail login).
    assert secrets.read_text() == 'TRACKER_IMAP_PASSWORD="abcd efgh"\n'
    config = load_config(config_file)
    assert get_secret(config.mailbox.password_env, f"imap:{EMAIL}") == "abcd efgh"
    assert config.smtp is not None and config.smtp.password() == "abcd efgh"


@pytest.mark.parametrize(
    ("email", "host", "smtp_host"),
    [
        ("jl@icloud.com", "imap.mail.me.com", "smtp.mail.me.com"),
        ("jl@fastmail.com", "imap.fastmail.com", "smtp.fastmail.com"),
    ],
)
def test_init_knows_icloud_and_fastmail_by_the_address(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    no_keyring: None,
    email: str,
    host: str,
    smtp_host: str,
) -> None:
    config_file = tmp_path / "config.toml"
    code, _, err = run(["--config", str(config_file), "init", "-y", "--email", email], capsys, monkeypatch)
    assert code == 0, err
    config = load_config(config_file)
    assert config.mailbox.host == host
    assert config.smtp is not None and config.smtp.host == smtp_host


def test_init_refuses_outlook_plainly_because_it_needs_oauth2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    config_file = tmp_path / "config.toml"
    args = ["--config", str(config_file), "init", "-y", "--email", "jl@outlook.com"]
    code, out, err = run(args, capsys, monkeypatch)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("tracker: error: Outlook.com / Microsoft 365 needs OAuth2")
    assert not config_file.exists()


def test_init_for_a_workspace_domain_needs_a_provider_or_a_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    config_file = tmp_path / "config.toml"
    base = ["--config", str(config_file), "init", "-y", "--email", "jlee@med.example.edu"]
    code, _, err = run(base, capsys, monkeypatch)
    assert code == 1 and "--provider" in err and not config_file.exists()
    code, _, err = run([*base, "--provider", "gmail"], capsys, monkeypatch)
    assert code == 0, err
    assert load_config(config_file).mailbox.host == "imap.gmail.com"


def test_init_with_a_custom_imap_server_writes_no_smtp_section(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    config_file = tmp_path / "config.toml"
    args = ["--config", str(config_file), "init", "-y", "--email", "jl@example.org"]
    args += ["--imap-host", "mail.example.org", "--imap-port", "143", "--imap-security", "starttls"]
    args += ["--username", "jlee", "--notify-url", "ntfy://ntfy.sh/jordan-invites"]
    code, _, err = run(args, capsys, monkeypatch)
    assert code == 0, err
    config = load_config(config_file)
    assert (config.mailbox.host, config.mailbox.port, config.mailbox.security) == (
        "mail.example.org",
        143,
        "starttls",
    )
    assert config.mailbox.username == "jlee"
    assert config.smtp is None
    assert config.notify.urls == ["ntfy://ntfy.sh/jordan-invites"]


def test_init_never_overwrites_a_config_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    config_file = tmp_path / "config.toml"
    config_file.write_text("# my careful edits\n")
    code, _, err = run(init_args(config_file), capsys, monkeypatch)
    assert code == 1 and "already exists" in err and "--force" in err
    assert config_file.read_text() == "# my careful edits\n"
    code, _, err = run(init_args(config_file, "--force"), capsys, monkeypatch)
    assert code == 0, err
    assert load_config(config_file).applicant.name == "Jordan Lee"


def test_init_rejects_a_goal_for_an_unknown_specialty_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(init_args(tmp_path / "c.toml", "--goal", "Basket Weaving=3"), capsys, monkeypatch)
    assert code == 1
    assert "Basket Weaving" in err and err.count("\n") == 1


def test_rendered_config_escapes_quotes_and_backslashes() -> None:
    text = render_config(InitAnswers(email=EMAIL, name='Jordan "JL" Lee \\ MS4', provider="gmail"))
    assert 'name = "Jordan \\"JL\\" Lee \\\\ MS4"' in text


def test_guess_provider_by_domain() -> None:
    assert guess_provider("a@gmail.com") == "gmail"
    assert guess_provider("a@ME.com") == "icloud"
    assert guess_provider("a@hotmail.com") == "outlook"
    assert guess_provider("a@hospital.example.org") is None


# -- service install ----------------------------------------------------------------------------


@pytest.fixture
def config_file(tmp_path: Path) -> Path:
    path = tmp_path / "my config" / "config.toml"
    path.parent.mkdir()
    path.write_text(f'[mailbox]\nmaildir = "mail"\n\n[store]\npath = "{tmp_path / "t.sqlite3"}"\n')
    return path


def test_service_install_writes_a_user_unit_and_says_how_to_enable_it(
    tmp_path: Path, config_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    unit = tmp_path / "units" / "invite-tracker.service"
    code, out, err = run(
        ["--config", str(config_file), "service", "install", "--path", str(unit)], capsys, monkeypatch
    )
    assert code == 0, err
    text = unit.read_text()
    exec_start = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    argv = shlex.split(exec_start.removeprefix("ExecStart="))
    assert argv[1:] == ["--config", str(config_file.resolve()), "--log-level", "info", "run"]
    assert os.access(argv[0], os.X_OK)
    assert "Restart=on-failure" in text and "WantedBy=default.target" in text
    assert f"Wrote {unit}" in out
    assert "systemctl --user enable --now invite-tracker.service" in out
    assert "loginctl enable-linger" in out and "journalctl --user -u invite-tracker.service" in out


def test_service_install_dry_run_prints_the_unit_and_writes_nothing(
    tmp_path: Path, config_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        ["--config", str(config_file), "service", "install", "--dry-run"], capsys, monkeypatch
    )
    assert code == 0, err
    assert out.startswith("# Written by `tracker service install`")
    assert "[Service]" in out and "dry run" in err
    assert not (tmp_path / "xdg-config" / "systemd").exists()


def test_service_install_goes_to_the_systemd_user_folder_by_default(
    tmp_path: Path, config_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(["--config", str(config_file), "service", "install"], capsys, monkeypatch)
    assert code == 0, err
    assert (tmp_path / "xdg-config" / "systemd" / "user" / "invite-tracker.service").is_file()
    code, _, err = run(["--config", str(config_file), "service", "install"], capsys, monkeypatch)
    assert code == 1 and "already exists" in err
    code, _, err = run(["--config", str(config_file), "service", "install", "--force"], capsys, monkeypatch)
    assert code == 0, err


def test_service_install_refuses_a_config_that_does_not_load(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "config.toml"
    bad.write_text('[mailbox]\nhost = "imap.gmail.com"\nprot = 993\n')
    unit = tmp_path / "unit.service"
    code, _, err = run(["--config", str(bad), "service", "install", "--path", str(unit)], capsys, monkeypatch)
    assert code == 1 and "[mailbox] prot: unknown key" in err
    assert not unit.exists()


def test_unit_quotes_paths_with_spaces() -> None:
    text = Systemd().render(Path("/home/j l/config.toml"), ["/opt/tracker/bin/tracker"])
    assert 'ExecStart=/opt/tracker/bin/tracker --config "/home/j l/config.toml" --log-level info run' in text


def test_init_without_a_password_says_how_to_store_it_in_the_keyring(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    code, out, err = run(init_args(tmp_path / "config.toml"), capsys, monkeypatch)
    assert code == 0, err
    assert f"-m keyring set {KEYRING_SERVICE} imap:{EMAIL}" in out
    assert f"-m keyring set {KEYRING_SERVICE} smtp:{EMAIL}" in out
    assert memory_keyring.passwords == {}


# -- init: the database, and passwords on a Mac or without a keyring ----------------------------


def test_init_creates_the_database_its_config_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    store = tmp_path / "data" / "tracker.sqlite3"
    code, out, err = run(init_args(tmp_path / "config.toml", "--store", str(store)), capsys, monkeypatch)
    assert code == 0, err
    assert f"Database: {store}" in out
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    code, out, err = run(["--config", str(tmp_path / "config.toml"), "status"], capsys, monkeypatch)
    assert code == 0, err
    assert out.startswith("No records yet")


def test_init_refuses_another_programs_file_as_the_database_and_writes_no_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    import sqlite3

    other = tmp_path / "notes.sqlite3"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE notes (text TEXT)")
    db.commit()
    db.close()
    config_file = tmp_path / "config.toml"
    code, _, err = run(init_args(config_file, "--store", str(other)), capsys, monkeypatch)
    assert code == 1
    assert err.startswith(f"tracker: error: {other} is not an Invite Tracker database")
    assert "(set --store to your Invite Tracker database, or to a new file" in err
    assert not config_file.exists()


def test_init_without_a_keyring_or_a_password_says_where_the_one_line_goes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    code, out, err = run(init_args(tmp_path / "config.toml"), capsys, monkeypatch)
    assert code == 0, err
    secrets = tmp_path / "xdg-config" / "invite-tracker" / "env"
    assert f"{secrets} as:" in out
    assert '  TRACKER_IMAP_PASSWORD="your app password"' in out
    assert "TRACKER_SMTP_PASSWORD" not in out and "export" not in out  # one line serves both
    assert f"chmod 600 {secrets}" in out


def test_init_again_keeps_the_other_lines_of_the_secrets_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, no_keyring: None
) -> None:
    secrets = tmp_path / "xdg-config" / "invite-tracker" / "env"
    secrets.parent.mkdir(parents=True)
    secrets.write_text("TRACKER_NOTIFY_URLS=ntfy://ntfy.sh/jl\nTRACKER_IMAP_PASSWORD=old\n")
    code, _, err = run(init_args(tmp_path / "config.toml", "--password-stdin"), capsys, monkeypatch, "new\n")
    assert code == 0, err
    assert secrets.read_text() == 'TRACKER_NOTIFY_URLS=ntfy://ntfy.sh/jl\nTRACKER_IMAP_PASSWORD="new"\n'


class FakeSecurityApi:
    """The macOS Security framework calls keyring's Keychain backend makes, over a dict."""

    class Error(Exception):
        pass

    class NotFound(Error):
        pass

    class KeychainDenied(Error):
        pass

    def __init__(self, locked: bool = False) -> None:
        self.items: dict[tuple[str, str], str] = {}
        self.locked = locked

    def set_generic_password(self, keychain: object, service: str, username: str, password: str) -> None:
        if self.locked:
            raise self.KeychainDenied("User interaction is not allowed.")
        self.items[(service, username)] = password

    def find_generic_password(self, keychain: object, service: str, username: str) -> str:
        if (service, username) not in self.items:
            raise self.NotFound()
        return self.items[(service, username)]


@pytest.fixture
def macos_keychain(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSecurityApi]:
    """keyring's real macOS Keychain backend, its Security API calls answered by FakeSecurityApi."""
    from keyring.backends import macOS

    api = FakeSecurityApi()
    monkeypatch.setattr(macOS, "api", api, raising=False)
    monkeypatch.setattr(macOS.platform, "system", lambda: "Darwin")
    previous = keyring.get_keyring()
    keyring.set_keyring(macOS.Keyring())
    try:
        yield api
    finally:
        keyring.set_keyring(previous)


def test_init_stores_the_password_in_the_macos_keychain_where_the_service_finds_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    macos_keychain: FakeSecurityApi,
) -> None:
    code, out, err = run(init_args(tmp_path / "config.toml", "--password-stdin"), capsys, monkeypatch, "pw\n")
    assert code == 0, err
    assert "Stored the password in the system keyring" in out
    assert macos_keychain.items == {
        (KEYRING_SERVICE, f"imap:{EMAIL}"): "pw",
        (KEYRING_SERVICE, f"smtp:{EMAIL}"): "pw",
    }
    config = load_config(tmp_path / "config.toml")
    assert get_secret(config.mailbox.password_env, f"imap:{EMAIL}") == "pw"
    assert config.smtp is not None and config.smtp.password() == "pw"
    assert not (tmp_path / "xdg-config" / "invite-tracker" / "env").exists()


def test_a_locked_macos_keychain_falls_back_to_the_secrets_file(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    macos_keychain: FakeSecurityApi,
) -> None:
    macos_keychain.locked = True  # e.g. over ssh, where the Keychain cannot ask
    code, out, err = run(init_args(tmp_path / "config.toml", "--password-stdin"), capsys, monkeypatch, "pw\n")
    assert code == 0, err
    assert "password is kept in" in out
    config = load_config(tmp_path / "config.toml")
    assert get_secret(config.mailbox.password_env, f"imap:{EMAIL}") == "pw"
