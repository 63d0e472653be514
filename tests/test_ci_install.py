"""`.ci/install` installs Debian's Dovecot for the tests without leaving a system Dovecot running as
a service: it is kept from starting while it installs (policy-rc.d), and disabled for the next boot.
apt-get, systemctl and update-rc.d are stand-ins that log their calls; apt-get plays Debian's
maintainer script, which starts the daemon unless policy-rc.d answers 101."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FAKE_APT_GET = """#!/bin/sh
echo "apt-get $*" >> "$CALLS"
case " $* " in
  *" install "*dovecot-imapd*)
    mkdir -p "$INSTALL_SYSROOT/usr/sbin"
    printf '#!/bin/sh\\n' > "$INSTALL_SYSROOT/usr/sbin/dovecot"
    chmod 755 "$INSTALL_SYSROOT/usr/sbin/dovecot"
    # What invoke-rc.d does in dovecot-core's postinst.
    if [ -x "$INSTALL_SYSROOT/usr/sbin/policy-rc.d" ]; then
      "$INSTALL_SYSROOT/usr/sbin/policy-rc.d" dovecot start
      [ $? -eq 101 ] && { echo "dovecot start refused" >> "$CALLS"; exit 0; }
    fi
    echo "dovecot started" >> "$CALLS"
    ;;
esac
exit 0
"""


def fake(bin_dir: Path, name: str, script: str) -> None:
    (bin_dir / name).write_text(script)
    (bin_dir / name).chmod(0o755)


@pytest.fixture
def machine(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """A copy of .ci/install in a checkout of its own (with a stand-in .venv), a fake system root,
    and the environment that runs the script against them."""
    checkout = tmp_path / "checkout"
    (checkout / ".ci").mkdir(parents=True)
    shutil.copy2(ROOT / ".ci" / "install", checkout / ".ci" / "install")
    venv_bin = checkout / ".venv" / "bin"  # the project's venv, there already: pip is not run for real
    venv_bin.mkdir(parents=True)
    fake(venv_bin, "python", "#!/bin/sh\nexit 0\n")
    sysroot = tmp_path / "root"
    (sysroot / "usr" / "sbin").mkdir(parents=True)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake(bin_dir, "apt-get", FAKE_APT_GET)
    fake(bin_dir, "apt-cache", "#!/bin/sh\nexit 1\n")
    fake(bin_dir, "sudo", '#!/bin/sh\nexec "$@"\n')
    for name in ("systemctl", "update-rc.d"):
        fake(bin_dir, name, f'#!/bin/sh\necho "{name} $*" >> "$CALLS"\n')
    calls = tmp_path / "calls.log"
    calls.touch()
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "INSTALL_SYSROOT": str(sysroot),
        "CALLS": str(calls),
    }
    return checkout, sysroot, env


def install(checkout: Path, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        ["bash", str(checkout / ".ci" / "install")], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return [line for line in Path(env["CALLS"]).read_text().splitlines() if "dovecot" in line]


def test_with_systemd_the_dovecot_it_installs_never_starts_and_is_disabled(
    machine: tuple[Path, Path, dict[str, str]],
) -> None:
    checkout, sysroot, env = machine
    (sysroot / "run" / "systemd" / "system").mkdir(parents=True)
    calls = install(checkout, env)
    assert calls[0].startswith("apt-get install ") and "dovecot-imapd" in calls[0]
    assert calls[1:] == ["dovecot start refused", "systemctl disable --now dovecot.service dovecot.socket"]
    assert not (sysroot / "usr" / "sbin" / "policy-rc.d").exists()  # only for the length of the install


def test_without_systemd_the_init_script_is_disabled(machine: tuple[Path, Path, dict[str, str]]) -> None:
    checkout, sysroot, env = machine
    calls = install(checkout, env)
    assert calls[1:] == ["dovecot start refused", "update-rc.d dovecot disable"]
    assert not (sysroot / "usr" / "sbin" / "policy-rc.d").exists()


def test_a_dovecot_already_there_is_left_alone(machine: tuple[Path, Path, dict[str, str]]) -> None:
    checkout, sysroot, env = machine
    (sysroot / "run" / "systemd" / "system").mkdir(parents=True)
    dovecot = sysroot / "usr" / "sbin" / "dovecot"
    dovecot.write_text("#!/bin/sh\n")
    dovecot.chmod(0o755)
    assert install(checkout, env) == []


def test_the_machines_own_policy_rc_d_is_kept(machine: tuple[Path, Path, dict[str, str]]) -> None:
    checkout, sysroot, env = machine
    policy = sysroot / "usr" / "sbin" / "policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 101\n")  # as in Debian's container images: nothing starts
    policy.chmod(0o755)
    calls = install(checkout, env)
    assert calls[1:] == ["dovecot start refused", "update-rc.d dovecot disable"]
    assert policy.read_text() == "#!/bin/sh\nexit 101\n"
