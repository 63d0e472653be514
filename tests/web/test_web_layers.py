"""The dashboard's place in the layers (pyproject.toml's `web` and `web-on-top` contracts): it never
imports the sources, the service or the CLI, and no stage below imports it. Each contract must fail
on the import it forbids, in a copy of the package."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_layers import lint_imports

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("contract", "module", "bad_import"),
    [
        ("web", "web/pages.py", "import tracker.sources.imap"),
        ("web", "web/actions.py", "import tracker.cli.review"),
        ("web-on-top", "store/views.py", "import tracker.web.ranklist"),
        ("web-on-top", "notify/digest.py", "import tracker.web.charts"),
    ],
)
def test_the_dashboard_contracts_fail_on_the_import_they_forbid(
    tmp_path: Path, contract: str, module: str, bad_import: str
) -> None:
    shutil.copytree(
        ROOT / "tracker", tmp_path / "tracker", ignore=shutil.ignore_patterns("__pycache__", "sample_mailbox")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    assert lint_imports(tmp_path, "--contract", contract).returncode == 0
    path = tmp_path / "tracker" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8")
    result = lint_imports(tmp_path, "--contract", contract)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "1 broken" in result.stdout
