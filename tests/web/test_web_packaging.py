"""The dashboard ships whole: every template and static file is package data in pyproject.toml (a
wheel without them would serve errors), and no page or script loads anything from another site."""

from __future__ import annotations

import fnmatch
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def package_data() -> dict[str, list[str]]:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return dict(pyproject["tool"]["setuptools"]["package-data"])


def shipped(package: str, folder: Path, path: Path) -> bool:
    relative = path.relative_to(folder).as_posix()
    return any(fnmatch.fnmatch(relative, pattern) for pattern in package_data().get(package, []))


def test_every_dashboard_template_and_static_file_is_package_data() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "tracker.web" in pyproject["tool"]["setuptools"]["packages"]
    templates = sorted((ROOT / "templates" / "web").glob("*"))
    static = sorted(p for p in (ROOT / "tracker" / "web" / "static").rglob("*") if p.is_file())
    assert templates and static
    assert [p.name for p in templates if not shipped("tracker.templates", ROOT / "templates", p)] == []
    assert [p.name for p in static if not shipped("tracker.web", ROOT / "tracker" / "web", p)] == []


def test_no_page_or_script_loads_from_another_site() -> None:
    files = [*(ROOT / "templates" / "web").glob("*.html"), *(ROOT / "tracker" / "web" / "static").glob("*.*")]
    remote = re.compile(r"""(src|href)=["']?(https?:)?//""")
    assert [p.name for p in files if remote.search(p.read_text(encoding="utf-8"))] == []
