"""The layers in pyproject.toml's [tool.importlinter] hold, and each contract fails on the import it
forbids: a copy of the package gets one bad import and `lint-imports` must report that contract broken."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
)


def lint_imports(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`lint-imports` over the `tracker` package and the pyproject.toml in `project`."""
    return subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache", "--no-logo", *args],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(project)},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """The package and pyproject.toml, copied: the bad imports go into the copy, never the tree."""
    shutil.copytree(
        ROOT / "tracker", tmp_path / "tracker", ignore=shutil.ignore_patterns("__pycache__", "sample_mailbox")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_package_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


# (contract id, the module given a bad import, the import)
BAD_IMPORTS = [
    ("understanding", "understanding/message.py", "import tracker.store.database"),
    ("store", "store/views.py", "import tracker.notify.goals"),
    ("sources", "sources/maildir.py", "import tracker.understanding.message"),
    ("notify", "notify/goals.py", "import tracker.sources.base"),
    ("shared", "vocabulary.py", "import tracker.store.database"),
    ("cli-on-top", "service.py", "import tracker.cli.tables"),
    # A cycle inside one stage, which no forbidden contract sees: review imports tables.
    ("acyclic", "cli/tables.py", "import tracker.cli.review"),
]


@pytest.mark.parametrize(
    ("contract", "module", "bad_import"), BAD_IMPORTS, ids=[c for c, _, _ in BAD_IMPORTS]
)
def test_each_contract_fails_on_the_import_it_forbids(
    project_copy: Path, contract: str, module: str, bad_import: str
) -> None:
    assert lint_imports(project_copy, "--contract", contract).returncode == 0
    path = project_copy / "tracker" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8")
    result = lint_imports(project_copy, "--contract", contract)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 broken" in result.stdout
