"""Packaging: a wheel built from the source tree carries the sample Maildir (cur/ and new/) and the
templates, and once installed into a fresh venv it runs `tracker --version` and the demo from
outside the checkout.

The fresh venv gets the wheel alone (`--no-deps`); its dependencies come from the project's venv
through a .pth line, so the test needs no network and cannot pick up the checkout's own `tracker`.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import tracker

ROOT = Path(__file__).resolve().parent.parent


def sh(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Built from a copy of what a source tree ships, so the build leaves nothing in the checkout
    # and two test runs cannot collide in its build/ folder.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("tracker", "templates"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path_factory.mktemp("dist")
    sh(sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", out, source, cwd=out)
    [built] = out.glob("invite_tracker-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A fresh venv with the wheel installed; returns its bin/ and a clean environment."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    sh(sys.executable, "-m", "venv", venv, cwd=venv.parent)
    python = venv / "bin" / "python"
    sh(python, "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel, cwd=venv.parent)
    purelib = sh(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])", cwd=venv.parent)
    # The dependencies, from this venv's site-packages; the checkout's editable hook is not a .pth
    # processed there, so `import tracker` can only find the wheel's copy.
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    Path(purelib.stdout.strip(), "deps-from-project-venv.pth").write_text("\n".join(deps) + "\n")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "TRACKER_CONFIG", "VIRTUAL_ENV"}}
    env["HOME"] = str(venv.parent)
    yield venv / "bin", env


def test_the_wheel_contains_the_sample_maildir_and_the_templates(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    committed = sorted(
        p.relative_to(ROOT).as_posix() for p in (ROOT / "tracker" / "sample_mailbox").glob("*/*")
    )
    assert committed and [n for n in committed if n not in names] == []
    assert any(n.startswith("tracker/sample_mailbox/cur/") for n in names)
    assert any(n.startswith("tracker/sample_mailbox/new/") for n in names)
    templates = sorted(p.name for p in (ROOT / "templates").glob("*.*") if p.suffix in {".html", ".txt"})
    assert templates and [t for t in templates if f"tracker/templates/{t}" not in names] == []
    assert "tracker/py.typed" in names
    assert not any(n.startswith(("tests/", "scripts/")) for n in names)


def test_installed_wheel_runs_version_and_the_demo_outside_the_checkout(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    version = sh(bin_dir / "tracker", "--version", cwd=tmp_path, env=env)
    assert version.stdout.strip() == f"tracker, version {tracker.__version__}"
    where = sh(bin_dir / "python", "-c", "import tracker; print(tracker.__file__)", cwd=tmp_path, env=env)
    assert not where.stdout.strip().startswith(str(ROOT)), "the checkout's tracker was imported"

    demo = sh(bin_dir / "tracker", "demo", "--dir", tmp_path / "demo", cwd=tmp_path, env=env)
    lines = demo.stdout.strip().splitlines()
    assert lines[-2] == f"Digest it would send: {tmp_path / 'demo' / 'digest-preview.html'}"
    assert lines[-1].startswith("Open the dashboard on it: ") and lines[-1].endswith(" web")
    assert "Emergency Medicine" in demo.stdout and "Read 30 new messages" in demo.stdout
    assert "Lakeshore Health" in (tmp_path / "demo" / "digest-preview.html").read_text()
    config = (tmp_path / "demo" / "tracker-demo.toml").read_text()
    maildir_line = next(line for line in config.splitlines() if line.startswith("maildir"))
    assert str(bin_dir.parent) in maildir_line and str(ROOT) not in maildir_line  # the wheel's Maildir

    again = sh(bin_dir / "tracker", "demo", "--dir", tmp_path / "demo", cwd=tmp_path, env=env)
    assert "Nothing new" in again.stdout


def test_a_config_error_after_pip_install_points_to_the_example_the_wheel_ships(
    installed: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    bin_dir, env = installed
    config = tmp_path / "config.toml"
    # [smtp] without `to`: an error whose hint is the example itself.
    config.write_text('[mailbox]\nmaildir = "m"\n[smtp]\nhost = "smtp.example.org"\nfrom = "a@example.org"\n')
    done = subprocess.run(
        [str(bin_dir / "tracker"), "--config", str(config), "status"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    hint = "(every key is explained in "
    assert hint in done.stderr, done.stderr
    example = Path(done.stderr.split(hint, 1)[1].rstrip().removesuffix(")"))
    assert example.is_file() and not example.is_relative_to(ROOT)  # the installed copy
    assert "[smtp]" in example.read_text()
